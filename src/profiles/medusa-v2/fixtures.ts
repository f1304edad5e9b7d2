// What the medusa-v2 fixtures hold (only the shared sections: core/fixtures.ts), what a conformance
// run needs to know of them (CONTROL.md, `target`), and what the banner shows a storefront developer.
import type { CoreFixtures } from "../../core/fixtures.ts";
import type { TargetInfo } from "../../http/control.ts";
import type { CorsPolicy } from "../../http/cors.ts";

/** The keys, the first admin, the secret key and an origin allowed on both /store and /auth. */
export const medusaV2Target = (fixtures: CoreFixtures, cors: CorsPolicy, admin = fixtures.users[0]): TargetInfo => {
	const live = fixtures.publishable_keys.filter((key) => !key.revoked);
	const authOrigins = cors.auth ?? [];
	return {
		publishableKey: live[0]?.token,
		otherPublishableKey: live[1]?.token,
		revokedPublishableKey: fixtures.publishable_keys.find((key) => key.revoked)?.token,
		admin: admin && { email: admin.email, password: admin.password },
		secretKey: fixtures.secret_keys[0]?.token,
		corsOrigin: cors.store?.find((rule) => typeof rule === "string" && authOrigins.includes(rule)),
	};
};

export const medusaV2Banner = (fixtures: CoreFixtures): string[] => [
	...fixtures.users.map((user) => `  admin      ${user.email} / ${user.password}   (POST /auth/user/emailpass)`),
	...fixtures.customers.map((customer) => `  customer   ${customer.email} / ${customer.password}   (POST /auth/customer/emailpass)`),
	...fixtures.publishable_keys.map((key) => `  pk key     ${key.token}   ${key.title}${key.revoked ? " (revoked)" : ""}`),
	...fixtures.secret_keys.map((key) => `  secret key ${key.token}   ${key.title} (Authorization: Basic on /admin)`),
];
