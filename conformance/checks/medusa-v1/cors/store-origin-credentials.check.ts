import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerToken, me, newCustomer } from "../flows.ts";
import { preflight, STORE_PREFLIGHTS, storeOrigin } from "./support.ts";

// Seed 001 tells storefronts to fetch with `credentials: "include"`; a browser lets such a request
// through only when the preflight and the answer name the origin and allow credentials.
export default defineMedusaV1Check({
	id: "medusa-v1/cors/store-origin-credentials",
	title: "The storefront's origin may send credentialed requests to /store",
	rule: `From the storefront's origin (--cors-origin), the preflights ${STORE_PREFLIGHTS.map(([path, method]) => `${method} ${path}`).join(" and ")} answer 2xx, and GET /store/customers/me with a customer's bearer answers 200; all three with Access-Control-Allow-Origin: <that origin> and Access-Control-Allow-Credentials: true.`,
	refs: ["seed:credentials-include", "observed:15"],
	tier: "contract",
	severity: "interoperability",
	requires: ["cors-origin", "customer-registration"],
	async run(ctx: CheckContext) {
		const origin = storeOrigin(ctx);
		for (const [path, method, requested] of STORE_PREFLIGHTS) {
			const reply = await preflight(ctx, path, origin, method, requested);
			ctx.expect.that(reply.status >= 200 && reply.status < 300, `OPTIONS ${path} from ${origin}: expected 2xx, got ${reply.status}`, {
				actual: reply.status,
				exchange: reply.exchange,
			});
			ctx.expect.header(reply, "access-control-allow-origin", origin);
			ctx.expect.header(reply, "access-control-allow-credentials", "true");
		}
		const reply = await me(ctx, { bearer: await customerToken(ctx, await newCustomer(ctx)), headers: { origin } });
		ctx.expect.status(reply, 200, `GET /store/customers/me from ${origin}`);
		ctx.expect.header(reply, "access-control-allow-origin", origin);
		ctx.expect.header(reply, "access-control-allow-credentials", "true");
	},
});
