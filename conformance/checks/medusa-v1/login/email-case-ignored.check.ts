import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { accessTokenOf, customerOf, decodeClaims, newCustomer } from "../flows.ts";
import { postLogin } from "./support.ts";

/** Every other letter upper-cased: neither the e-mail as registered nor all capitals. */
const mixedCase = (email: string): string => [...email].map((char, i) => (i % 2 === 0 ? char.toUpperCase() : char)).join("");

export default defineMedusaV1Check({
	id: "medusa-v1/login/email-case-ignored",
	title: "Logins ignore the e-mail's letter case",
	rule: "A customer registered with a lower-case e-mail logs in with that e-mail in capitals on POST /store/auth/token and in mixed case on POST /store/auth: 200, as that customer.",
	refs: ["observed:17"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const upper = customer.email.toUpperCase();
		const token = accessTokenOf(ctx, await postLogin(ctx, "/store/auth/token", { json: { email: upper, password: customer.password } }), `POST /store/auth/token as ${upper}`);
		ctx.expect.equal(decodeClaims(token)?.customer_id, customer.id, "the access_token's customer_id");
		const mixed = mixedCase(customer.email);
		const found = customerOf(ctx, await postLogin(ctx, "/store/auth", { json: { email: mixed, password: customer.password } }), `POST /store/auth as ${mixed}`);
		ctx.expect.equal(found.id, customer.id, "the customer POST /store/auth logged in");
	},
});
