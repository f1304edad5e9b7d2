import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { me, newCustomer } from "../flows.ts";
import { customerIn, updateMe } from "./support.ts";

// Each update of observed 15, in order, with the metadata upstream holds after it (key order aside).
const STEPS: Array<[sent: unknown, held: unknown, what: string]> = [
	[{ tier: "gold", n: 1 }, { n: 1, tier: "gold" }, "a first metadata object is kept"],
	[{ n: 2, extra: true }, { n: 2, tier: "gold", extra: true }, "a second is merged into it, key by key"],
	[{ extra: "" }, { n: 2, tier: "gold" }, 'a key set to "" is removed'],
	[{}, { n: 2, tier: "gold" }, "{} changes nothing"],
	[null, null, "null clears it"],
	[{ back: 1 }, { back: 1 }, "after null, a new object starts afresh"],
];

export default defineMedusaV2Check({
	id: "medusa-v2/account/update-merges-metadata",
	title: "POST /store/customers/me merges metadata: \"\" removes a key, {} changes nothing, null clears it",
	rule: 'POST /store/customers/me {metadata} merges the object into the customer\'s metadata rather than replacing it: {tier:"gold",n:1} then {n:2,extra:true} holds {n:2,tier:"gold",extra:true}; {extra:""} removes extra; {} changes nothing; null clears the metadata to null; GET /store/customers/me shows the same (observed 15, the metadata exchanges).',
	refs: ["observed:15"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		for (const [sent, held, what] of STEPS) {
			const reply = await updateMe(ctx, { bearer: customer.token }, { metadata: sent });
			ctx.expect.equal(customerIn(ctx, reply, `POST /store/customers/me {metadata: ${JSON.stringify(sent)}}`).metadata, held, `metadata: ${what}`, reply.exchange);
			const read = await me(ctx, customer.token);
			ctx.expect.equal(customerIn(ctx, read, "GET /store/customers/me").metadata, held, `metadata read back: ${what}`, read.exchange);
		}
	},
});
