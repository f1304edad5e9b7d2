// The panel's proxy (seed 000: "The admin's proxy routes automatically convert these to Bearer
// headers when calling /admin/* endpoints"). Upstream has no generic proxy route, so its path is a
// reference choice: ANY /app/api/admin/proxy/<rest> → the same method on /admin/<rest> with
// `Authorization: Bearer <medusa_token>`, only behind a valid admin_session, as upstream's
// middleware guards every /api/* route (FACTS.md §C: 401 {error:"Not authenticated", message:"Sesiune invalidă"}).
// The call stays in-process: the request runs through the routes of this same server (rt.handle).
import { coreError } from "../../core/errors.ts";
import { jsonResponse } from "../../http/respond.ts";
import type { CarphacomRuntime } from "./runtime.ts";
import { MEDUSA_TOKEN, readCookie, readPanelSession } from "./admin-panel-session.ts";
import { MESSAGES } from "./admin-panel-auth.ts";

export const PROXY_PREFIX = "/app/api/admin/proxy/";

/** Upstream's middleware marks every protected answer uncacheable. */
const NO_STORE = {
	"cache-control": "no-store, no-cache, must-revalidate, proxy-revalidate, max-age=0",
	pragma: "no-cache",
	expires: "0",
} as const;

const BODYLESS = new Set(["GET", "HEAD"]);

const noStore = (response: Response): Response => {
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(NO_STORE)) headers.set(name, value);
	return new Response(response.body, { status: response.status, headers });
};

/**
 * The forwarded request. Only what /admin/* reads is sent: the bearer from medusa_token (never the
 * caller's own Authorization or cookies), Accept, and the body already parsed by the profile's
 * parser, as JSON (the medusa-v2 parser reads JSON and forms into the same object).
 */
const forwarded = (request: Request, target: URL, body: unknown, token: string | undefined): Request => {
	const headers = new Headers();
	const accept = request.headers.get("accept");
	if (accept !== null) headers.set("accept", accept);
	if (token) headers.set("authorization", `Bearer ${token}`);
	const hasBody = !BODYLESS.has(request.method) && typeof body === "object" && body !== null && Object.keys(body).length > 0;
	if (hasBody) headers.set("content-type", "application/json");
	return new Request(target, { method: request.method, headers, body: hasBody ? JSON.stringify(body) : undefined });
};

/** The proxy handler; `body` is what the profile's parser made of the request. */
export const adminProxy = (rt: CarphacomRuntime): ((request: Request, body: unknown) => Promise<Response>) => {
	return async (request, body) => {
		const cookies = request.headers.get("cookie");
		const reading = await readPanelSession(cookies, rt.cookieSecret, rt.clock.now(), rt.policy.panel.sessionPayload);
		if (!reading.ok) return noStore(jsonResponse(401, { error: "Not authenticated", message: MESSAGES.sessionInvalid }));
		const url = new URL(request.url);
		const target = new URL(`/admin/${url.pathname.slice(PROXY_PREFIX.length)}${url.search}`, url.origin);
		// Dot segments, even percent-encoded ones, are resolved by URL parsing: refuse anything that left /admin/.
		if (!target.pathname.startsWith("/admin/"))
			throw coreError("ERR_NOT_FOUND", `Cannot ${request.method} ${url.pathname}`);
		return noStore(await rt.handle(forwarded(request, target, body, readCookie(cookies, MEDUSA_TOKEN))));
	};
};
