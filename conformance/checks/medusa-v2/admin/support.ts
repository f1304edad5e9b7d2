// What the admin checks share: GET /admin/products with a chosen Authorization header, or none, and a secret key of their own.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";

/** GET /admin/products?limit=1 (as recorded in observed 09b) with this Authorization header, no cookies. */
export const adminProducts = (ctx: CheckContext, authorization?: string): Promise<Reply> =>
	ctx.request({ path: "/admin/products?limit=1", headers: authorization === undefined ? {} : { authorization }, useJar: false });

/** A new secret API key made by the admin (POST /admin/api-keys): its id and its token, shown this once. */
export const createSecretKey = async (ctx: CheckContext, adminBearer: string): Promise<{ id: string; token: string }> => {
	const created = await ctx.request({ path: "/admin/api-keys", bearer: adminBearer, json: { title: `gatecheck ${ctx.uniqueEmail("key")}`, type: "secret" } });
	ctx.expect.status(created, 200, "POST /admin/api-keys");
	const key = (created.body as { api_key?: { id?: unknown; token?: unknown } } | undefined)?.api_key;
	ctx.expect.that(typeof key?.id === "string" && typeof key.token === "string" && key.token.startsWith("sk_"), 'POST /admin/api-keys: expected {api_key: {id, token: "sk_…"}}', {
		exchange: created.exchange,
	});
	return { id: key?.id as string, token: key?.token as string };
};
