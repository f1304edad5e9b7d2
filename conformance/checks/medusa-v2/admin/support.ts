// What the admin checks share: GET /admin/products with a chosen Authorization header, or none.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";

/** GET /admin/products?limit=1 (as recorded in observed 09b) with this Authorization header, no cookies. */
export const adminProducts = (ctx: CheckContext, authorization?: string): Promise<Reply> =>
	ctx.request({ path: "/admin/products?limit=1", headers: authorization === undefined ? {} : { authorization }, useJar: false });
