import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { exhaust, MarketplaceClient, PRODUCTS, spoofedAddress } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/marketplace/forwarded-for-ignored",
	title: "A spoofed X-Forwarded-For (or Forwarded, X-Real-IP) does not give a limited client a fresh count",
	rule: `A client refused with 429 on GET ${PRODUCTS} is still refused when it adds X-Forwarded-For, Forwarded: for=… or X-Real-IP naming an address never seen: the limit counts the connection's address, and a forwarding header only behind a proxy the server was told to trust (run the target directly, not behind one, for this check).`,
	refs: ["asvs:2.4.1", "seed:marketplace-limit"],
	tier: "hardening",
	severity: "security",
	requires: [],
	async run(ctx: CheckContext) {
		const client = new MarketplaceClient(ctx, "spoofer");
		await exhaust(ctx, client);
		const spoofed = spoofedAddress(ctx, "spoofed");
		for (const [name, value] of [
			["x-forwarded-for", spoofed],
			["forwarded", `for=${spoofed}`],
			["x-real-ip", spoofed],
		] as const) {
			const reply = await client.get(PRODUCTS, { [name]: value });
			ctx.expect.status(reply, 429, `GET ${PRODUCTS} by the refused client with ${name}: ${value}`);
		}
	},
});
