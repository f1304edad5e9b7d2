import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { newAccount, REGISTER, register, registered } from "../flows.ts";
import { expectLogsIn, fieldsOf } from "../login/support.ts";

export default defineQuarkCheck({
	id: "quark/register/duplicate-email-409",
	title: "Registering a taken e-mail again is 409, and the account keeps its password",
	rule: `POST ${REGISTER} with the e-mail of an account already registered (another password and names) answers 409 with a {"message": string} body, and the first registration's password still logs in.`,
	refs: ["facts:errors", "seed:register"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const first = await registered(ctx);
		const again = await register(ctx, { ...newAccount(ctx), email: first.email });
		ctx.expect.status(again, 409, `POST ${REGISTER} with a taken e-mail`);
		const { message } = fieldsOf(again);
		ctx.expect.that(typeof message === "string" && message.length > 0, 'the 409 has no {"message": string} body', { actual: again.text.slice(0, 300), exchange: again.exchange });
		await expectLogsIn(ctx, first, "the first registration's password");
	},
});
