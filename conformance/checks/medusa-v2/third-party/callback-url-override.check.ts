import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { locationOf, providerOf, startLogin } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/third-party/callback-url-override",
	title: "callback_url in the body overrides the provider's callback; the query's does not",
	rule: "POST /auth/customer/{provider} {callback_url: U} → the location's redirect_uri is U; without it (or with callback_url: null) it is the configured callback; ?callback_url=… on a GET is ignored.",
	refs: ["seed:callback-url", "observed:35"],
	tier: "observed",
	severity: "interoperability",
	requires: ["oauth-provider"],
	async run(ctx: CheckContext) {
		const redirectOf = (started: { location: URL }) => started.location.searchParams.get("redirect_uri");
		const configured = redirectOf(await startLogin(ctx));
		const override = `http://localhost:8000/gatecheck-callback-${ctx.uniqueEmail("cb").split("@")[0]}`;
		const overridden = await startLogin(ctx, { callback_url: override });
		ctx.expect.equal(redirectOf(overridden), override, "with callback_url in the body: the location's redirect_uri", overridden.reply.exchange);
		const withNull = await startLogin(ctx, { callback_url: null });
		ctx.expect.equal(redirectOf(withNull), configured, "with callback_url null: the location's redirect_uri", withNull.reply.exchange);
		const path = `/auth/customer/${providerOf(ctx)}?callback_url=${encodeURIComponent("http://evil.example/x")}`;
		const viaQuery = await ctx.request({ path });
		const location = locationOf(ctx, viaQuery, `GET ${path}`);
		ctx.expect.equal(location.searchParams.get("redirect_uri"), configured, "with callback_url in the query: the location's redirect_uri", viaQuery.exchange);
	},
});
