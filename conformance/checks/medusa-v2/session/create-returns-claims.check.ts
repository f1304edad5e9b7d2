import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, newCustomer } from "../flows.ts";
import { openSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/create-returns-claims",
	title: "POST /auth/session answers the bearer token's claims",
	rule: 'POST /auth/session with "Authorization: Bearer <token>" answers 200 {"user": <the token\'s payload>}: every claim of the token (iat and exp included), in the token\'s order, and nothing else; not a customer object.',
	refs: ["observed:06"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const claims = decodeClaims(customer.token);
		ctx.expect.that(claims !== undefined, "the login token's payload is not JSON", { actual: customer.token });
		const { reply } = await openSession(ctx, customer.token);
		// Express's res.json of the decoded payload: same keys, same order, same values.
		ctx.expect.exactBody(reply, JSON.stringify({ user: claims }));
	},
});
