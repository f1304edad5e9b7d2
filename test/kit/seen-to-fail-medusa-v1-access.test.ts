// The medusa-v1 admin, publishable-key, CORS and property checks are shown to pass on the reference
// and to fail on a server that breaks their rule: a named defect of the medusa-v1 reference, or a
// small broken target (a wrapper around the reference's handler that changes exactly one behaviour).
import { type Breakers, type Handler, seenToFail } from "../support/kit.ts";
import { decodeJwt, PUBLISHABLE_KEY, REVOKED_KEY, TEST_JWT_SECRET, WHOLESALE_KEY } from "../support/test-app.ts";

const PROFILE = "medusa-v1";
const AREAS = ["medusa-v1/admin/*", "medusa-v1/publishable-key/*", "medusa-v1/cors/*", "medusa-v1/properties/*"];
const RUN = { profile: PROFILE, options: { strict: true, hardening: true }, config: { jwtSecret: TEST_JWT_SECRET } };

const pathOf = (request: Request): string => new URL(request.url).pathname;

/** A copy of `response` whose headers `edit` may change. */
const editHeaders = async (response: Response, edit: (headers: Headers) => void, status = response.status): Promise<Response> => {
	const headers = new Headers(response.headers);
	edit(headers);
	return new Response(status === 204 ? null : await response.arrayBuffer(), { status, headers });
};

/** A copy of `request` with other headers. */
const withHeaders = (request: Request, edit: (headers: Headers) => void): Request => {
	const headers = new Headers(request.headers);
	edit(headers);
	return new Request(request.url, { method: request.method, headers, body: request.body, duplex: "half" } as RequestInit);
};

const bearerDomain = (request: Request): unknown => {
	const token = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
	try {
		return token === undefined ? undefined : decodeJwt(token).domain;
	} catch {
		return undefined;
	}
};

const FIXTURE_KEYS = [PUBLISHABLE_KEY, WHOLESALE_KEY, REVOKED_KEY];

/** Upstream's N12: GET /store/products with a key that `widens` holds for lists every channel's products. */
const widensFor =
	(widens: (key: string) => boolean) =>
	(handle: Handler): Handler =>
	async (request) => {
		const key = request.headers.get("x-publishable-api-key");
		if (request.method !== "GET" || pathOf(request) !== "/store/products" || key === null || !widens(key)) return handle(request);
		const byId = new Map<string, unknown>();
		for (const channelKey of [PUBLISHABLE_KEY, WHOLESALE_KEY]) {
			const listing = await handle(new Request("http://localhost/store/products", { headers: { "x-publishable-api-key": channelKey } }));
			for (const product of ((await listing.json()) as { products: Array<{ id: string }> }).products) byId.set(product.id, product);
		}
		const products = [...byId.values()];
		const offset = Number(new URL(request.url).searchParams.get("offset") ?? 0);
		return Response.json({ products: products.slice(offset), count: products.length, offset, limit: 100 });
	};

/** Each check, with what breaks its rule: a defect, or a wrapper of the reference's handler. */
const BREAKERS: Breakers = {
	"medusa-v1/admin/session-login": (handle) => async (request) => {
		const response = await handle(request);
		// The admin login answers {user} but opens no session.
		if (request.method !== "POST" || pathOf(request) !== "/admin/auth") return response;
		return editHeaders(response, (headers) => headers.delete("set-cookie"));
	},
	"medusa-v1/admin/token-login": (handle) => async (request) => {
		const response = await handle(request);
		// The admin JWT login answers `token` instead of `access_token`.
		if (request.method !== "POST" || pathOf(request) !== "/admin/auth/token" || response.status !== 200) return response;
		const { access_token } = (await response.json()) as { access_token: string };
		return Response.json({ token: access_token });
	},
	"medusa-v1/admin/token-lasts-a-day": "admin-token-lasts-30-days",
	"medusa-v1/admin/wrong-credentials-refused": "login-accepts-any-password",
	"medusa-v1/admin/logout": "logout-keeps-session",
	"medusa-v1/admin/customer-credentials-refused": (handle) => async (request) => {
		const response = await handle(request);
		// Credentials that are not an admin's get 403 on /admin instead of the 401.
		const credentials = request.headers.has("authorization") || request.headers.has("cookie");
		if (!pathOf(request).startsWith("/admin/") || response.status !== 401 || !credentials) return response;
		return Response.json({ type: "not_allowed", message: "Forbidden" }, { status: 403 });
	},
	"medusa-v1/admin/admin-credentials-refused-on-store": (handle) => async (request) => {
		// An admin JWT counts as a customer login on /store.
		if (request.method !== "GET" || !["/store/customers/me", "/store/auth"].includes(pathOf(request)) || bearerDomain(request) !== "admin")
			return handle(request);
		return Response.json({ customer: { id: "cus_01JGATECHECKCVS00000000001", email: "customer@example.com" } });
	},
	"medusa-v1/publishable-key/optional": (handle) => async (request) => {
		// /store requires a key, as Medusa v2 does.
		if (!pathOf(request).startsWith("/store/") || request.headers.has("x-publishable-api-key")) return handle(request);
		return Response.json({ type: "not_allowed", message: "Publishable API key required in the request header: x-publishable-api-key." }, { status: 400 });
	},
	"medusa-v1/publishable-key/unknown-key-ignored-by-customer-routes": (handle) => async (request) => {
		// /store refuses keys it does not know, as Medusa v2 does.
		const key = request.headers.get("x-publishable-api-key");
		if (!pathOf(request).startsWith("/store/") || key === null || FIXTURE_KEYS.includes(key)) return handle(request);
		return Response.json({ type: "not_allowed", message: "A valid publishable key is required to proceed with the request" }, { status: 400 });
	},
	"medusa-v1/publishable-key/scopes-products": (handle) => async (request) =>
		// The key is ignored: every request sees the default channel.
		handle(withHeaders(request, (headers) => headers.delete("x-publishable-api-key"))),
	"medusa-v1/publishable-key/unknown-key-does-not-widen": widensFor((key) => !FIXTURE_KEYS.includes(key)),
	"medusa-v1/publishable-key/revoked-key-does-not-widen": widensFor((key) => key === REVOKED_KEY),
	"medusa-v1/cors/store-origin-credentials": (handle) => async (request) =>
		// CORS without credentials: a storefront's `credentials: "include"` fetch is blocked.
		editHeaders(await handle(request), (headers) => headers.delete("access-control-allow-credentials")),
	"medusa-v1/cors/preflight-answer": (handle) => async (request) => {
		const response = await handle(request);
		// Preflights answer 200 instead of express cors' 204.
		return request.method === "OPTIONS" ? editHeaders(response, () => {}, 200) : response;
	},
	"medusa-v1/cors/foreign-origin-not-allowed": "cors-allow-any-origin",
	"medusa-v1/cors/vary-and-credentials": (handle) => async (request) => {
		const response = await handle(request);
		// Ordinary answers lose Vary, so a cache may serve one origin's CORS answer to another.
		return request.method === "OPTIONS" ? response : editHeaders(response, (headers) => headers.delete("vary"));
	},
	"medusa-v1/properties/error-shapes": (handle) => async (request) => {
		const response = await handle(request);
		// Validation errors lose their `type`.
		if (response.status !== 400 || !response.headers.get("content-type")?.startsWith("application/json")) return response;
		const { message } = (await response.json()) as { message: string };
		return Response.json({ message }, { status: 400 });
	},
	"medusa-v1/properties/never-5xx": "reset-500-for-accounts",
	"medusa-v1/properties/auth-model": "login-accepts-any-password",
};

seenToFail("medusa-v1 admin, publishable-key, CORS and property checks", AREAS, BREAKERS, RUN);
