// The medusa-v2 account-page checks (observed 15, 16, 17: POST /store/customers/me, the address
// routes, POST /store/customers' metadata and its order of refusals) are shown to pass on the
// reference and to fail on a server that breaks their rule. No defect of the reference breaks
// exactly one of these rules (store-customers-refuses-registration only stops them at their first
// step), so each has a small broken target: a wrapper around the reference's handler that changes
// one behaviour.
import { expect, test } from "bun:test";
import { type Breakers, type Handler, runCheckAgainst, seenToFail } from "../support/kit.ts";
import { bearerClaims, TEST_JWT_SECRET } from "../support/test-app.ts";

const PROFILE = "medusa-v2";
const AREAS = ["medusa-v2/account/*"];
const RUN = { profile: PROFILE, options: { strict: true, hardening: true }, config: { jwtSecret: TEST_JWT_SECRET } };

const ME = "/store/customers/me";
const ADDRESSES = "/store/customers/me/addresses";
const ADDRESS = /^\/store\/customers\/me\/addresses\/([^/]+)$/;

type Fields = Record<string, unknown>;

const pathOf = (request: Request): string => new URL(request.url).pathname;

const isPost = (request: Request, path: string): boolean => request.method === "POST" && pathOf(request) === path;

const json = (status: number, body: unknown, headers: HeadersInit = {}): Response =>
	Response.json(body, { status, headers: { ...Object.fromEntries(new Headers(headers)), "content-type": "application/json; charset=utf-8" } });

const bodyOf = async (request: Request): Promise<Fields> => (await request.clone().json().catch(() => ({}))) as Fields;

/** The same request with another JSON body (or, `undefined`, none and as a GET). */
const withBody = (request: Request, body: unknown): Request =>
	body === undefined
		? new Request(request.url, { method: "GET", headers: request.headers })
		: new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify(body) });

/** The same request signed in as someone else. */
const withAuthorization = async (request: Request, authorization: string): Promise<Request> => {
	const headers = new Headers(request.headers);
	headers.set("authorization", authorization);
	const body = request.method === "GET" || request.method === "DELETE" ? undefined : await request.clone().text();
	return new Request(request.url, { method: request.method, headers, body });
};

/** Every address object of a JSON answer: {customer}, {parent}, {addresses} or {address}. */
const addressesOf = (body: Fields): Fields[] => {
	const holder = (body.customer ?? body.parent ?? body) as Fields;
	return [...(Array.isArray(holder.addresses) ? (holder.addresses as Fields[]) : []), ...(body.address ? [body.address as Fields] : [])];
};

/**
 * Default flags that are set but never cleared: each address that ever held is_default_shipping
 * or is_default_billing is answered with it still set, as a server that writes the new default
 * without unsetting the old would.
 */
const stickyDefaults = (handle: Handler): Handler => {
	const held = { is_default_shipping: new Set<string>(), is_default_billing: new Set<string>() };
	return async (request) => {
		const answer = await handle(request);
		if (!pathOf(request).startsWith(ADDRESSES) || answer.status !== 200) return answer;
		const body = (await answer.json()) as Fields;
		for (const address of addressesOf(body))
			for (const [flag, ids] of Object.entries(held)) {
				if (address[flag] === true) ids.add(String(address.id));
				else if (ids.has(String(address.id))) address[flag] = true;
			}
		return json(200, body, answer.headers);
	};
};

/**
 * Addresses looked up by id alone (an IDOR): where the reference refuses a request about an
 * address with `refusal` (404: another customer's; 401: no token), the request is carried out as
 * the address's owner, and answered as the owner would be (`answered: "as-owner"`) or with the
 * reference's refusal (`answered: "refused"`: a server that makes the write and then says no).
 */
const addressesByIdAlone =
	(refusal: 401 | 404, answered: "as-owner" | "refused") =>
	(handle: Handler): Handler => {
		const owners = new Map<string, string>();
		return async (request) => {
			const answer = await handle(request.clone());
			const authorization = request.headers.get("authorization");
			if (isPost(request, ADDRESSES) && answer.status === 200 && authorization !== null) {
				for (const address of addressesOf((await answer.clone().json()) as Fields))
					if (!owners.has(String(address.id))) owners.set(String(address.id), authorization);
				return answer;
			}
			const owner = owners.get(ADDRESS.exec(pathOf(request))?.[1] ?? "");
			if (answer.status !== refusal || owner === undefined) return answer;
			if (answered === "as-owner") return handle(await withAuthorization(request, owner));
			if (request.method !== "GET") await handle(await withAuthorization(request, owner));
			return answer;
		};
	};

/** Each check, with what breaks its rule: a wrapper of the reference's handler. */
const BREAKERS: Breakers = {
	// Updates are answered with the current profile but never applied.
	"medusa-v2/account/update-round-trip": (handle) => (request) => (isPost(request, ME) ? handle(withBody(request, undefined)) : handle(request)),
	// Metadata is replaced, not merged: each update clears it before writing the new object.
	"medusa-v2/account/update-merges-metadata": (handle) => async (request) => {
		const body = await bodyOf(request);
		if (!isPost(request, ME) || typeof body.metadata !== "object" || body.metadata === null) return handle(request);
		await handle(withBody(request, { metadata: null }));
		return handle(request);
	},
	// Unknown fields are stripped instead of refused.
	"medusa-v2/account/update-refuses-unknown-fields": (handle) => async (request) => {
		if (!isPost(request, ME)) return handle(request);
		const { email: _, role: __, has_account: ___, ...known } = await bodyOf(request);
		return handle(withBody(request, known));
	},
	// DELETE names the deleted address's id, not the customer's.
	"medusa-v2/account/address-round-trip": (handle) => async (request) => {
		const answer = await handle(request);
		const id = ADDRESS.exec(pathOf(request))?.[1];
		if (request.method !== "DELETE" || id === undefined || answer.status !== 200) return answer;
		return json(200, { ...((await answer.json()) as Fields), id }, answer.headers);
	},
	"medusa-v2/account/addresses-private": addressesByIdAlone(404, "as-owner"),
	"medusa-v2/account/one-default-address": stickyDefaults,
	// Metadata is dropped when the customer is created.
	"medusa-v2/account/create-keeps-metadata": (handle) => async (request) => {
		if (!isPost(request, "/store/customers")) return handle(request);
		const { metadata: _, ...rest } = await bodyOf(request);
		return handle(withBody(request, rest));
	},
	// A signed-in customer is refused as already authenticated before the body is read.
	"medusa-v2/account/create-validates-body-first": (handle) => async (request) =>
		isPost(request, "/store/customers") && (bearerClaims(request)?.actor_id ?? "") !== ""
			? json(400, { type: "invalid_data", message: "Request already authenticated as a customer." })
			: handle(request),
};

seenToFail("medusa-v2 account-page checks (POST /store/customers/me, addresses, POST /store/customers' body)", AREAS, BREAKERS, RUN);

// The privacy check's other halves, each broken alone: another customer's writes carried out though
// answered 404 (only the owner's read afterwards sees them), and requests without a token answered
// as the owner.
test.each([
	["another customer's writes made, answered 404", addressesByIdAlone(404, "refused"), "the owner's"],
	["requests without a token answered as the owner", addressesByIdAlone(401, "as-owner"), "without a token"],
])("medusa-v2/account/addresses-private fails on a server with %s", async (_, breaker, caughtBy) => {
	const result = await runCheckAgainst("medusa-v2/account/addresses-private", breaker, RUN);
	expect([result.status, result.evidence?.message]).toEqual(["fail", expect.stringContaining(caughtBy)]);
}, 30_000);
