// What the timing checks send: a JWT login with a wrong password (POST /store/auth/token) and a
// password reset request (POST /store/customers/password-token), each about a customer's e-mail and
// about an e-mail nobody has, every body made anew; a 429 is a sample like any answer, never waited out.
import type { CheckContext } from "../../../kit/context.ts";
import { otherEmail, timedPost as post, wrongPassword } from "../../../kit/timing/sides.ts";
import type { TimedEndpoint, TimingFamily } from "../../../kit/timing/timing-family.ts";
import { newCustomer } from "../flows.ts";

export const LOGIN = "/store/auth/token";
export const PASSWORD_TOKEN = "/store/customers/password-token";

/** Both endpoints about `email` and about an unknown e-mail (in A/A calibration, `email` again). */
const timedEndpoints = (ctx: CheckContext, email: string): TimedEndpoint[] => {
	const other = otherEmail(ctx, email);
	return [
		{
			endpoint: `POST ${LOGIN}`,
			known: post(ctx, LOGIN, () => ({ email, password: wrongPassword() })),
			unknown: post(ctx, LOGIN, () => ({ email: other(), password: wrongPassword() })),
		},
		{
			endpoint: `POST ${PASSWORD_TOKEN}`,
			known: post(ctx, PASSWORD_TOKEN, () => ({ email })),
			unknown: post(ctx, PASSWORD_TOKEN, () => ({ email: other() })),
		},
	];
};

/** Login and Request Password Reset about a new customer: the family medusa-v1's two timing checks judge. */
export const MEDUSA_V1_TIMING: TimingFamily = {
	name: "medusa-v1's login and password-token routes",
	endpoints: async (ctx) => timedEndpoints(ctx, (await newCustomer(ctx, "timing")).email),
};
