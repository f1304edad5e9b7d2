// The medusa-v1 profile: Medusa 1.20.11's store auth contract (seed 001; medusa-v1-observed.md and
// its transcripts), without the behaviours the observed doc lists as not to copy (N1–N15).
// Reference choices and what is served so far: this folder's README. Not in the registry yet: it
// joins it with its kit profile and checks (issue 14).
import { type CoreFixtures, fixtureTime } from "../../core/fixtures.ts";
import type { CorsFamily, CorsPolicy } from "../../http/cors.ts";
import { describeMedusaV1Caller, describeMedusaV1Claims } from "./caller-note.ts";
import { defineProfile } from "../profile.ts";
import { MEDUSA_V1_DEFECTS } from "./defects.ts";
import { MEDUSA_V1_POLICY } from "./policy.ts";
import { createCatalogue, MEDUSA_V1_FIXTURES_SCHEMA, type MedusaV1Fixtures, readMedusaV1Fixtures } from "./products.ts";
import { medusaV1Routes } from "./routes.ts";
import type { MedusaV1Slice } from "./runtime.ts";

/** /store follows STORE_CORS and /admin ADMIN_CORS (fact 47), with a new v1 project's defaults (reference choice). */
const MEDUSA_V1_CORS: readonly CorsFamily[] = [
	{ prefix: "store", env: "STORE_CORS", defaults: "http://localhost:8000" },
	{ prefix: "admin", env: "ADMIN_CORS", defaults: "http://localhost:7000,http://localhost:7001" },
];

const createSlice = (fixtures: MedusaV1Fixtures, now: number): MedusaV1Slice => ({
	credentialsChangedAt: new Map(),
	catalogue: createCatalogue(fixtures, now),
	// The fixtures' customers oldest first (a stable sort keeps the file's order among equals), then each registration.
	customerIds: fixtures.customers
		.map((customer) => ({ id: customer.id, createdAt: fixtureTime(customer.created_at, now) }))
		.sort((a, b) => a.createdAt - b.createdAt)
		.map((customer) => customer.id),
});

const target = (fixtures: CoreFixtures, cors: CorsPolicy): Record<string, unknown> => {
	const live = fixtures.publishable_keys.filter((key) => !key.revoked);
	const admin = fixtures.users[0];
	return {
		publishableKey: live[0]?.token,
		otherPublishableKey: live[1]?.token,
		revokedPublishableKey: fixtures.publishable_keys.find((key) => key.revoked)?.token,
		admin: admin && { email: admin.email, password: admin.password },
		corsOrigin: cors.store?.find((rule) => typeof rule === "string"),
	};
};

export default defineProfile({
	name: "medusa-v1",
	description: "Medusa 1.20.11: store cookie sessions and JWTs, {exists}, registration that logs in",
	readFixtures: readMedusaV1Fixtures,
	fixturesSchema: MEDUSA_V1_FIXTURES_SCHEMA,
	policy: MEDUSA_V1_POLICY,
	defects: MEDUSA_V1_DEFECTS,
	corsFamilies: MEDUSA_V1_CORS,
	createSlice: (fixtures, _limits, now) => createSlice(fixtures, now),
	routes: (rt) => medusaV1Routes(rt),
	describeTarget: target,
	banner: (fixtures) => [
		...fixtures.users.map((user) => `  admin      ${user.email} / ${user.password}   (POST /admin/auth, /admin/auth/token)`),
		...fixtures.customers.map((customer) => `  customer   ${customer.email} / ${customer.password}   (POST /store/auth, /store/auth/token)`),
		...fixtures.publishable_keys.map((key) => `  pk key     ${key.token}   ${key.title}${key.revoked ? " (revoked)" : ""}`),
	],
	describeCaller: describeMedusaV1Caller,
	describeClaims: describeMedusaV1Claims,
});
