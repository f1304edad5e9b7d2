// What the CORS checks share (observed 14): a preflight as a browser sends it, and reading the
// comma-separated Vary header.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";

export const EVIL_ORIGIN = "http://evil.example";
export const ALLOWED_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE";

export const preflight = (ctx: CheckContext, path: string, origin: string, method: string, requestHeaders?: string): Promise<Reply> =>
	ctx.request({
		method: "OPTIONS",
		path,
		headers: {
			origin,
			"access-control-request-method": method,
			...(requestHeaders === undefined ? {} : { "access-control-request-headers": requestHeaders }),
		},
		useJar: false,
	});

/** Whether a Vary header names `field` (case-insensitive, as one of its comma-separated entries). */
export const varies = (reply: Reply, field: string): boolean =>
	(reply.headers.get("vary") ?? "")
		.split(",")
		.some((entry) => entry.trim().toLowerCase() === field.toLowerCase() || entry.trim() === "*");
