// What the password-token checks share: the event an account's reset request emits (fact 35), read
// from the control outbox.
import type { CheckContext } from "../../../kit/context.ts";
import type { OutboxEvent } from "../../../kit/control.ts";

export const RESET_EVENT = "customer.password_reset";
export const PASSWORD_TOKEN = "/store/customers/password-token";

/** Every customer.password_reset event the outbox holds for `email`, oldest first. */
export const resetEvents = async (ctx: CheckContext, email: string): Promise<OutboxEvent[]> => {
	const control = ctx.control;
	ctx.expect.that(control !== undefined, "this check needs the control outbox");
	return control.events({ event: RESET_EVENT, to: email });
};
