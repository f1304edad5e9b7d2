// What the publishable-key checks share: the two not_allowed answers (FACTS.md §A.10; observed
// 05g, 05h) and a /store request with a chosen key header, or none.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";

export const KEY_REQUIRED = {
	type: "not_allowed",
	message: "Publishable API key required in the request header: x-publishable-api-key. You can manage your keys in settings in the dashboard.",
};

export const KEY_INVALID = { type: "not_allowed", message: "A valid publishable key is required to proceed with the request" };

/** A /store request with `key` as x-publishable-api-key (none when undefined) and no cookies. */
export const storeRequest = (ctx: CheckContext, path: string, key: string | undefined, bearer?: string): Promise<Reply> =>
	ctx.request({ path, bearer, headers: key === undefined ? {} : { "x-publishable-api-key": key }, useJar: false });

/** A well-formed publishable key (pk_ + 64 hex digits) that is none of the run's configured keys. */
export const unknownWellFormedKey = (ctx: CheckContext): string => {
	const configured = [ctx.config.publishableKey, ctx.config.otherPublishableKey, ctx.config.revokedPublishableKey];
	const candidates = [`pk_${"0".repeat(60)}beef`, `pk_${"f".repeat(64)}`];
	return candidates.find((key) => !configured.includes(key)) as string;
};

export interface ProductPage {
	ids: string[];
	count: number;
}

/** Every product id GET /store/products lists for `key` (none when undefined), following offset pages (at most 20). */
export const listProductIds = async (ctx: CheckContext, key: string | undefined, what: string): Promise<ProductPage> => {
	const ids: string[] = [];
	let count = 0;
	for (let page = 0; page < 20; page++) {
		const reply = await storeRequest(ctx, `/store/products?offset=${ids.length}`, key);
		ctx.expect.status(reply, 200, `${what}: GET /store/products?offset=${ids.length}`);
		const body = reply.body as { products?: Array<{ id?: unknown }>; count?: unknown } | undefined;
		ctx.expect.that(Array.isArray(body?.products) && typeof body.count === "number", `${what}: expected {products: [...], count}`, {
			actual: reply.text.slice(0, 300),
			exchange: reply.exchange,
		});
		count = body.count;
		ids.push(...body.products.map((product) => String(product.id)));
		if (body.products.length === 0 || ids.length >= count) break;
	}
	return { ids, count };
};
