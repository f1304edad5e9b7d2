// What the medusa-v2 fixtures hold (the shared sections and oauth_providers: slice.ts), what a conformance
// run needs to know of them (CONTROL.md, `target`), and what the banner shows a storefront developer.
import type { TargetInfo } from "../../http/control.ts";
import type { CorsPolicy } from "../../http/cors.ts";
import type { MedusaV2Fixtures } from "./slice.ts";

/**
 * The first configured redirect provider, and its first account already linked to a customer (the
 * reader refuses fixtures whose `customer` names none: third-party/login-state.ts).
 */
const thirdPartyTarget = (fixtures: MedusaV2Fixtures) => {
	const [provider, configured] = Object.entries(fixtures.oauth_providers).find(([, entry]) => entry !== undefined) ?? [];
	const linked = configured?.accounts?.find((account) => account.customer !== undefined);
	return { oauthProvider: provider, oauthLinkedAccount: linked?.id };
};

/** The keys, the first admin, the secret key, an origin allowed on both /store and /auth, and third-party login's provider and linked account. */
export const medusaV2Target = (fixtures: MedusaV2Fixtures, cors: CorsPolicy, admin = fixtures.users[0]): TargetInfo => {
	const live = fixtures.publishable_keys.filter((key) => !key.revoked);
	const authOrigins = cors.auth ?? [];
	return {
		publishableKey: live[0]?.token,
		otherPublishableKey: live[1]?.token,
		revokedPublishableKey: fixtures.publishable_keys.find((key) => key.revoked)?.token,
		admin: admin && { email: admin.email, password: admin.password },
		secretKey: fixtures.secret_keys[0]?.token,
		corsOrigin: cors.store?.find((rule) => typeof rule === "string" && authOrigins.includes(rule)),
		...thirdPartyTarget(fixtures),
	};
};

export const medusaV2Banner = (fixtures: MedusaV2Fixtures): string[] => [
	...fixtures.users.map((user) => `  admin      ${user.email} / ${user.password}   (POST /auth/user/emailpass)`),
	...fixtures.customers.map((customer) => `  customer   ${customer.email} / ${customer.password}   (POST /auth/customer/emailpass)`),
	...fixtures.publishable_keys.map((key) => `  pk key     ${key.token}   ${key.title}${key.revoked ? " (revoked)" : ""}`),
	...fixtures.secret_keys.map((key) => `  secret key ${key.token}   ${key.title} (Authorization: Basic on /admin)`),
	...Object.entries(fixtures.oauth_providers).map(
		([provider, configured]) =>
			`  ${provider.padEnd(10)} ${configured?.accounts?.length ?? 0} accounts on /__provider/${provider}/authorize   (POST /auth/customer/${provider}, back to ${configured?.callback_url})`,
	),
];
