import type { CheckContext } from "../../../kit/context.ts";
import type { RequestSpec } from "../../../kit/http.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { FOREIGN_ORIGIN, varies } from "./support.ts";

// Each kind of answer: a listing, a validation 400, the login routes' text 401 and the middleware's 401 (fact 2).
const requests = (ctx: CheckContext): Array<[string, RequestSpec]> => {
	const unknown = { email: ctx.uniqueEmail("unknown"), password: "not-the-password" };
	return [
		["GET /store/products", { path: "/store/products" }],
		["POST /store/auth/token with {}", { path: "/store/auth/token", json: {} }],
		["POST /store/auth with an unknown e-mail", { path: "/store/auth", json: unknown }],
		["GET /store/customers/me without credentials", { path: "/store/customers/me" }],
		["POST /admin/auth/token with an unknown e-mail", { path: "/admin/auth/token", json: unknown }],
		["GET /admin/auth without credentials", { path: "/admin/auth" }],
	];
};

export default defineMedusaV1Check({
	id: "medusa-v1/cors/vary-and-credentials",
	title: "Every /store and /admin answer carries Vary: Origin and Allow-Credentials",
	rule: "Answers under /store and /admin, successes and errors alike (a listing, a validation 400, a login's 401 and the auth middleware's 401), carry a Vary naming Origin and Access-Control-Allow-Credentials: true, with no Origin and with a foreign one, so that no cache serves one origin's CORS answer to another.",
	refs: ["observed:envelope", "observed:15"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		for (const [request, spec] of requests(ctx))
			for (const origin of [undefined, FOREIGN_ORIGIN]) {
				const what = origin === undefined ? request : `${request} from ${origin}`;
				const reply = await ctx.request({ ...spec, headers: origin === undefined ? {} : { origin }, useJar: false });
				ctx.expect.that(varies(reply, "Origin"), `${what}: Vary must name Origin`, { actual: reply.headers.get("vary"), exchange: reply.exchange });
				ctx.expect.header(reply, "access-control-allow-credentials", "true");
			}
	},
});
