// What the medusa-v1 CORS checks share (facts 1, 47): a preflight as a browser sends it, the origin
// no CORS list holds, and reading the comma-separated Vary header.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";

export const FOREIGN_ORIGIN = "http://evil.example";
export const ALLOWED_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE";

/** The run's STORE_CORS origin (--cors-origin). */
export const storeOrigin = (ctx: CheckContext): string => {
	const origin = ctx.config.corsOrigin;
	ctx.expect.that(origin !== undefined, "this check needs --cors-origin");
	return origin;
};

export const preflight = (ctx: CheckContext, path: string, origin: string, method: string, requestHeaders: string): Promise<Reply> =>
	ctx.request({
		method: "OPTIONS",
		path,
		headers: { origin, "access-control-request-method": method, "access-control-request-headers": requestHeaders },
		useJar: false,
	});

/** Preflights a storefront sends: a login's JSON body, and a bearer on /me (transcript 15). */
export const STORE_PREFLIGHTS: ReadonlyArray<readonly [path: string, method: string, requestHeaders: string]> = [
	["/store/auth", "POST", "content-type"],
	["/store/customers/me", "GET", "authorization"],
];

/** Whether a Vary header names `field` (case-insensitive, as one of its comma-separated entries, or `*`). */
export const varies = (reply: Reply, field: string): boolean =>
	(reply.headers.get("vary") ?? "")
		.split(",")
		.some((entry) => entry.trim().toLowerCase() === field.toLowerCase() || entry.trim() === "*");
