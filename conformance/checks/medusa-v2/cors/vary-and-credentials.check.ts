import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import type { RequestSpec } from "../../../kit/http.ts";
import { storeHeaders } from "../flows.ts";
import { EVIL_ORIGIN, varies } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/cors/vary-and-credentials",
	title: "Every /store, /auth and /admin JSON answer carries Vary: Origin and Allow-Credentials",
	rule: "JSON answers under /store, /auth and /admin, successes and errors alike (200, 400, 401), carry Vary: Origin and Access-Control-Allow-Credentials: true, whether or not the request has an Origin, so no cache serves one origin's CORS answer to another.",
	refs: ["observed:14", "observed:error-shapes"],
	tier: "observed",
	severity: "interoperability",
	requires: ["publishable-key"],
	async run(ctx: CheckContext) {
		const requests: Array<[string, RequestSpec]> = [
			["GET /store/products with the key", { path: "/store/products", headers: storeHeaders(ctx) }],
			["GET /store/products without a key", { path: "/store/products" }],
			["GET /store/customers/me without a token", { path: "/store/customers/me", headers: storeHeaders(ctx) }],
			["POST /auth/customer/emailpass with {}", { path: "/auth/customer/emailpass", json: {} }],
			["POST /auth/session without a bearer", { method: "POST", path: "/auth/session" }],
			["GET /admin/products without a token", { path: "/admin/products" }],
		];
		for (const [request, spec] of requests) {
			for (const origin of [undefined, EVIL_ORIGIN]) {
				const what = origin === undefined ? request : `${request} from ${origin}`;
				const headers = origin === undefined ? spec.headers : { ...spec.headers, origin };
				const reply = await ctx.request({ ...spec, headers, useJar: false });
				const json = reply.headers.get("content-type")?.startsWith("application/json") === true;
				ctx.expect.that(json, `${what}: expected a JSON answer`, { actual: reply.headers.get("content-type"), exchange: reply.exchange });
				ctx.expect.that(varies(reply, "Origin"), `${what}: Vary must name Origin`, { actual: reply.headers.get("vary"), exchange: reply.exchange });
				ctx.expect.header(reply, "access-control-allow-credentials", "true");
			}
		}
	},
});
