import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeHeader, expectedLifetime } from "../bearer/support.ts";
import { decodeClaims, registerAccount } from "../flows.ts";

const CLAIM_ORDER = [
	"actor_id",
	"actor_type",
	"auth_identity_id",
	"auth_provider",
	"mfa_enabled",
	"mfa_challenge_completed_at",
	"app_metadata",
	"user_metadata",
	"iat",
	"exp",
];

export default defineMedusaV2Check({
	id: "medusa-v2/register/registration-jwt-shape",
	title: "The registration token has upstream's header, claims and lifetime",
	rule: 'The registration JWT has header {"alg":"HS256","typ":"JWT"} and the claims actor_id "", actor_type "customer", auth_identity_id "authid_…", auth_provider "emailpass", mfa_enabled false, mfa_challenge_completed_at null, app_metadata {}, user_metadata {}, iat, exp, in that order, with exp − iat = 86400 (or the --token-ttl the target runs with).',
	refs: ["observed:01", "observed:12", "facts:A.4"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { registrationToken } = await registerAccount(ctx);
		const header = decodeHeader(registrationToken);
		ctx.expect.equal(header && Object.entries(header), [["alg", "HS256"], ["typ", "JWT"]], "JWT header, in order");
		const claims = decodeClaims(registrationToken);
		ctx.expect.that(claims !== undefined, "the registration token's payload is not JSON", { actual: registrationToken });
		ctx.expect.equal(Object.keys(claims), CLAIM_ORDER, "claim names, in order");
		const { auth_identity_id: identity, iat, exp, ...fixed } = claims;
		ctx.expect.equal(
			fixed,
			{
				actor_id: "",
				actor_type: "customer",
				auth_provider: "emailpass",
				mfa_enabled: false,
				mfa_challenge_completed_at: null,
				app_metadata: {},
				user_metadata: {},
			},
			"claim values",
		);
		ctx.expect.that(typeof identity === "string" && identity.startsWith("authid_"), `auth_identity_id: expected "authid_…", got ${JSON.stringify(identity)}`);
		ctx.expect.equal(typeof exp === "number" && typeof iat === "number" ? exp - iat : undefined, expectedLifetime(ctx), "exp − iat (seconds)");
	},
});
