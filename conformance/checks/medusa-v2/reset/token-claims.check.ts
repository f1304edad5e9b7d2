import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, registerAccount, requestResetToken } from "../flows.ts";
import { decodeHeader } from "../../../kit/tokens.ts";

const CLAIM_ORDER = ["entity_id", "provider", "actor_type", "purpose", "iat", "exp", "jti"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default defineMedusaV2Check({
	id: "medusa-v2/reset/token-claims",
	title: "Reset tokens carry Medusa 2.16+'s claims and live 900 s",
	rule: 'The auth.password_reset token is an HS256 JWT whose payload is exactly {entity_id: <identifier>, provider: "emailpass", actor_type: "customer", purpose: "reset", iat, exp, jti: <uuid>}, in that order, with exp − iat = 900.',
	refs: ["observed:08a", "observed:12", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const token = await requestResetToken(ctx, account.email);
		ctx.expect.equal(decodeHeader(token)?.alg, "HS256", "reset token header alg");
		const claims = decodeClaims(token);
		ctx.expect.that(claims !== undefined, "the reset token's payload is not JSON", { actual: token });
		ctx.expect.equal(Object.keys(claims), CLAIM_ORDER, "reset token claims (names and order)");
		ctx.expect.equal(
			{ entity_id: claims.entity_id, provider: claims.provider, actor_type: claims.actor_type, purpose: claims.purpose },
			{ entity_id: account.email, provider: "emailpass", actor_type: "customer", purpose: "reset" },
			"reset token claims",
		);
		ctx.expect.that(typeof claims.jti === "string" && UUID.test(claims.jti), "jti: expected a UUID", { actual: claims.jti });
		ctx.expect.that(typeof claims.iat === "number" && typeof claims.exp === "number", "iat and exp must be numbers", { actual: claims });
		ctx.expect.equal((claims.exp as number) - (claims.iat as number), 900, "reset token exp − iat (seconds)");
	},
});
