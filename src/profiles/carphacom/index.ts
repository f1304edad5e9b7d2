// The carphacom profile: a Medusa v2 shop (seed 000) with everything of medusa-v2, plus the bundled
// admin panel's cookie login and its proxy to /admin/*, public federation endpoints under
// /store/marketplace/* limited to 60 requests a minute per client IP, and 403 for an admin token
// whose role lacks the permission. Reference choices: this folder's README.
import { Elysia } from "elysia";
import { describeMedusaV2Caller, describeMedusaV2Claims } from "../medusa-v2/caller-note.ts";
import { medusaV2Banner, medusaV2Target } from "../medusa-v2/fixtures.ts";
import { MEDUSA_V2_CORS } from "../medusa-v2/cors-families.ts";
import { medusaV2Routes } from "../medusa-v2/routes.ts";
import { providerControl } from "../medusa-v2/third-party/control.ts";
import { defineProfile } from "../profile.ts";
import { adminPanelRoutes } from "./admin-panel.routes.ts";
import { CARPHACOM_DEFECTS } from "./defects.ts";
import { CARPHACOM_ERRORS } from "./errors.ts";
import { marketplaceRoutes } from "./marketplace.routes.ts";
import { carphacomAdminPermissions } from "./permissions.ts";
import { CARPHACOM_POLICY } from "./policy.ts";
import { CARPHACOM_FIXTURES_SCHEMA, type CarphacomFixtures, createCarphacomSlice, readCarphacomFixtures } from "./state.ts";

const withRole = (fixtures: CarphacomFixtures, role: string) => fixtures.users.find((user) => (user.role ?? "admin") === role);

export default defineProfile({
	name: "carphacom",
	description: "a Medusa v2 shop with an admin panel, rate-limited marketplace endpoints and 403s",
	readFixtures: readCarphacomFixtures,
	fixturesSchema: CARPHACOM_FIXTURES_SCHEMA,
	policy: CARPHACOM_POLICY,
	defects: CARPHACOM_DEFECTS,
	corsFamilies: MEDUSA_V2_CORS,
	createSlice: createCarphacomSlice,
	routes: (rt) =>
		new Elysia({ name: "carphacom" })
			.use(medusaV2Routes(rt, { errors: CARPHACOM_ERRORS, authorizeAdmin: carphacomAdminPermissions(rt) }))
			.use(marketplaceRoutes(rt))
			.use(adminPanelRoutes(rt)),
	describeTarget: (fixtures: CarphacomFixtures, cors) => {
		const support = withRole(fixtures, "support");
		return { ...medusaV2Target(fixtures, cors, withRole(fixtures, "admin")), support: support && { email: support.email, password: support.password } };
	},
	banner: medusaV2Banner,
	control: (rt) => providerControl(rt),
	describeCaller: (rt, request, now) => describeMedusaV2Caller(rt, request, now),
	describeClaims: describeMedusaV2Claims,
});
