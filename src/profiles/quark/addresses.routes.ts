// The account's addresses (seed 003: "*/api/storefront/addresses/*  Address management"), for a
// Customer's token only: list, add (201), replace and remove (204). At most one is the default:
// marking one so unmarks the others. The routes are reference choices (README).
import { Elysia } from "elysia";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import {
	ADDRESS,
	ADDRESSES,
	BEARER,
	BODY_REFUSALS,
	bodyOf,
	bodyRefusalsOrMessage400,
	CUSTOMER_ONLY,
	notFoundOr,
	RATE_LIMITED,
} from "./api-schemas.ts";
import { ACCOUNT_LIMITS, type AccountData, type Address } from "./accounts.ts";
import { requireCustomer } from "./authenticate.ts";
import { quarkError } from "./errors.ts";
import { guidParameter } from "./path-ids.ts";
import { protectedPrefix } from "./protected-prefix.ts";
import { readBody } from "./request-body.ts";
import { ADDRESS_REQUEST } from "./requests.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { addressView } from "./views.ts";

const addressFrom = (id: string, fields: Record<string, unknown>): Address => ({
	id,
	firstName: fields.firstName as string,
	lastName: fields.lastName as string,
	line1: fields.line1 as string,
	line2: (fields.line2 as string | null) ?? null,
	city: fields.city as string,
	postalCode: fields.postalCode as string,
	countryCode: (fields.countryCode as string).toUpperCase(),
	isDefault: (fields.isDefault as boolean | null) ?? false,
});

/** Keeps `address` (in place of the one with its id, or added), unmarking the others if it is the default. */
const keep = (data: AccountData, address: Address): void => {
	if (address.isDefault) for (const other of data.addresses) other.isDefault = false;
	const index = data.addresses.findIndex((candidate) => candidate.id === address.id);
	if (index === -1) data.addresses.push(address);
	else data.addresses[index] = address;
};

/** An address of another account is not found (indexOf). */
const NOT_FOUND = notFoundOr('No address of the caller\'s has the id: `{"message":"Address not found."}`');

const indexOf = (data: AccountData, id: unknown): number => {
	const index = data.addresses.findIndex((address) => address.id === guidParameter(id));
	if (index === -1) throw quarkError("ERR_NOT_FOUND", "Address not found.");
	return index;
};

export const addressRoutes = (rt: QuarkRuntime) =>
	new Elysia({ name: "quark/addresses" })
		.get("/api/storefront/addresses", async ({ request }) => {
			const { data } = await requireCustomer(rt, request, rt.clock.now());
			return jsonResponse(200, data.addresses.map(addressView));
		}, operation({
			summary: "The caller's addresses",
			description: 'Seed 003 ("Address management"), for a Customer\'s token; the route is a reference choice.',
			tags: ["addresses"],
			security: BEARER,
			answers: { 200: { description: "The addresses, in the order they were added.", schema: ADDRESSES }, ...CUSTOMER_ONLY, ...RATE_LIMITED },
		}))
		.post("/api/storefront/addresses", async ({ body, request }) => {
			const { data } = await requireCustomer(rt, request, rt.clock.now());
			const fields = readBody(request, body, ADDRESS_REQUEST);
			if (data.addresses.length >= ACCOUNT_LIMITS.addresses) throw quarkError("ERR_BAD_REQUEST", `An account keeps at most ${ACCOUNT_LIMITS.addresses} addresses.`);
			const address = addressFrom(crypto.randomUUID(), fields);
			keep(data, address);
			return jsonResponse(201, addressView(address));
		}, operation({
			summary: "Add an address",
			description: "For a Customer's token. `countryCode` is kept upper-cased; an address marked default unmarks the others.",
			tags: ["addresses"],
			security: BEARER,
			body: bodyOf(ADDRESS_REQUEST),
			answers: {
				201: { description: "The address, with its new id.", schema: ADDRESS },
				...CUSTOMER_ONLY,
				...bodyRefusalsOrMessage400(
					`an account at its ${ACCOUNT_LIMITS.addresses} addresses, \`{"message":"An account keeps at most ${ACCOUNT_LIMITS.addresses} addresses."}\`.`,
				),
				...RATE_LIMITED,
			},
		}))
		.put("/api/storefront/addresses/:id", async ({ body, params, request }) => {
			const { data } = await requireCustomer(rt, request, rt.clock.now());
			const { id } = data.addresses[indexOf(data, params.id)] as Address;
			const address = addressFrom(id, readBody(request, body, ADDRESS_REQUEST));
			keep(data, address);
			return jsonResponse(200, addressView(address));
		}, operation({
			summary: "Replace an address",
			description: "For a Customer's token: the whole address, under the same id. An address marked default unmarks the others.",
			tags: ["addresses"],
			security: BEARER,
			body: bodyOf(ADDRESS_REQUEST),
			answers: { 200: { description: "The address.", schema: ADDRESS }, ...CUSTOMER_ONLY, ...NOT_FOUND, ...BODY_REFUSALS, ...RATE_LIMITED },
		}))
		.delete("/api/storefront/addresses/:id", async ({ params, request }) => {
			const { data } = await requireCustomer(rt, request, rt.clock.now());
			data.addresses.splice(indexOf(data, params.id), 1);
			return new Response(null, { status: 204 });
		}, operation({
			summary: "Remove an address",
			description: "For a Customer's token. Orders keep the address they were shipped to.",
			tags: ["addresses"],
			security: BEARER,
			answers: { 204: { description: "Removed; no body." }, ...CUSTOMER_ONLY, ...NOT_FOUND, ...RATE_LIMITED },
		}))
		.use(protectedPrefix(rt, "/api/storefront/addresses", "addresses"));
