// What the password-token checks share: the event an account's reset request emits (fact 35), read
// from the control outbox, and the requests the timing check sends.
import type { CheckContext } from "../../../kit/context.ts";
import type { OutboxEvent } from "../../../kit/control.ts";
import type { Side } from "../../../kit/timing/paired-sampling.ts";
import type { TimedEndpoint } from "../../../kit/timing/timing-family.ts";

export const RESET_EVENT = "customer.password_reset";
export const PASSWORD_TOKEN = "/store/customers/password-token";

/** Every customer.password_reset event the outbox holds for `email`, oldest first. */
export const resetEvents = async (ctx: CheckContext, email: string): Promise<OutboxEvent[]> => {
	const control = ctx.control;
	ctx.expect.that(control !== undefined, "this check needs the control outbox");
	return control.events({ event: RESET_EVENT, to: email });
};

/** One password-token request, its e-mail drawn anew each time; a 429 is a sample like any answer. */
const askFor =
	(ctx: CheckContext, email: () => string): Side =>
	(record) =>
		ctx.request({ path: PASSWORD_TOKEN, json: { email: email() }, record, useJar: false, retryOn429: false });

/** password-token about `email` and about an e-mail nobody has (in A/A calibration, `email` again). */
export const passwordTokenEndpoint = (ctx: CheckContext, email: string): TimedEndpoint => ({
	endpoint: `POST ${PASSWORD_TOKEN}`,
	known: askFor(ctx, () => email),
	unknown: askFor(ctx, ctx.options.timing.calibrate ? () => email : () => ctx.uniqueEmail("nobody")),
});
