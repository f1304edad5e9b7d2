// Steps many medusa-v1 checks share: registering a customer (POST /store/customers), the two logins
// of seed 001 (JWT and cookie), the routes that say who the caller is, an admin login, and a reset
// token read from the run's reset mail. Each step asserts what it relies on, so a broken step fails the
// check with the step's own evidence. Steps send no cookies unless asked (`useJar`): upstream sets a
// session cookie on every anonymous answer (medusa-v1-observed.md fact 20), and a check must not
// authenticate by a cookie it did not mean to send.
import type { CheckContext } from "../../kit/context.ts";
import type { Reply } from "../../kit/http.ts";
import { mailOf } from "../../kit/mail/reader.ts";

export { decodeClaims, mintToken } from "../../kit/tokens.ts";

export interface Account {
	email: string;
	password: string;
}

export interface Customer extends Account {
	id: string;
}

/** Both 401s of Medusa v1 say this, as plain text (fact 2). */
export const UNAUTHORIZED = "Unauthorized";

export const newAccount = (ctx: CheckContext, label?: string): Account => ({ email: ctx.uniqueEmail(label), password: `Pw-${crypto.randomUUID()}` });

/** POST /store/customers (registration, which also logs the new customer in: fact 7). */
export const register = (ctx: CheckContext, body: Record<string, unknown>, useJar = false): Promise<Reply> =>
	ctx.request({ path: "/store/customers", json: body, useJar });

/** The `customer` object of a 200 `{customer}` answer. */
export const customerOf = (ctx: CheckContext, reply: Reply, what: string): Record<string, unknown> => {
	ctx.expect.status(reply, 200, `${what}: status`);
	const customer = (reply.body as { customer?: unknown } | undefined)?.customer;
	ctx.expect.that(typeof customer === "object" && customer !== null && typeof (customer as { id?: unknown }).id === "string", `${what}: expected {"customer": {"id": …}}`, {
		actual: reply.text.slice(0, 200),
		exchange: reply.exchange,
	});
	return customer as Record<string, unknown>;
};

/** A fresh customer with an account, registered through POST /store/customers. */
export const newCustomer = async (ctx: CheckContext, label?: string, useJar = false): Promise<Customer> => {
	const account = newAccount(ctx, label);
	const customer = customerOf(ctx, await register(ctx, { ...account, first_name: "Gate", last_name: "Check" }, useJar), "POST /store/customers");
	return { ...account, id: customer.id as string };
};

/** POST /store/auth/token (Customer Login (JWT)) or POST /admin/auth/token. */
export const tokenLogin = (ctx: CheckContext, account: Account, path = "/store/auth/token"): Promise<Reply> =>
	ctx.request({ path, json: { email: account.email, password: account.password }, useJar: false });

/** The `access_token` of a 200 `{access_token}` answer. */
export const accessTokenOf = (ctx: CheckContext, reply: Reply, what: string): string => {
	ctx.expect.status(reply, 200, `${what}: status`);
	const token = (reply.body as { access_token?: unknown } | undefined)?.access_token;
	ctx.expect.that(typeof token === "string" && token.split(".").length === 3, `${what}: expected {"access_token": "<JWT>"}`, {
		actual: reply.text.slice(0, 200),
		exchange: reply.exchange,
	});
	return token as string;
};

/** A store JWT of `account`. */
export const customerToken = async (ctx: CheckContext, account: Account): Promise<string> =>
	accessTokenOf(ctx, await tokenLogin(ctx, account), "POST /store/auth/token");

/** POST /store/auth (Customer Login, cookie), keeping the session cookie in the check's jar. */
export const cookieLogin = (ctx: CheckContext, account: Account, path = "/store/auth"): Promise<Reply> =>
	ctx.request({ path, json: { email: account.email, password: account.password }, useJar: true });

/** The `connect.sid` Set-Cookie header of an answer, if it sent one. */
export const sessionCookieOf = (reply: Reply): string | undefined => reply.setCookies.find((cookie) => cookie.startsWith("connect.sid="));

export interface Credentials {
	bearer?: string;
	/** Send the check's cookie jar. */
	useJar?: boolean;
	headers?: Record<string, string>;
}

/** GET /store/customers/me (Get a Customer). */
export const me = (ctx: CheckContext, credentials: Credentials = {}): Promise<Reply> =>
	ctx.request({ path: "/store/customers/me", bearer: credentials.bearer, useJar: credentials.useJar ?? false, headers: credentials.headers });

/** GET /store/auth (Get Current Customer). */
export const currentCustomer = (ctx: CheckContext, credentials: Credentials = {}): Promise<Reply> =>
	ctx.request({ path: "/store/auth", bearer: credentials.bearer, useJar: credentials.useJar ?? false, headers: credentials.headers });

/** The auth middleware's 401 (fact 2): `Unauthorized` with no Content-Type; the status alone is the contract. */
export const expectRefused = (ctx: CheckContext, reply: Reply, what: string): void => ctx.expect.status(reply, 401, what);

/** The run's admin credentials (--admin-email / --admin-password or the control API's target). */
export const adminAccount = (ctx: CheckContext): Account => {
	const admin = ctx.config.admin;
	ctx.expect.that(admin !== undefined, "this check needs admin credentials");
	return admin;
};

/** An admin JWT (POST /admin/auth/token). */
export const adminToken = async (ctx: CheckContext): Promise<string> =>
	accessTokenOf(ctx, await tokenLogin(ctx, adminAccount(ctx), "/admin/auth/token"), "POST /admin/auth/token");

/** POST /store/customers/password-token (Request Password Reset). */
export const requestPasswordToken = (ctx: CheckContext, email: string): Promise<Reply> =>
	ctx.request({ path: "/store/customers/password-token", json: { email }, useJar: false });

/** Asks for a reset token and reads it from the run's reset mail: the customer.password_reset event the request causes (fact 35). */
export const resetTokenFor = async (ctx: CheckContext, email: string): Promise<string> => {
	const mail = mailOf(ctx);
	const { events } = await mail.after({ event: "customer.password_reset", to: email }, async () => {
		ctx.expect.status(await requestPasswordToken(ctx, email), 204, "POST /store/customers/password-token: status");
	});
	const token = events[0]?.data.token;
	ctx.expect.that(typeof token === "string", `no customer.password_reset event with a token for ${email} in ${mail.describe}`);
	return token;
};

/** POST /store/customers/password-reset (Reset Password). */
export const resetPassword = (ctx: CheckContext, body: Record<string, unknown>): Promise<Reply> =>
	ctx.request({ path: "/store/customers/password-reset", json: body, useJar: false });
