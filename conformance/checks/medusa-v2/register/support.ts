// Steps of the register → create customer flow that register, login and refresh checks share,
// without the exact statuses flows.ts asserts (contract checks accept any 2xx for creation).
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { login, registerAccount, storeHeaders, tokenOf } from "../flows.ts";

export const IDENTITY_EXISTS = { type: "unauthorized", message: "Identity with email already exists" };

/** POST /store/customers with a registration token (or none) and the run's publishable key. */
export const createCustomer = (ctx: CheckContext, email: string, registrationToken?: string): Promise<Reply> =>
	ctx.request({
		path: "/store/customers",
		bearer: registrationToken,
		headers: storeHeaders(ctx),
		json: { email, first_name: "Gate", last_name: "Check" },
	});

/** Creates the customer and returns its id, accepting 200 or 201 (the seed names no status). */
export const createdCustomerId = async (ctx: CheckContext, email: string, registrationToken: string): Promise<string> => {
	const created = await createCustomer(ctx, email, registrationToken);
	ctx.expect.status(created, [200, 201], "POST /store/customers with the registration token");
	const id = (created.body as { customer?: { id?: unknown } } | undefined)?.customer?.id;
	ctx.expect.that(typeof id === "string", "POST /store/customers: expected {customer: {id}}", { exchange: created.exchange });
	return id;
};

/** The body carries no `token` field (the answer to a refused register, login or refresh). */
export const expectNoToken = (ctx: CheckContext, reply: Reply, what: string): void => {
	const token = (reply.body as { token?: unknown } | undefined)?.token;
	ctx.expect.that(token === undefined, `${what}: expected an error, got a token`, { exchange: reply.exchange, actual: reply.text.slice(0, 200) });
};

/** A 4xx answer without a token: the seed's "an error instead of a token". */
export const expectRefused = (ctx: CheckContext, reply: Reply, what: string): void => {
	ctx.expect.that(reply.status >= 400 && reply.status < 500, `${what}: expected a 4xx error, got ${reply.status}`, {
		expected: "4xx",
		actual: reply.status,
		exchange: reply.exchange,
	});
	expectNoToken(ctx, reply, what);
};

export interface NewCustomer {
	email: string;
	password: string;
	customerId: string;
	registrationToken: string;
	/** A login token with actor_id set. */
	token: string;
}

/** A fresh customer: registered, created (200 or 201) and logged in. */
export const freshCustomer = async (ctx: CheckContext, label?: string): Promise<NewCustomer> => {
	const account = await registerAccount(ctx, label);
	const customerId = await createdCustomerId(ctx, account.email, account.registrationToken);
	const token = tokenOf(ctx, await login(ctx, account), "login");
	return { ...account, customerId, token };
};
