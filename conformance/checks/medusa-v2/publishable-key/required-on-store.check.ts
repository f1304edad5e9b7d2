import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { KEY_REQUIRED, storeRequest } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/publishable-key/required-on-store",
	title: "/store routes need the x-publishable-api-key header",
	rule: 'GET /store/customers/me (even with a valid customer token) and GET /store/products, without an x-publishable-api-key header or with an empty one, answer 400 {"type":"not_allowed","message":"Publishable API key required in the request header: x-publishable-api-key. You can manage your keys in settings in the dashboard."}.',
	refs: ["observed:05", "observed:10", "facts:A.10"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		for (const [what, path, bearer] of [
			["GET /store/customers/me with a valid token", "/store/customers/me", customer.token],
			["GET /store/products", "/store/products", undefined],
		] as const) {
			for (const [how, key] of [
				["without the key header", undefined],
				["with an empty key header", ""],
			] as const) {
				const reply = await storeRequest(ctx, path, key, bearer);
				ctx.expect.status(reply, 400, `${what} ${how}`);
				ctx.expect.json(reply, KEY_REQUIRED, `${what} ${how}`);
			}
		}
	},
});
