import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { newCustomer, storeHeaders, UNAUTHORIZED } from "../flows.ts";
import { invalidData } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/account/create-validates-body-first",
	title: "POST /store/customers checks the token, then the body, then whether the customer already exists",
	rule: "With a signed-in customer's login token, POST /store/customers answers 400 \"Invalid request: Unrecognized fields: 'role'\" for {email, role} and 400 \"Invalid request: Invalid email address\" for {email:\"x\"} before the 400 {\"type\":\"invalid_data\",\"message\":\"Request already authenticated as a customer.\"} a valid body gets; without a token the same bad body is 401 {\"message\":\"Unauthorized\"} (observed 17: logged in, no token, bad body).",
	refs: ["observed:17", "observed:error-shapes"],
	tier: "observed",
	severity: "cosmetic",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const create = (body: unknown, bearer?: string): Promise<Reply> =>
			ctx.request({ path: "/store/customers", bearer, headers: storeHeaders(ctx), json: body, useJar: false });
		const cases: Array<[what: string, body: unknown, bearer: string | undefined, status: number, answer: string]> = [
			["an unknown field, signed in", { email: customer.email, role: "admin" }, customer.token, 400, invalidData("Invalid request: Unrecognized fields: 'role'")],
			["a bad e-mail, signed in", { email: "x" }, customer.token, 400, invalidData("Invalid request: Invalid email address")],
			["a valid body, signed in", { email: customer.email }, customer.token, 400, invalidData("Request already authenticated as a customer.")],
			["a bad e-mail, no token", { email: "x" }, undefined, 401, JSON.stringify(UNAUTHORIZED)],
		];
		for (const [what, body, bearer, status, answer] of cases) {
			const reply = await create(body, bearer);
			ctx.expect.status(reply, status, `POST /store/customers with ${what}`);
			ctx.expect.exactBody(reply, answer, `POST /store/customers with ${what}`);
		}
	},
});
