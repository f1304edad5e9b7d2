// What the medusa-v1 publishable-key checks share (fact 41): /store requests with a chosen
// x-publishable-api-key (or none), every product id GET /store/products lists for it, and keys no
// server issued.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { listProductIds } from "../../medusa-v2/publishable-key/support.ts";

/** A request with `key` as x-publishable-api-key (none when undefined), no cookies. */
export const withKey = (ctx: CheckContext, path: string, key: string | undefined, spec: { json?: unknown; bearer?: string } = {}): Promise<Reply> =>
	ctx.request({ path, ...spec, headers: key === undefined ? {} : { "x-publishable-api-key": key }, useJar: false });

const keyName = (key: string | undefined): string => (key === undefined ? "no key" : `key ${key}`);

/** Every product id GET /store/products lists with `key` (none when undefined), following offset pages (medusa-v2's listProductIds: the same route and shape). */
export const listedProductIds = async (ctx: CheckContext, key: string | undefined): Promise<string[]> => (await listProductIds(ctx, key, `with ${keyName(key)}`)).ids;

/** Keys of no server: upstream's own example of one (transcript 13), and keys shaped like upstream's (pk_ + ULID) and the reference's (pk_ + 64 hex digits). */
export const unissuedKeys = (ctx: CheckContext): string[] => {
	const configured = [ctx.config.publishableKey, ctx.config.otherPublishableKey, ctx.config.revokedPublishableKey];
	return ["pk_invalid", `pk_01${"Z".repeat(24)}`, `pk_${"f".repeat(64)}`].filter((key) => !configured.includes(key));
};

/**
 * Fails unless `key` is refused with a 4xx or every product listed with it is also in the key-less
 * listing `keyless`: N12 lets a server treat such a key as no key or refuse it (400 not_allowed).
 */
export const expectNoWiderThanKeyless = async (ctx: CheckContext, key: string, keyless: readonly string[], what: string): Promise<void> => {
	const first = await withKey(ctx, "/store/products", key);
	if (first.status >= 400 && first.status < 500) return;
	const listed = await listedProductIds(ctx, key);
	const extra = listed.filter((id) => !keyless.includes(id));
	ctx.expect.that(extra.length === 0, `${what} lists products that GET /store/products without a key does not: ${extra.join(", ")}`, {
		expected: keyless,
		actual: listed,
	});
};
