import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { storeHeaders } from "../flows.ts";

/** A sales channel id no key of the target has. */
const FOREIGN_CHANNEL = "sc_01AAAAAAAAAAAAAAAAAAAAAAAA";
const NOT_IN_KEY = { type: "invalid_data", message: "Requested sales channel is not part of the publishable key" };

export default defineMedusaV2Check({
	id: "medusa-v2/publishable-key/products-within-key-channels",
	title: "A publishable key cannot ask for another sales channel's products",
	rule: `GET /store/products?sales_channel_id[]=<a channel not in the key> (or sales_channel_id=…) with the publishable key → 400 ${JSON.stringify(NOT_IN_KEY)}.`,
	refs: ["observed:28", "facts:A.10"],
	tier: "observed",
	severity: "security",
	requires: ["publishable-key"],
	async run(ctx: CheckContext) {
		for (const query of [`sales_channel_id[]=${FOREIGN_CHANNEL}`, `sales_channel_id=${FOREIGN_CHANNEL}`]) {
			const reply = await ctx.request({ path: `/store/products?${query}`, headers: storeHeaders(ctx) });
			ctx.expect.status(reply, 400, `GET /store/products?${query}`);
			ctx.expect.equal(reply.body, NOT_IN_KEY, `GET /store/products?${query}: body`);
		}
	},
});
