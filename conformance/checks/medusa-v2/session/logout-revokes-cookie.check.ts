import type { CheckContext } from "../../../src/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2.ts";
import { me, newCustomer, storeHeaders, UNAUTHORIZED } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/logout-revokes-cookie",
	title: "DELETE /auth/session makes the old session cookie unusable",
	rule: 'After DELETE /auth/session, a request with the old connect.sid gets 401 {"message":"Unauthorized"}: the session is destroyed on the server, not only forgotten by the client.',
	refs: ["observed:06", "asvs:7.4.1"],
	tier: "observed",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const created = await ctx.request({ method: "POST", path: "/auth/session", bearer: customer.token });
		ctx.expect.status(created, 200, "POST /auth/session");
		const sid = ctx.http.jar.get("connect.sid");
		ctx.expect.that(sid !== undefined, "POST /auth/session set no connect.sid cookie", { exchange: created.exchange });
		ctx.expect.status(await me(ctx, undefined, true), 200, "GET /store/customers/me with the cookie");
		ctx.expect.status(await ctx.request({ method: "DELETE", path: "/auth/session" }), 200, "DELETE /auth/session");
		const after = await ctx.request({
			path: "/store/customers/me",
			headers: { ...storeHeaders(ctx), cookie: `connect.sid=${encodeURIComponent(sid)}` },
			useJar: false,
		});
		ctx.expect.status(after, 401, "the old cookie after logout");
		ctx.expect.json(after, UNAUTHORIZED);
	},
});
