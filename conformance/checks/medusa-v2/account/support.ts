// Steps the account-page checks share (observed 15, 16, 17): the signed-in customer's calls to
// POST /store/customers/me and /store/customers/me/addresses[/:id], each with the run's publishable
// key and the customer's bearer (or the headers given), and readers for the answers' shapes.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { storeHeaders } from "../flows.ts";

export const ADDRESSES = "/store/customers/me/addresses";

export type Fields = Record<string, unknown>;

/** How a call signs in: a bearer token, or the headers to send (a session cookie). */
export type Credentials = { bearer: string } | { headers: Record<string, string> };

const send = (ctx: CheckContext, method: string, path: string, credentials: Credentials, json?: unknown): Promise<Reply> =>
	ctx.request({
		method,
		path,
		json,
		bearer: "bearer" in credentials ? credentials.bearer : undefined,
		headers: { ...storeHeaders(ctx), ...("headers" in credentials ? credentials.headers : {}) },
		useJar: false,
	});

export const updateMe = (ctx: CheckContext, credentials: Credentials, body: unknown): Promise<Reply> =>
	send(ctx, "POST", "/store/customers/me", credentials, body);

export const listAddresses = (ctx: CheckContext, bearer: string): Promise<Reply> => send(ctx, "GET", ADDRESSES, { bearer });

export const createAddress = (ctx: CheckContext, bearer: string, body: Fields): Promise<Reply> => send(ctx, "POST", ADDRESSES, { bearer }, body);

export const readAddress = (ctx: CheckContext, bearer: string, id: string): Promise<Reply> => send(ctx, "GET", `${ADDRESSES}/${id}`, { bearer });

export const updateAddress = (ctx: CheckContext, bearer: string, id: string, body: Fields): Promise<Reply> =>
	send(ctx, "POST", `${ADDRESSES}/${id}`, { bearer }, body);

export const deleteAddress = (ctx: CheckContext, bearer: string, id: string): Promise<Reply> => send(ctx, "DELETE", `${ADDRESSES}/${id}`, { bearer });

/** The `key` record of a 200 `{key: {…}}` answer. */
const recordIn = (ctx: CheckContext, reply: Reply, key: "customer" | "address", what: string): Fields => {
	ctx.expect.status(reply, 200, `${what}: status`);
	const record = (reply.body as Record<string, unknown> | undefined)?.[key];
	ctx.expect.that(typeof record === "object" && record !== null, `${what}: expected {"${key}": {…}}`, {
		actual: reply.text.slice(0, 300),
		exchange: reply.exchange,
	});
	return record as Fields;
};

/** The `customer` of a 200 `{customer}` answer. */
export const customerIn = (ctx: CheckContext, reply: Reply, what: string): Fields => recordIn(ctx, reply, "customer", what);

/** The `address` of a 200 `{address}` answer. */
export const addressIn = (ctx: CheckContext, reply: Reply, what: string): Fields => recordIn(ctx, reply, "address", what);

/** The addresses a customer (or a GET …/addresses answer) holds, by id; its order is upstream's own and not relied on. */
export const addressesById = (holder: Fields): Map<string, Fields> => {
	const list = Array.isArray(holder.addresses) ? (holder.addresses as Fields[]) : [];
	return new Map(list.map((address) => [String(address.id), address]));
};

/** The `{addresses, count, offset, limit}` of a 200 GET /store/customers/me/addresses. */
export const addressListIn = (ctx: CheckContext, reply: Reply, what: string): Fields => {
	ctx.expect.status(reply, 200, `${what}: status`);
	const body = reply.body as Fields | undefined;
	ctx.expect.that(body !== undefined && Array.isArray(body.addresses), `${what}: expected {"addresses": […], "count", "offset", "limit"}`, {
		actual: reply.text.slice(0, 300),
		exchange: reply.exchange,
	});
	return body;
};

/**
 * Creates an address and returns its id: the one address of the answer's customer that was not
 * there before (upstream answers the whole customer, observed 16).
 */
export const newAddressId = async (ctx: CheckContext, bearer: string, body: Fields): Promise<string> => {
	const before = addressesById(addressListIn(ctx, await listAddresses(ctx, bearer), "GET /store/customers/me/addresses"));
	const created = await createAddress(ctx, bearer, body);
	const fresh = [...addressesById(customerIn(ctx, created, "POST /store/customers/me/addresses")).keys()].filter((id) => !before.has(id));
	ctx.expect.that(fresh.length === 1, `POST /store/customers/me/addresses: expected the answer's customer.addresses to hold one new address, found ${fresh.length}`, {
		exchange: created.exchange,
	});
	return fresh[0] as string;
};

/** The values of `keys` in `fields`, missing ones as undefined. */
export const pick = (fields: Fields, keys: readonly string[]): Fields => Object.fromEntries(keys.map((key) => [key, fields[key]]));

/** Upstream's answer to an address id the customer does not have (observed 16), word for word. */
export const addressNotFound = (id: string): string => JSON.stringify({ type: "not_found", message: `Address with id: ${id} was not found` });

/** Upstream's zod answer to a body or query it refuses (observed 15, 17), word for word. */
export const invalidData = (message: string): string => JSON.stringify({ type: "invalid_data", message });
