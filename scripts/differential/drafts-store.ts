// Drafts of the /store customer routes: sign-up with a registration token, the customer's own
// record and its addresses. Every one takes a key variant, since the key is checked before auth.
import fc from "fast-check";
import { type AuthChoice, authArb, authHeaders, type Draft, type DraftContext, labelOf, jsonRequest, type KeyChoice, keyArb, keyHeaders, originArb, originHeaders } from "./draft.ts";
import { ref } from "./steps.ts";

/** The headers and label parts of a store request: auth, then key. */
const storeAuth = (ctx: DraftContext, auth: AuthChoice, key: KeyChoice): { headers: Record<string, string>; parts: string[] } => {
	const { headers, label } = authHeaders(ctx, auth);
	return { headers: { ...headers, ...keyHeaders(key) }, parts: [label, key] };
};

type CustomerBody = "plain" | "with metadata" | "unknown field" | "wrong types" | "empty object" | "other's email";

export const createCustomerDraft: fc.Arbitrary<Draft> = fc
	.record({
		auth: authArb,
		key: keyArb,
		body: fc.constantFrom<CustomerBody>("plain", "plain", "with metadata", "unknown field", "wrong types", "empty object", "other's email"),
	})
	.map(({ auth, key, body }) => (ctx) => {
		const { headers, parts } = storeAuth(ctx, auth, key);
		const email = body === "other's email" ? ctx.facts.other : ctx.facts.self;
		const plain = { email, first_name: "Ada", last_name: "Lovelace" };
		const json =
			body === "with metadata" ? { ...plain, metadata: { source: "differential" } }
			: body === "unknown field" ? { ...plain, nickname: "ada" }
			: body === "wrong types" ? { email, first_name: 7, last_name: ["Lovelace"] }
			: body === "empty object" ? {}
			: plain;
		return {
			label: labelOf("create customer", ...parts, body),
			route: "/store/customers",
			request: jsonRequest("POST", "/store/customers", headers, json),
			produces: [],
		};
	});

const ME_QUERIES = ["", "", "", "?fields=id,email", "?fields=*addresses", "?unknown_key=1", "?expand=addresses"];

export const meDraft: fc.Arbitrary<Draft> = fc
	.record({ auth: authArb, key: keyArb, query: fc.constantFrom(...ME_QUERIES), origin: originArb })
	.map(({ auth, key, query, origin }) => (ctx) => {
		const { headers, parts } = storeAuth(ctx, auth, key);
		return {
			label: labelOf("get me", ...parts, query, origin && `Origin ${origin}`),
			route: "/store/customers/me",
			request: { method: "GET", path: `/store/customers/me${query}`, headers: { ...headers, ...originHeaders(origin) } },
			produces: [],
		};
	});

const ME_UPDATES: Record<string, unknown> = {
	"first name": { first_name: "Grace" },
	metadata: { metadata: { tier: "gold" } },
	"e-mail change": { email: "changed@example.com" },
	"unknown field": { nickname: "grace" },
	"wrong type": { first_name: 1 },
	"empty object": {},
};

export const updateMeDraft: fc.Arbitrary<Draft> = fc
	.record({ auth: authArb, key: keyArb, body: fc.constantFrom(...Object.keys(ME_UPDATES)) })
	.map(({ auth, key, body }) => (ctx) => {
		const { headers, parts } = storeAuth(ctx, auth, key);
		return {
			label: labelOf("update me", ...parts, body),
			route: "/store/customers/me",
			request: jsonRequest("POST", "/store/customers/me", headers, ME_UPDATES[body]),
			produces: [],
		};
	});

const ADDRESS = { first_name: "Ada", last_name: "Lovelace", address_1: "Nørregade 1", city: "København", country_code: "dk", postal_code: "1165" };
const ADDRESS_BODIES: Record<string, unknown> = {
	"full address": ADDRESS,
	"default shipping": { ...ADDRESS, is_default_shipping: true },
	"empty object": {},
	"wrong type": { ...ADDRESS, country_code: 45 },
	"unknown field": { ...ADDRESS, floor: 3 },
};
const ADDRESSES = "/store/customers/me/addresses";

export const listAddressesDraft: fc.Arbitrary<Draft> = fc.record({ auth: authArb, key: keyArb }).map(({ auth, key }) => (ctx) => {
	const { headers, parts } = storeAuth(ctx, auth, key);
	return { label: labelOf("list addresses", ...parts), route: ADDRESSES, request: { method: "GET", path: ADDRESSES, headers }, produces: [] };
});

export const createAddressDraft: fc.Arbitrary<Draft> = fc
	.record({ auth: authArb, key: keyArb, body: fc.constantFrom("full address", "full address", ...Object.keys(ADDRESS_BODIES)) })
	.map(({ auth, key, body }) => (ctx) => {
		const { headers, parts } = storeAuth(ctx, auth, key);
		return {
			label: labelOf("create address", ...parts, body),
			route: ADDRESSES,
			request: jsonRequest("POST", ADDRESSES, headers, ADDRESS_BODIES[body]),
			produces: ["address"],
		};
	});

/** An address of an earlier step, or an id no server has. */
const addressPath = (ctx: DraftContext, n: number): { path: string; part: string } => {
	const step = ctx.pick("address", n);
	return step === undefined
		? { path: `${ADDRESSES}/addr_does_not_exist`, part: "unknown address" }
		: { path: `${ADDRESSES}/${ref("address", step)}`, part: `address of step ${step}` };
};

export const changeAddressDraft: fc.Arbitrary<Draft> = fc
	.record({ auth: authArb, key: keyArb, n: fc.nat(40), change: fc.constantFrom("new city", "unknown field", "delete", "delete") })
	.map(({ auth, key, n, change }) => (ctx) => {
		const { headers, parts } = storeAuth(ctx, auth, key);
		const { path, part } = addressPath(ctx, n);
		const request =
			change === "delete" ? { method: "DELETE", path, headers }
			: jsonRequest("POST", path, headers, change === "new city" ? { city: "Aarhus" } : { floor: 3 });
		return { label: labelOf(change === "delete" ? "delete address" : "update address", ...parts, part, change === "delete" ? undefined : change), route: `${ADDRESSES}/{id}`, request, produces: [] };
	});
