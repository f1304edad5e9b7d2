// Drafts at the edges of the contract: admin lists with query variants, bodies that are not a JSON
// object (or not JSON), and methods a route does not serve, with and without a CORS preflight.
import fc from "fast-check";
import { authArb, authHeaders, type Draft, labelOf, keyHeaders } from "./draft.ts";
import { adminLogin } from "./drafts-auth.ts";
import { ref, type Step } from "./steps.ts";

const ADMIN_QUERIES = ["", "", "?limit=1", "?limit=0&offset=0", "?limit=abc", "?offset=-1", "?unknown_key=1", "?fields=id", "?order=-created_at"];

export const adminListDraft: fc.Arbitrary<Draft> = fc
	.record({
		path: fc.constantFrom("/admin/products", "/admin/api-keys"),
		query: fc.constantFrom(...ADMIN_QUERIES),
		// Mostly the admin's token, so that the queries reach the route rather than the 401.
		auth: fc.oneof({ arbitrary: authArb.map((auth) => ({ ...auth, via: "bearer" as const })), weight: 3 }, { arbitrary: authArb, weight: 1 }),
	})
	.map(({ path, query, auth }) => (ctx) => {
		// A bearer list with no admin login before it logs in first, or it would only ever meet the 401.
		const login = auth.via === "bearer" && ctx.pick("admin-token", 0) === undefined ? adminLogin(ctx.facts, "right password") : undefined;
		const { headers, label } = login
			? { headers: { authorization: `Bearer ${ref("token", ctx.steps.length)}` }, label: `bearer of step ${ctx.steps.length}` }
			: authHeaders(ctx, auth, "admin-token");
		const list: Step = { label: labelOf("admin list", label, query), route: path, request: { method: "GET", path: `${path}${query}`, headers }, produces: [] };
		return login ? [login, list] : list;
	});

/** POST routes whose body parsing is worth comparing; /store/customers needs the key to get that far. */
const BODY_ROUTES = ["/auth/customer/emailpass", "/auth/customer/emailpass/register", "/auth/customer/emailpass/reset-password", "/store/customers", "/auth/session"];

/** Bodies as bytes and the Content-Type they go with (none: the client's default). */
const RAW_BODIES: Record<string, { contentType?: string; body: string }> = {
	"JSON number": { contentType: "application/json", body: "1" },
	"JSON null": { contentType: "application/json", body: "null" },
	"JSON string": { contentType: "application/json", body: '"x"' },
	"JSON array": { contentType: "application/json", body: "[]" },
	"truncated JSON": { contentType: "application/json", body: '{"email":' },
	"malformed JSON": { contentType: "application/json", body: "{email: 1}" },
	"empty JSON body": { contentType: "application/json", body: "" },
	"form-encoded": { contentType: "application/x-www-form-urlencoded", body: "email=nobody%40example.com&password=nothing" },
	"text/plain JSON": { contentType: "text/plain", body: '{"email":"nobody@example.com","password":"nothing"}' },
	"no Content-Type": { body: "" },
};

export const rawBodyDraft: fc.Arbitrary<Draft> = fc
	.record({ route: fc.constantFrom(...BODY_ROUTES), kind: fc.constantFrom(...Object.keys(RAW_BODIES)) })
	.map(({ route, kind }) => () => {
		const raw = RAW_BODIES[kind] ?? { body: "" };
		const headers = { ...(raw.contentType ? { "content-type": raw.contentType } : {}), ...(route.startsWith("/store") ? keyHeaders("own key") : {}) };
		return { label: labelOf("raw body", kind), route, request: { method: "POST", path: route, headers, body: { raw: raw.body } }, produces: [] };
	});

const POST_ONLY_ROUTES = ["/auth/customer/emailpass", "/auth/customer/emailpass/register", "/auth/session", "/auth/token/refresh", "/store/customers", "/auth/customer/emailpass/reset-password"];

export const wrongMethodDraft: fc.Arbitrary<Draft> = fc
	.record({
		route: fc.constantFrom(...POST_ONLY_ROUTES),
		method: fc.constantFrom("GET", "OPTIONS", "OPTIONS", "PUT"),
		origin: fc.constantFrom<string | undefined>(undefined, "http://localhost:8000", "http://evil.example"),
	})
	.map(({ route, method, origin }) => () => {
		// An OPTIONS with an Origin is a CORS preflight; without one, a plain OPTIONS.
		const preflight: Record<string, string> = method === "OPTIONS" && origin ? { "access-control-request-method": "POST", "access-control-request-headers": "content-type" } : {};
		const headers: Record<string, string> = { ...(origin ? { origin } : {}), ...preflight, ...(route.startsWith("/store") ? keyHeaders("own key") : {}) };
		return { label: labelOf(`${method} on a POST route`, origin && `Origin ${origin}`), route, request: { method, path: route, headers }, produces: [] };
	});
