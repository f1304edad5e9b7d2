import type { CheckContext } from "../../../kit/context.ts";
import { decodeHeader } from "../../../kit/tokens.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { decodeClaims, loggedIn } from "../flows.ts";

const ISSUER = "HeadlessEcommerceApi";
const AUDIENCE = "HeadlessEcommerceClient";
/** Jwt:ExpirationMinutes 60 (FACTS.md §D). */
const LIFETIME_S = 3600;

export default defineQuarkCheck({
	id: "quark/login/access-token-claims",
	title: "The access token is an HS256 JWT for the API's issuer and audience, good for 60 minutes",
	rule: `The accessToken of a login is a JWT with header alg HS256, iss "${ISSUER}", aud "${AUDIENCE}" (a string, or an array holding it), and exp ${LIFETIME_S} s after its iat (or nbf, when iat is absent).`,
	refs: ["seed:login", "facts:jwt-config"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		const header = decodeHeader(session.accessToken);
		const claims = decodeClaims(session.accessToken);
		ctx.expect.equal(header?.alg, "HS256", "the access token's alg");
		ctx.expect.equal(claims?.iss, ISSUER, "the access token's iss");
		const aud = claims?.aud;
		ctx.expect.that(aud === AUDIENCE || (Array.isArray(aud) && aud.includes(AUDIENCE)), `the access token's aud is not "${AUDIENCE}"`, { actual: aud });
		const start = claims?.iat ?? claims?.nbf;
		ctx.expect.that(typeof start === "number" && typeof claims?.exp === "number", "the access token has no numeric iat/nbf and exp", { actual: claims });
		ctx.expect.equal((claims?.exp as number) - start, LIFETIME_S, "exp − iat (seconds)");
	},
});
