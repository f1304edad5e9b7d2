import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { meWithAuthorization } from "./support.ts";

// Printable ASCII only: anything else is not a legal header value and never reaches a server.
const printable = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: "grapheme-ascii", maxLength });

const authorization = fc.oneof(
	printable(80),
	fc
		.tuple(fc.constantFrom("Bearer", "bearer", "BEARER", "Basic", "Token", "Digest", "Bearer:", ""), fc.constantFrom(" ", "  ", "\t", ""), printable(60))
		.map(([scheme, gap, rest]) => `${scheme}${gap}${rest}`),
	fc.array(printable(20), { minLength: 2, maxLength: 5 }).map((parts) => `Bearer ${parts.join(".")}`),
);

export default defineMedusaV2Check({
	id: "medusa-v2/bearer/malformed-authorization-headers",
	title: "Malformed Authorization headers get a plain 401",
	rule: 'GET /store/customers/me with any Authorization header that carries no valid token (no scheme, other schemes, extra spaces, dotted garbage) answers 401 {"message":"Unauthorized"}, never 200, 400 or 5xx.',
	refs: ["observed:05", "facts:A.4", "rfc6750:3.1"],
	tier: "observed",
	severity: "security",
	requires: ["publishable-key"],
	async run(ctx: CheckContext) {
		await ctx.property(authorization, async (value) => {
			const reply = await meWithAuthorization(ctx, value);
			ctx.expect.status(reply, 401, `Authorization: ${JSON.stringify(value)}`);
			ctx.expect.exactBody(reply, JSON.stringify(UNAUTHORIZED), `Authorization: ${JSON.stringify(value)}`);
		});
	},
});
