// Steps the account checks (register, me, password-token, password-reset) share: the customer's key
// order, upstream's validation 400, mixed-case e-mails, a session cookie to send by hand, and whether
// a password logs in.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { type Account, sessionCookieOf, tokenLogin } from "../flows.ts";

/** The customer of a reset answer and of GET /admin/customers, keys in upstream's order (fact 38). */
export const PLAIN_CUSTOMER_KEYS = [
	"id",
	"created_at",
	"updated_at",
	"deleted_at",
	"email",
	"first_name",
	"last_name",
	"billing_address_id",
	"phone",
	"has_account",
	"metadata",
];

/** The customer of registration and /store/customers/me (facts 7, 28). */
export const REGISTRATION_KEYS = [...PLAIN_CUSTOMER_KEYS, "billing_address", "shipping_addresses"];

export const expectKeys = (ctx: CheckContext, object: Record<string, unknown>, keys: readonly string[], what: string, reply: Reply): void =>
	ctx.expect.equal(Object.keys(object), keys, `${what}: the customer's keys, in order`, reply.exchange);

/** Upstream's validation answer (fact 3): 400 `{"type":"invalid_data","message":…}`, byte for byte. */
export const expectInvalidData = (ctx: CheckContext, reply: Reply, message: string, what: string): void => {
	ctx.expect.status(reply, 400, what);
	ctx.expect.exactBody(reply, JSON.stringify({ type: "invalid_data", message }), what);
};

/** The same address with its first letter and its domain upper-cased: `Gc-…@EXAMPLE.COM`. */
export const mixedCase = (email: string): string => {
	const [local = "", domain = ""] = email.split("@");
	return `${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}`;
};

/** The `Cookie` header that sends back an answer's `connect.sid`, so a check can hold several sessions. */
export const sessionCookieHeader = (ctx: CheckContext, reply: Reply, what: string): string => {
	const cookie = sessionCookieOf(reply)?.split(";")[0];
	ctx.expect.that(cookie !== undefined, `${what}: expected a Set-Cookie: connect.sid=…`, { actual: reply.setCookies, exchange: reply.exchange });
	return cookie;
};

/** Fails unless Customer Login (JWT) accepts `account` (200). */
export const expectLogsIn = async (ctx: CheckContext, account: Account, what: string): Promise<void> =>
	ctx.expect.status(await tokenLogin(ctx, account), 200, `${what}: POST /store/auth/token`);

/** Fails unless Customer Login (JWT) refuses `account` with the login 401 (fact 14). */
export const expectLoginRefused = async (ctx: CheckContext, account: Account, what: string): Promise<void> =>
	ctx.expect.status(await tokenLogin(ctx, account), 401, `${what}: POST /store/auth/token`);
