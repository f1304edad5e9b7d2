// What the permissions checks share: a write every role but the read-only one may make (creating a
// publishable key, the seed's own example of admin work), and the support user's bearer token.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { login, tokenOf } from "../../medusa-v2/flows.ts";
import { credentialsOf } from "../admin-panel/support.ts";

/** The body of POST /admin/api-keys; harmless if a broken target lets the write through. */
export const probeKey = (ctx: CheckContext): { title: string; type: string } => ({ title: `gatecheck ${ctx.id}`, type: "publishable" });

export const supportToken = async (ctx: CheckContext): Promise<string> =>
	tokenOf(ctx, await login(ctx, credentialsOf(ctx, "support"), "user"), "POST /auth/user/emailpass as the support user");

/** GET /admin/products?limit=1 and POST /admin/api-keys with this Authorization header (or none). */
export const readAndWrite = async (ctx: CheckContext, authorization?: string): Promise<{ read: Reply; write: Reply }> => {
	const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
	const read = await ctx.request({ path: "/admin/products?limit=1", headers, useJar: false });
	const write = await ctx.request({ path: "/admin/api-keys", headers, json: probeKey(ctx), useJar: false });
	return { read, write };
};
