import type { CheckContext } from "../../../kit/context.ts";
import { mailOf } from "../../../kit/mail/reader.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { newCustomer, requestPasswordToken } from "../flows.ts";
import { RESET_EVENT, resetEvents } from "./support.ts";

export default defineMedusaV1Check({
	id: "medusa-v1/password-token/event-payload",
	title: "Request Password Reset emits customer.password_reset with the customer and a token",
	rule: `POST /store/customers/password-token with a customer's e-mail emits one ${RESET_EVENT} event whose data is exactly {id, email, first_name, last_name, token}: the customer's id, e-mail and names, and a token string.`,
	refs: ["observed:11"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const customer = await newCustomer(ctx);
		const reply = await requestPasswordToken(ctx, customer.email);
		ctx.expect.status(reply, 204, "POST /store/customers/password-token");
		const events = await resetEvents(ctx, customer.email, 1);
		ctx.expect.equal(events.length, 1, `${RESET_EVENT} events for the customer`, reply.exchange);
		const first = events[0];
		const { token, ...data } = first ? mailOf(ctx).payloadOf(first) : {};
		ctx.expect.equal(
			data,
			{ id: customer.id, email: customer.email, first_name: "Gate", last_name: "Check" },
			`the ${RESET_EVENT} data besides the token`,
		);
		ctx.expect.that(typeof token === "string" && token !== "", `the ${RESET_EVENT} data: expected a token string`, { actual: token });
	},
});
