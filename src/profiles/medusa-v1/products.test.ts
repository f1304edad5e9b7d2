// GET /store/products and GET /store/products/:id against medusa-v1-observed.md fact 41 and the
// recorded exchanges (transcript 13; recorded/20–23), with the departure of N12: a revoked, unknown or
// channel-less key is no key.
import { describe, expect, test } from "bun:test";
import { FixturesError, loadFixtures } from "../../core/fixtures.ts";
import { keyPaths, recordedBody, recordedExchanges } from "../../../test/support/recorded.ts";
import { call, fixturesPath, makeTestApp, PUBLISHABLE_KEY, REVOKED_KEY, WHOLESALE_KEY } from "../../../test/support/test-app.ts";
import medusaV1 from "./index.ts";

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];
type Fixtures = Record<string, unknown> & { products: Array<Record<string, unknown>>; publishable_keys: Array<Record<string, unknown>> };

interface ProductList {
	products: Array<Record<string, unknown> & { id: string; handle: string; sales_channels?: Array<{ id: string; name: string }> }>;
	count: number;
	offset: number;
	limit: number;
}

const CHANNEL_LESS_KEY = "pk_0000000000000000000000000000000000000000000000000000000000000009";
const DEFAULT_CHANNEL = ["t-shirt", "sweatshirt", "sweatpants"];
const WHOLESALE = ["sweatpants", "mug-crate"];
const MUG_CRATE = "prod_01JGATECHECKPRD00000000004";

const fixtures = async (): Promise<Fixtures> => (await loadFixtures(fixturesPath("medusa-v1"))) as Fixtures;

/** The profile's fixtures with a key linked to no channel besides the others. */
const withChannelLessKey = async (): Promise<Fixtures> => {
	const base = await fixtures();
	base.publishable_keys.push({ id: "apk_01JGATECHECKPKY00000000009", title: "No channel", token: CHANNEL_LESS_KEY, sales_channels: [] });
	return base;
};

const app = async (seed?: Record<string, unknown>): Promise<App> =>
	(await makeTestApp({ profile: medusaV1, ...(seed ? { fixtures: seed } : {}) })).app;

const list = async (server: App, query = "", key?: string): Promise<ProductList> => {
	const response = await call(server, `/store/products${query}`, { headers: key === undefined ? {} : { "x-publishable-api-key": key } });
	expect(response.status).toBe(200);
	return (await response.json()) as ProductList;
};

const handles = (body: ProductList): string[] => body.products.map((product) => product.handle);

describe("GET /store/products", () => {
	test("41: no key and the default key see the default channel, the wholesale key its own; N12: revoked, unknown and channel-less keys are no key", async () => {
		const server = await app(await withChannelLessKey());
		const cases: Array<[string | undefined, string[]]> = [
			[undefined, DEFAULT_CHANNEL],
			[PUBLISHABLE_KEY, DEFAULT_CHANNEL],
			[WHOLESALE_KEY, WHOLESALE],
			[REVOKED_KEY, DEFAULT_CHANNEL],
			["pk_invalid", DEFAULT_CHANNEL],
			[CHANNEL_LESS_KEY, DEFAULT_CHANNEL],
			["", DEFAULT_CHANNEL],
		];
		for (const [key, expected] of cases) {
			const body = await list(server, "", key);
			expect([key, handles(body), body.count]).toEqual([key, expected, expected.length]);
		}
	});

	test("sales_channels only with a live key linked to channels, and then every channel of the product (recorded 21)", async () => {
		const server = await app(await withChannelLessKey());
		for (const key of [undefined, REVOKED_KEY, "pk_invalid", CHANNEL_LESS_KEY])
			for (const product of (await list(server, "", key)).products) expect([key, "sales_channels" in product]).toEqual([key, false]);
		const channelsOf = (body: ProductList) => Object.fromEntries(body.products.map((product) => [product.handle, product.sales_channels?.map((channel) => channel.name)]));
		expect(channelsOf(await list(server, "", PUBLISHABLE_KEY))).toEqual({
			"t-shirt": ["Default Sales Channel"],
			sweatshirt: ["Default Sales Channel"],
			sweatpants: ["Default Sales Channel", "Wholesale"],
		});
		expect(channelsOf(await list(server, "", WHOLESALE_KEY))).toEqual({ sweatpants: ["Default Sales Channel", "Wholesale"], "mug-crate": ["Wholesale"] });
	});

	test("13: the body and every product have upstream's keys in upstream's order, with a key and without", async () => {
		const server = await app();
		const recorded = (label: string) => keyPaths(recordedBody("medusa-v1/transcripts/13-publishable-key", label));
		expect(keyPaths(await list(server))).toEqual(recorded("no publishable key"));
		expect(keyPaths(await list(server, "", PUBLISHABLE_KEY))).toEqual(recorded("key 'oracle' (default sales channel)"));
	});

	test("13: the values of a product as upstream writes them; options and variants from the fixtures", async () => {
		const [tShirt] = (await list(await app(), "", PUBLISHABLE_KEY)).products;
		expect(tShirt).toMatchObject({ status: "published", discountable: true, is_giftcard: false, images: [], tags: [], type: null, collection: null });
		expect(tShirt?.profiles).toEqual([
			{ id: "sp_01JGATECHECKSHP00000000001", created_at: tShirt?.created_at, updated_at: tShirt?.created_at, deleted_at: null, name: "Default Shipping Profile", type: "default", metadata: null },
		]);
		expect(tShirt?.sales_channels?.[0]).toMatchObject({ id: "sc_01JGATECHECKSCH00000000001", description: "Created by Medusa", is_disabled: false, metadata: null });
		const [size] = tShirt?.options as Array<{ title: string; values: Array<{ value: string; variant_id: string }> }>;
		expect(size?.values.map((value) => [value.value, value.variant_id])).toEqual([
			["S", "variant_01JGATECHECKVAR00000000001"],
			["M", "variant_01JGATECHECKVAR00000000002"],
		]);
		const variants = tShirt?.variants as Array<Record<string, unknown> & { prices: Array<Record<string, unknown>> }>;
		expect(variants.map((variant) => [variant.title, variant.variant_rank, variant.inventory_quantity, variant.calculated_price])).toEqual([
			["S", 0, 100, null],
			["M", 1, 100, null],
		]);
		expect(variants[1]?.prices.map((price) => [price.currency_code, price.amount, price.variant_id])).toEqual([
			["usd", 1950, "variant_01JGATECHECKVAR00000000002"],
			["eur", 1750, "variant_01JGATECHECKVAR00000000002"],
		]);
	});

	test("13, 14e: newest created_at first, products of the same instant in fixture order", async () => {
		const seed = await fixtures();
		const [tShirt, sweatshirt, sweatpants] = seed.products;
		Object.assign(tShirt ?? {}, { created_at: "2026-12-06T20:18:47.994Z" });
		Object.assign(sweatshirt ?? {}, { created_at: "2026-12-06T20:18:47.994Z" });
		Object.assign(sweatpants ?? {}, { created_at: "2026-12-06T20:18:51.974Z" });
		const body = await list(await app(seed));
		expect(handles(body)).toEqual(["sweatpants", "t-shirt", "sweatshirt"]);
		expect(body.products.map((product) => product.created_at)).toEqual(["2026-12-06T20:18:51.974Z", "2026-12-06T20:18:47.994Z", "2026-12-06T20:18:47.994Z"]);
	});

	test("20, 22: limit and offset, 100 to a page; a limit of 0 is none, a fractional one rounds, and the answer echoes what was read", async () => {
		const server = await app();
		const page = async (query: string) => {
			const body = await list(server, query);
			return [handles(body), body.count, body.offset, body.limit];
		};
		expect(await page("")).toEqual([DEFAULT_CHANNEL, 3, 0, 100]);
		expect(await page("?limit=1")).toEqual([["t-shirt"], 3, 0, 1]);
		expect(await page("?limit=1&offset=1")).toEqual([["sweatshirt"], 3, 1, 1]);
		expect(await page("?offset=5")).toEqual([[], 3, 5, 100]);
		expect(await page("?limit=0")).toEqual([DEFAULT_CHANNEL, 3, 0, 0]);
		expect(await page("?limit=")).toEqual([DEFAULT_CHANNEL, 3, 0, 0]);
		expect(await page("?limit=1.5")).toEqual([["t-shirt", "sweatshirt"], 3, 0, 1.5]);
		expect(await page("?offset=1.5")).toEqual([["sweatpants"], 3, 1.5, 100]);
		expect(await page("?limit=1e1")).toEqual([DEFAULT_CHANNEL, 3, 0, 10]);
		expect(await page("?limit=%202%20")).toEqual([["t-shirt", "sweatshirt"], 3, 0, 2]);
	});

	test("22: a limit or offset that is no number gets upstream's 400, word for word; a negative one a 400 too (upstream: 500)", async () => {
		const server = await app();
		// The recorded 400s of /store/products but the unknown parameter's: the reference reads no other parameter.
		const recorded = recordedExchanges("medusa-v1/recorded/22-list-query-validation").filter(
			({ label, response }) => label.startsWith("/store/products?") && response.status === 400 && !label.includes("foo="),
		);
		expect(recorded.length).toBe(3);
		for (const { request, response } of recorded) {
			const answer = await call(server, request.path);
			expect([request.path, answer.status, await answer.text()]).toEqual([request.path, 400, response.body_text]);
		}
		for (const [query, message] of [
			["limit=-1", "limit must not be less than 0"],
			["offset=-1&limit=x", "offset must not be less than 0, limit must be a number conforming to the specified constraints"],
		]) {
			const answer = await call(server, `/store/products?${query}`);
			expect([answer.status, await answer.json()]).toEqual([400, { type: "invalid_data", message }]);
		}
	});
});

describe("GET /store/products/:id", () => {
	test("23: an id no product has is the 404 naming it, whatever the key; one that is no percent-encoding a 400", async () => {
		const server = await app();
		const recorded = recordedExchanges("medusa-v1/recorded/23-store-product-unknown-id").filter(({ request }) => !request.path.includes("?"));
		expect(recorded.length).toBe(6);
		for (const { request, response } of recorded) {
			const answer = await call(server, request.path, { headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])) });
			expect([request.path, answer.status, await answer.text()]).toEqual([request.path, 404, response.body_text]);
		}
		const unknown = await call(server, "/store/products/prod_nope", { headers: { "x-publishable-api-key": PUBLISHABLE_KEY } });
		expect(await unknown.json()).toEqual({ type: "not_found", message: "Product with id: prod_nope was not found" });
		const undecodable = await call(server, "/store/products/%");
		expect([undecodable.status, await undecodable.json()]).toEqual([400, { type: "invalid_data", message: "The id in the path is not valid percent-encoding" }]);
	});

	test("20: a product of the request's channels is {product}, the list's product without sales_channels even with a key", async () => {
		const server = await app();
		const [first] = (await list(server)).products;
		for (const key of [undefined, PUBLISHABLE_KEY]) {
			const response = await call(server, `/store/products/${first?.id}`, { headers: key === undefined ? {} : { "x-publishable-api-key": key } });
			expect(response.status).toBe(200);
			expect(await response.json()).toEqual({ product: first });
		}
		expect(keyPaths({ product: first })).toEqual(keyPaths(recordedBody("medusa-v1/recorded/20-store-products-paging-and-single", "default key: GET /store/products/<oracle-tee>")));
	});

	test("20: a live key's request for a product of none of its channels gets upstream's 400; N12: without a live key, a product outside the default channel is not found", async () => {
		const server = await app(await withChannelLessKey());
		const outside = await call(server, `/store/products/${MUG_CRATE}`, { headers: { "x-publishable-api-key": PUBLISHABLE_KEY } });
		expect([outside.status, await outside.json()]).toEqual([
			400,
			{
				errors: [`Product with id: ${MUG_CRATE} is not associated with sales channels defined by the Publishable API Key passed in the header of the request.`],
				message: "Provided request body contains errors. Please check the data and retry the request",
			},
		]);
		for (const key of [undefined, REVOKED_KEY, "pk_invalid", CHANNEL_LESS_KEY]) {
			const hidden = await call(server, `/store/products/${MUG_CRATE}`, { headers: key === undefined ? {} : { "x-publishable-api-key": key } });
			expect([key, hidden.status, await hidden.json()]).toEqual([key, 404, { type: "not_found", message: `Product with id: ${MUG_CRATE} was not found` }]);
		}
		expect((await call(server, `/store/products/${MUG_CRATE}`, { headers: { "x-publishable-api-key": WHOLESALE_KEY } })).status).toBe(200);
	});
});

describe("medusa-v1 product fixtures", () => {
	test("a file without options, variants, dates, descriptions or a shipping profile still loads", async () => {
		const server = await app({
			sales_channels: [{ id: "sc_1", name: "Only" }],
			products: [{ id: "prod_1", title: "Bare", handle: "bare", sales_channels: ["sc_1"] }],
		});
		const [bare] = (await list(server)).products;
		expect(bare).toMatchObject({ description: null, options: [], variants: [], profile_id: "sp_01JGATECHECKSHP00000000001" });
	});

	test("a channel or an option no record has, or a date that is no ISO time, is refused with where it goes wrong", async () => {
		const broken = async (change: (seed: Fixtures) => void): Promise<unknown> => {
			const seed = await fixtures();
			change(seed);
			return app(seed).catch((error: unknown) => error);
		};
		const cases: Array<[(seed: Fixtures) => void, RegExp]> = [
			[(seed) => Object.assign(seed.products[0] ?? {}, { sales_channels: ["sc_missing"] }), /^products\[0\]\.sales_channels\[0\]: "sc_missing" is not a sales channel of this file$/],
			[(seed) => Object.assign(seed.products[1] ?? {}, { options: [] }), /^products\[1\]\.variants\[0\]\.options\[0\]\.option_id: "opt_01JGATECHECKPTN00000000002" is not an option of products\[1\]$/],
			[(seed) => Object.assign(seed.products[0] ?? {}, { created_at: "yesterday" }), /^products\[0\]\.created_at: expected an ISO 8601 UTC time/],
			[(seed) => Object.assign(seed, { shipping_profile: { id: "sp_1" } }), /^shipping_profile\.name: missing; expected a string$/],
		];
		for (const [change, message] of cases) {
			const error = await broken(change);
			expect(error).toBeInstanceOf(FixturesError);
			expect((error as Error).message).toMatch(message);
		}
	});
});
