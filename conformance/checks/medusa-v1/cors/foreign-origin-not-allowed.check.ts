import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { customerToken, me, newCustomer } from "../flows.ts";
import { FOREIGN_ORIGIN, preflight } from "./support.ts";

const PREFLIGHTS = [
	["/store/auth", "POST", "content-type"],
	["/store/customers/me", "GET", "authorization"],
	["/admin/auth", "POST", "content-type"],
] as const;

export default defineMedusaV1Check({
	id: "medusa-v1/cors/foreign-origin-not-allowed",
	title: "A foreign origin is never allowed to read answers",
	rule: `From an origin in neither STORE_CORS nor ADMIN_CORS (${FOREIGN_ORIGIN}), the preflights ${PREFLIGHTS.map(([path, method]) => `${method} ${path}`).join(", ")} answer 204 without Access-Control-Allow-Origin, and GET /store/customers/me with a customer's bearer is still served (200) without Access-Control-Allow-Origin: the browser, not the server, withholds the answer.`,
	refs: ["observed:15"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		for (const [path, method, requested] of PREFLIGHTS) {
			const reply = await preflight(ctx, path, FOREIGN_ORIGIN, method, requested);
			ctx.expect.status(reply, 204, `OPTIONS ${path} from ${FOREIGN_ORIGIN}`);
			ctx.expect.header(reply, "access-control-allow-origin", null);
		}
		const reply = await me(ctx, { bearer: await customerToken(ctx, await newCustomer(ctx)), headers: { origin: FOREIGN_ORIGIN } });
		ctx.expect.status(reply, 200, `GET /store/customers/me from ${FOREIGN_ORIGIN}`);
		ctx.expect.header(reply, "access-control-allow-origin", null);
	},
});
