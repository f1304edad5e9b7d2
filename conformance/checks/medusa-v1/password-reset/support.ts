// What the password-reset checks share: upstream's 401 for a bad token, "refused" for the cases where
// upstream (500) and the reference (401, N1) answer differently, and tokens no server can have issued.
import fc from "fast-check";
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { resignedWith, strangerSecret } from "../../../kit/tokens.ts";

/** The 401 of a bad reset token (fact 40; for every e-mail under N1). */
export const INVALID_TOKEN = JSON.stringify({ type: "unauthorized", message: "Invalid or expired password reset token" });

export const expectInvalidToken = (ctx: CheckContext, reply: Reply, what: string): void => {
	ctx.expect.status(reply, 401, what);
	ctx.expect.exactBody(reply, INVALID_TOKEN, what);
};

/** An error answer, whichever: upstream 500s where the reference 401s (N1), and observed checks assert only what both do. */
export const expectNotReset = (ctx: CheckContext, reply: Reply, what: string): void =>
	ctx.expect.that(reply.status >= 400, `${what}: expected an error status, got ${reply.status}`, {
		expected: "4xx or 5xx",
		actual: reply.status,
		exchange: reply.exchange,
	});

/** Printable text, or base64url fragments joined by dots like a JWT's. */
export const garbageToken = fc.oneof(
	fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 60 }),
	fc.array(fc.base64String({ maxLength: 40 }).map((s) => s.replaceAll("=", "")), { minLength: 2, maxLength: 4 }).map((parts) => parts.join(".")),
);

const segment = (value: object): string => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

/** A token of upstream's shape for `customerId` (fact 36), live for 15 minutes, signed with `secret`. */
export const resetShapedToken = (customerId: string, secret: string = strangerSecret()): Promise<string> => {
	const iat = Math.floor(Date.now() / 1000);
	return resignedWith(`${segment({ alg: "HS256", typ: "JWT" })}.${segment({ customer_id: customerId, exp: iat + 900, iat })}.`, secret);
};

/** Tokens signed with keys a reset token is never signed with: a stranger's secret, and the target's JWT secret when known (fact 36). */
export const foreignTokens = async (ctx: CheckContext, customerId: string): Promise<Array<[string, string]>> => {
	const tokens: Array<[string, string]> = [["a reset-shaped token signed with another secret", await resetShapedToken(customerId)]];
	const secret = ctx.config.jwtSecret;
	if (secret !== undefined) tokens.push(["a reset-shaped token signed with the JWT secret", await resetShapedToken(customerId, secret)]);
	return tokens;
};
