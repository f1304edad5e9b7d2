import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { exhaust, MarketplaceClient } from "./support.ts";

export default defineCarphacomCheck({
	id: "carphacom/marketplace/refusal-body",
	title: "The marketplace 429 has a Medusa error body",
	rule: 'The 429 of /store/marketplace/* has Content-Type: application/json; charset=utf-8 and the body {"type":"not_allowed","message":"<text>"}, the shape of every other Medusa error.',
	refs: ["choice:marketplace", "rfc6585:4"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		const refused = await exhaust(ctx, new MarketplaceClient(ctx, "refusal-body"));
		ctx.expect.header(refused, "content-type", "application/json; charset=utf-8");
		const body = refused.body as Record<string, unknown> | undefined;
		ctx.expect.that(
			typeof body === "object" && body !== null && Object.keys(body).join(",") === "type,message" && body.type === "not_allowed" && typeof body.message === "string",
			`429 body: expected {"type":"not_allowed","message":"…"}, got ${refused.text.slice(0, 200)}`,
			{ expected: { type: "not_allowed", message: "<text>" }, actual: refused.body ?? refused.text, exchange: refused.exchange },
		);
	},
});
