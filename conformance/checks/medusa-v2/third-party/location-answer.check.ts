import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { locationOf, providerOf, startLogin } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/third-party/location-answer",
	title: "Starting a third-party login answers 200 {location}, not a redirect",
	rule: "POST (and GET) /auth/customer/{provider} for a redirect provider → 200 with a JSON body {location} and no Location header; the location's query holds redirect_uri, client_id, response_type=code and a state, in that order (Google adds scope before the state), and two starts get two states.",
	refs: ["seed:third-party-location", "observed:35"],
	tier: "observed",
	severity: "interoperability",
	requires: ["oauth-provider"],
	async run(ctx: CheckContext) {
		const first = await startLogin(ctx);
		ctx.expect.header(first.reply, "location", null);
		ctx.expect.equal(Object.keys(first.reply.body as object), ["location"], "POST: the body's keys", first.reply.exchange);
		const names = [...first.location.searchParams.keys()].filter((name) => name !== "scope");
		ctx.expect.equal(names, ["redirect_uri", "client_id", "response_type", "state"], "the location's parameters, in order", first.reply.exchange);
		ctx.expect.equal(first.location.searchParams.get("response_type"), "code", "the location's response_type", first.reply.exchange);
		const path = `/auth/customer/${providerOf(ctx)}`;
		const viaGet = await ctx.request({ path });
		const second = locationOf(ctx, viaGet, `GET ${path}`);
		ctx.expect.that(second.searchParams.get("state") !== first.state, "two logins got the same state", { exchange: viaGet.exchange });
	},
});
