import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { login, me, registerAccount, storeHeaders, tokenOf } from "../flows.ts";
import { customerIn } from "./support.ts";

const METADATA = { source: "web", n: 1 };

export default defineMedusaV2Check({
	id: "medusa-v2/account/create-keeps-metadata",
	title: "POST /store/customers keeps the metadata it is given",
	rule: 'POST /store/customers with a registration token and {email, first_name, metadata: {source:"web", n:1}} answers 200 {customer} with that metadata (key order aside), and GET /store/customers/me after login shows it too (observed 17: with metadata, metadata kept).',
	refs: ["observed:17", "observed:03"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const created = await ctx.request({
			path: "/store/customers",
			bearer: account.registrationToken,
			headers: storeHeaders(ctx),
			json: { email: account.email, first_name: "Meta", metadata: METADATA },
			useJar: false,
		});
		ctx.expect.equal(customerIn(ctx, created, "POST /store/customers with metadata").metadata, METADATA, "the created customer's metadata", created.exchange);
		const token = tokenOf(ctx, await login(ctx, account), "login");
		const read = await me(ctx, token);
		ctx.expect.equal(customerIn(ctx, read, "GET /store/customers/me").metadata, METADATA, "the metadata GET /store/customers/me shows", read.exchange);
	},
});
