import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, me, UNAUTHORIZED } from "../flows.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/refusal-is-bare",
	title: "The auth middleware's 401 is a bare Unauthorized",
	rule: `GET /store/customers/me and GET /store/auth with no credentials or a garbage bearer answer 401 with the body exactly ${UNAUTHORIZED}, no Content-Type and no WWW-Authenticate.`,
	refs: ["observed:401-kinds", "observed:06"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const expectBare = (reply: Reply, what: string): void => {
			ctx.expect.status(reply, 401, what);
			ctx.expect.exactBody(reply, UNAUTHORIZED, what);
			ctx.expect.header(reply, "content-type", null);
			ctx.expect.header(reply, "www-authenticate", null);
		};
		for (const [route, call] of [
			["GET /store/customers/me", me],
			["GET /store/auth", currentCustomer],
		] as const) {
			expectBare(await call(ctx), `${route} with no credentials`);
			expectBare(await call(ctx, { bearer: "garbage" }), `${route} with a garbage bearer`);
		}
	},
});
