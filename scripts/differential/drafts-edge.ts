// Drafts at the edges of the contract: admin lists with query variants (API keys scoped to the
// program's own), creating API keys, bodies that are not a JSON object (or not JSON), and methods
// a route does not serve, with and without a CORS preflight.
import fc from "fast-check";
import { type AuthChoice, authArb, authHeaders, type Draft, type DraftContext, jsonRequest, labelOf, keyHeaders } from "./draft.ts";
import { adminLogin } from "./drafts-auth.ts";
import { ref, type Step } from "./steps.ts";

const ADMIN_QUERIES = ["", "", "?limit=1", "?limit=0&offset=0", "?limit=abc", "?offset=-1", "?unknown_key=1", "?fields=id", "?order=-created_at"];

/** Mostly the admin's token, so that the requests reach the route rather than the 401. */
const adminAuthArb = fc.oneof({ arbitrary: authArb.map((auth) => ({ ...auth, via: "bearer" as const })), weight: 3 }, { arbitrary: authArb, weight: 1 });

/** An admin request's headers; with a bearer and no admin login before it, the login step it needs first. */
const adminAccess = (ctx: DraftContext, auth: AuthChoice): { login?: Step; headers: Record<string, string>; label: string } => {
	if (auth.via !== "bearer" || ctx.pick("admin-token", 0) !== undefined) return authHeaders(ctx, auth, "admin-token");
	return { login: adminLogin(ctx.facts, "right password"), headers: { authorization: `Bearer ${ref("token", ctx.steps.length)}` }, label: `bearer of step ${ctx.steps.length}` };
};

const withLogin = (login: Step | undefined, step: Step): Step | [Step, Step] => (login ? [login, step] : step);

export const adminListDraft: fc.Arbitrary<Draft> = fc
	.record({ path: fc.constantFrom("/admin/products", "/admin/api-keys"), query: fc.constantFrom(...ADMIN_QUERIES), auth: adminAuthArb })
	.map(({ path, query, auth }) => (ctx) => {
		const { login, headers, label } = adminAccess(ctx, auth);
		// Each server holds API keys of its own; asked for this program's keys alone (apiKeyCreateDraft), the lists compare.
		const scoped = path === "/admin/api-keys" ? `${query}${query ? "&" : "?"}q=${ctx.facts.tag}` : query;
		const list: Step = { label: labelOf("admin list", label, query), route: path, request: { method: "GET", path: `${path}${scoped}`, headers }, produces: [] };
		return withLogin(login, list);
	});

/** An API key titled with the program's tag, so that the program's scoped lists find it on both servers. */
export const apiKeyCreateDraft: fc.Arbitrary<Draft> = fc
	.record({ type: fc.constantFrom("publishable", "secret", "bogus"), auth: adminAuthArb })
	.map(({ type, auth }) => (ctx) => {
		const { login, headers, label } = adminAccess(ctx, auth);
		const create: Step = {
			label: labelOf("create API key", label, type),
			route: "/admin/api-keys",
			request: jsonRequest("POST", "/admin/api-keys", headers, { title: `${ctx.facts.tag}-${type}`, type }),
			produces: [],
		};
		return withLogin(login, create);
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
