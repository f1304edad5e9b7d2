// Steps many medusa-v2 checks share: making a customer, logging in, headers for /store, reading a
// reset token from the run's reset mail, minting tokens with the target's secret. Each step asserts
// what it relies on, so a broken step fails the check with the step's own evidence.
import type { CheckContext } from "../../kit/context.ts";
import type { Reply } from "../../kit/http.ts";
import { mailOf } from "../../kit/mail/reader.ts";

export { decodeClaims, mintToken } from "../../kit/tokens.ts";

export interface Account {
	email: string;
	password: string;
}

export interface Customer extends Account {
	customerId: string;
	/** A login token with actor_id set. */
	token: string;
}

/** The `token` of a 200 `{token}` answer. */
export const tokenOf = (ctx: CheckContext, reply: Reply, what: string): string => {
	ctx.expect.status(reply, 200, `${what}: status`);
	const token = (reply.body as { token?: unknown } | undefined)?.token;
	ctx.expect.that(typeof token === "string" && token.split(".").length === 3, `${what}: expected {"token": "<JWT>"}`, {
		actual: reply.text.slice(0, 200),
		exchange: reply.exchange,
	});
	return token as string;
};

export const storeHeaders = (ctx: CheckContext): Record<string, string> => ({ "x-publishable-api-key": ctx.config.publishableKey ?? "" });

export const register = (ctx: CheckContext, account: Account, actor = "customer"): Promise<Reply> =>
	ctx.request({ path: `/auth/${actor}/emailpass/register`, json: account });

export const login = (ctx: CheckContext, account: Account, actor = "customer"): Promise<Reply> =>
	ctx.request({ path: `/auth/${actor}/emailpass`, json: account });

/** A fresh account, registered but with no customer yet; returns its registration token. */
export const registerAccount = async (ctx: CheckContext, label?: string): Promise<Account & { registrationToken: string }> => {
	const account = { email: ctx.uniqueEmail(label), password: `Pw-${crypto.randomUUID()}` };
	const registrationToken = tokenOf(ctx, await register(ctx, account), "register");
	return { ...account, registrationToken };
};

/** A fresh customer: registered, created through POST /store/customers, and logged in. */
export const newCustomer = async (ctx: CheckContext, label?: string): Promise<Customer> => {
	const account = await registerAccount(ctx, label);
	const created = await ctx.request({
		path: "/store/customers",
		bearer: account.registrationToken,
		headers: storeHeaders(ctx),
		json: { email: account.email, first_name: "Gate", last_name: "Check" },
	});
	ctx.expect.status(created, 200, "POST /store/customers: status");
	const customerId = (created.body as { customer?: { id?: unknown } } | undefined)?.customer?.id;
	ctx.expect.that(typeof customerId === "string", "POST /store/customers: expected {customer: {id}}", { exchange: created.exchange });
	const token = tokenOf(ctx, await login(ctx, account), "login");
	return { email: account.email, password: account.password, customerId: customerId as string, token };
};

/** GET /store/customers/me with the given bearer (or none), the run's publishable key and the jar's cookies. */
export const me = (ctx: CheckContext, bearer?: string, useJar = false): Promise<Reply> =>
	ctx.request({ path: "/store/customers/me", bearer, headers: storeHeaders(ctx), useJar });

export const loginAdmin = async (ctx: CheckContext): Promise<string> => {
	const admin = ctx.config.admin;
	ctx.expect.that(admin !== undefined, "this check needs admin credentials");
	return tokenOf(ctx, await login(ctx, admin, "user"), "admin login");
};

/** Asks for a reset token and reads it from the run's reset mail: the auth.password_reset event the request causes. */
export const requestResetToken = async (ctx: CheckContext, identifier: string, actor = "customer"): Promise<string> => {
	const mail = mailOf(ctx);
	const { events } = await mail.after({ event: "auth.password_reset", to: identifier }, async () => {
		ctx.expect.status(await ctx.request({ path: `/auth/${actor}/emailpass/reset-password`, json: { identifier } }), 201, "reset-password: status");
	});
	const token = events[0]?.data.token;
	ctx.expect.that(typeof token === "string", `no auth.password_reset event with a token for ${identifier} in ${mail.describe}`);
	return token;
};

export const updatePassword = (ctx: CheckContext, token: string | undefined, body: Record<string, unknown>, actor = "customer"): Promise<Reply> =>
	ctx.request({ path: `/auth/${actor}/emailpass/update`, bearer: token, json: body });

export const UNAUTHORIZED = { message: "Unauthorized" };
export const INVALID_TOKEN = { type: "unauthorized", message: "Invalid token" };
export const INVALID_CREDENTIALS = { type: "unauthorized", message: "Invalid email or password" };
