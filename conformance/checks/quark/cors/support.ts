// What the quark CORS checks share: a storefront's preflight of a JSON login (README: the origins of
// QUARK_CORS get Access-Control-Allow-Origin with credentials, on every /api answer), and an origin
// no CORS list should hold.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { LOGIN } from "../flows.ts";

export const FOREIGN_ORIGIN = "http://evil.example";

/** OPTIONS /api/auth/login as a browser sends it before a JSON POST from `origin`. */
export const preflightLogin = (ctx: CheckContext, origin: string): Promise<Reply> =>
	ctx.request({
		method: "OPTIONS",
		path: LOGIN,
		headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
		useJar: false,
	});

/** The login itself from `origin`: a body with no e-mail, answered with an error and no account touched. */
export const loginFrom = (ctx: CheckContext, origin: string): Promise<Reply> => ctx.request({ path: LOGIN, json: {}, headers: { origin }, useJar: false });

/** Whether a comma-separated header lists `name` (case-insensitive). */
export const lists = (reply: Reply, header: string, name: string): boolean =>
	(reply.headers.get(header) ?? "").split(",").some((entry) => entry.trim().toLowerCase() === name.toLowerCase());
