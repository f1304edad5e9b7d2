import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { exhaust, LIMIT, MarketplaceClient, PRODUCTS } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/marketplace/per-client-ip",
	title: "One client's exhausted limit does not limit another client address",
	rule: `Once a client at one loopback address has been refused with 429 on GET ${PRODUCTS}, a client at another address still gets 200: the ${LIMIT} requests a minute are counted per IP, not for the whole server.`,
	refs: ["seed:marketplace-limit"],
	tier: "contract",
	severity: "interoperability",
	requires: ["source-addresses"],
	async run(ctx: CheckContext) {
		const first = new MarketplaceClient(ctx, "client-a");
		await exhaust(ctx, first);
		const second = new MarketplaceClient(ctx, "client-b");
		const reply = await second.get();
		ctx.expect.status(reply, 200, `GET ${PRODUCTS} from ${second.address}, after ${first.address} was refused`);
	},
});
