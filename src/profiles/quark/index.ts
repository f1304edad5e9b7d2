// The quark profile: Quark Commerce's storefront auth contract (seed 003, FACTS.md §D, the
// contracts README's "### quark"): /api/auth register, login, refresh, change/forgot/reset
// password, and the /api/storefront routes, public and protected, behind three rate policies. No
// upstream server can be observed, so every choice the documents leave open is a reference choice
// written in this folder's README.
import type { CorsPolicy } from "../../http/cors.ts";
import { describeQuarkCaller, describeQuarkClaims } from "./caller-note.ts";
import { defineProfile } from "../profile.ts";
import { QUARK_DEFECTS } from "./defects.ts";
import { type AccountFixture, QUARK_FIXTURES_SCHEMA, type QuarkFixtures, readQuarkFixtures } from "./fixtures.ts";
import { apiOrigins, firstResetOrigin, QUARK_ORIGINS } from "./origins.ts";
import { AUDIENCE, CUSTOMER_ROLE, ISSUER, QUARK_POLICY } from "./policy.ts";
import { quarkRoutes } from "./routes.ts";
import { createQuarkSlice } from "./state.ts";

const rolesOf = (account: AccountFixture): readonly string[] => account.roles ?? [CUSTOMER_ROLE];

const credentials = (account: AccountFixture | undefined) => account && { email: account.email, password: account.password };

/** What a conformance run needs (CONTROL.md, `target`): two customers, an account without the role, an allowed reset base. */
const target = (fixtures: QuarkFixtures, cors: CorsPolicy): Record<string, unknown> => {
	const [customer, otherCustomer] = fixtures.customers.filter((account) => rolesOf(account).includes(CUSTOMER_ROLE));
	const resetOrigin = firstResetOrigin(cors);
	return {
		customer: credentials(customer),
		otherCustomer: credentials(otherCustomer),
		userWithoutRole: credentials(fixtures.customers.find((account) => !rolesOf(account).includes(CUSTOMER_ROLE))),
		resetBaseUrl: resetOrigin && `${resetOrigin}/reset-password`,
		corsOrigin: apiOrigins(cors).find((rule) => typeof rule === "string"),
		issuer: ISSUER,
		audience: AUDIENCE,
	};
};

export default defineProfile({
	name: "quark",
	description: "Quark Commerce: /api/auth JWT + rotating refresh tokens, Customer-only storefront routes, three rate policies",
	readFixtures: readQuarkFixtures,
	fixturesSchema: QUARK_FIXTURES_SCHEMA,
	policy: QUARK_POLICY,
	defects: QUARK_DEFECTS,
	corsFamilies: QUARK_ORIGINS,
	createSlice: createQuarkSlice,
	routes: quarkRoutes,
	describeTarget: target,
	banner: (fixtures) =>
		fixtures.customers.map((account) => `  account    ${account.email} / ${account.password}   roles ${rolesOf(account).join(", ")}   (POST /api/auth/login)`),
	describeCaller: describeQuarkCaller,
	describeClaims: describeQuarkClaims,
});
