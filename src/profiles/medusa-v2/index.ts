// The medusa-v2 profile: Medusa 2.21.2's auth contract (contracts README; seed 002 and the observed
// transcripts), served exactly. Reference choices: this folder's README.
import { defineProfile } from "../profile.ts";
import { describeMedusaV2Caller, describeMedusaV2Claims } from "./caller-note.ts";
import { MEDUSA_V2_CORS } from "./cors-families.ts";
import { MEDUSA_V2_DEFECTS } from "./defects.ts";
import { medusaV2Banner, medusaV2Target } from "./fixtures.ts";
import { MEDUSA_V2_POLICY } from "./policy.ts";
import { medusaV2Routes } from "./routes.ts";
import { createMedusaV2Slice, MEDUSA_V2_FIXTURES_SCHEMA, readMedusaV2Fixtures } from "./slice.ts";
import { providerControl } from "./third-party/control.ts";

export default defineProfile({
	name: "medusa-v2",
	description: "Medusa 2.21.2: emailpass JWTs, connect.sid sessions, publishable keys, password reset",
	readFixtures: readMedusaV2Fixtures,
	fixturesSchema: MEDUSA_V2_FIXTURES_SCHEMA,
	policy: MEDUSA_V2_POLICY,
	defects: MEDUSA_V2_DEFECTS,
	corsFamilies: MEDUSA_V2_CORS,
	createSlice: createMedusaV2Slice,
	routes: (rt) => medusaV2Routes(rt),
	describeTarget: (fixtures, cors) => medusaV2Target(fixtures, cors),
	banner: medusaV2Banner,
	control: providerControl,
	describeCaller: describeMedusaV2Caller,
	describeClaims: describeMedusaV2Claims,
});
