import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer } from "../flows.ts";
import { KEY_INVALID, storeRequest, unknownWellFormedKey } from "./support.ts";

// Header-safe candidates: well-formed pk_ keys, and any printable text without whitespace.
const candidateKey = fc.oneof(
	fc.stringMatching(/^pk_[0-9a-f]{64}$/),
	fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 80 }).filter((s) => !/\s/.test(s)),
);

export default defineMedusaV2Check({
	id: "medusa-v2/publishable-key/rejects-unknown-keys",
	title: "Unknown publishable keys are refused",
	rule: 'A /store request whose x-publishable-api-key is not a key of the server ("pk_invalid", a well-formed pk_ + 64 hex digits that was never issued, or any other text) answers 400 {"type":"not_allowed","message":"A valid publishable key is required to proceed with the request"}, even with a valid customer token.',
	refs: ["observed:05", "facts:A.10"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		for (const key of ["pk_invalid", unknownWellFormedKey(ctx)]) {
			for (const [path, bearer] of [
				["/store/customers/me", customer.token],
				["/store/products", undefined],
			] as const) {
				const reply = await storeRequest(ctx, path, key, bearer);
				ctx.expect.status(reply, 400, `GET ${path} with key ${key}`);
				ctx.expect.json(reply, KEY_INVALID, `GET ${path} with key ${key}`);
			}
		}
		const configured = [ctx.config.publishableKey, ctx.config.otherPublishableKey, ctx.config.revokedPublishableKey];
		await ctx.property(
			candidateKey.filter((key) => !configured.includes(key)),
			async (key) => {
				const reply = await storeRequest(ctx, "/store/products", key);
				ctx.expect.status(reply, 400, `GET /store/products with key ${JSON.stringify(key)}`);
				ctx.expect.json(reply, KEY_INVALID);
			},
			Math.min(ctx.options.runs, 25),
		);
	},
});
