// What the timing checks send on medusa-v2's routes (a profile that builds on medusa-v2 may send the same and more):
// login with a wrong password, and reset-password, each about an existing customer and about an
// e-mail nobody registered, every body made anew (a fresh wrong password, a fresh unknown e-mail).
import type { CheckContext } from "../../../kit/context.ts";
import { otherEmail, timedPost as post, wrongPassword } from "../../../kit/timing/sides.ts";
import type { TimedEndpoint, TimingFamily } from "../../../kit/timing/timing-family.ts";
import { registerAccount } from "../flows.ts";

export const LOGIN = "/auth/customer/emailpass";
export const RESET = "/auth/customer/emailpass/reset-password";

const emailpassEndpoints = (ctx: CheckContext, email: string): TimedEndpoint[] => {
	const other = otherEmail(ctx, email);
	return [
		{
			endpoint: `POST ${LOGIN}`,
			known: post(ctx, LOGIN, () => ({ email, password: wrongPassword() })),
			unknown: post(ctx, LOGIN, () => ({ email: other(), password: wrongPassword() })),
		},
		{
			endpoint: `POST ${RESET}`,
			known: post(ctx, RESET, () => ({ identifier: email })),
			unknown: post(ctx, RESET, () => ({ identifier: other() })),
		},
	];
};

/** Login and reset-password about a freshly registered customer: the family medusa-v2's two timing checks judge. */
export const MEDUSA_V2_TIMING: TimingFamily = {
	name: "medusa-v2's emailpass routes",
	endpoints: async (ctx) => emailpassEndpoints(ctx, (await registerAccount(ctx, "timing")).email),
};
