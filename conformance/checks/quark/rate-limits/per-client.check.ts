import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { BURST, freshClient, refusedAfterLimit } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/rate-limits/per-client",
	title: "One client's exhausted limit does not limit another client address",
	rule: `Once a client at one loopback address has been refused with 429 on ${BURST.what}, a client at another address is still answered: the limits are counted per client IP, not for the whole server.`,
	refs: ["choice:per-client", "facts:rate-limits"],
	tier: "contract",
	severity: "interoperability",
	requires: ["source-addresses"],
	exclusive: true,
	async run(ctx: CheckContext) {
		const { client } = await refusedAfterLimit(ctx, BURST, "client-a");
		const other = await freshClient(ctx, "client-b");
		const reply = await other.send(BURST.request(ctx));
		ctx.expect.that(reply.status !== 429, `${BURST.what} from ${other.name} was refused after ${client.name} was: the limit is not per client`, {
			actual: reply.status,
			exchange: reply.exchange,
		});
	},
});
