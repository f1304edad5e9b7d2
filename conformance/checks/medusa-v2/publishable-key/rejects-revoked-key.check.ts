import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { KEY_INVALID, storeRequest } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/publishable-key/rejects-revoked-key",
	title: "A revoked publishable key is refused",
	rule: 'A /store request with a revoked publishable key answers 400 {"type":"not_allowed","message":"A valid publishable key is required to proceed with the request"}, with or without a valid customer token.',
	refs: ["facts:A.10", "observed:05"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "revoked-key"],
	async run(ctx: CheckContext) {
		const revoked = ctx.config.revokedPublishableKey;
		ctx.expect.that(revoked !== undefined, "this check needs --revoked-publishable-key");
		const customer = await newCustomer(ctx);
		for (const [path, bearer] of [
			["/store/customers/me", customer.token],
			["/store/products", undefined],
		] as const) {
			const reply = await storeRequest(ctx, path, revoked, bearer);
			ctx.expect.status(reply, 400, `GET ${path} with the revoked key`);
			ctx.expect.json(reply, KEY_INVALID, `GET ${path} with the revoked key`);
		}
	},
});
