import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { newAccount, REGISTER, register } from "../flows.ts";

export default defineQuarkCheck({
	id: "quark/register/answers-message",
	title: "Registration answers 200 with its message and no token",
	rule: `POST ${REGISTER} with a new e-mail, a password of 8 characters or more, firstName and lastName answers 200 with {"message": "Registration successful"} and holds no access or refresh token: registration does not log in.`,
	refs: ["seed:register", "facts:refresh-opaque"],
	tier: "contract",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const reply = await register(ctx, newAccount(ctx));
		ctx.expect.status(reply, 200, `POST ${REGISTER}`);
		const body = (reply.body ?? {}) as Record<string, unknown>;
		ctx.expect.equal(body.message, "Registration successful", "the answer's message", reply.exchange);
		ctx.expect.that(!("accessToken" in body) && !("refreshToken" in body), "registration answered a token", { actual: reply.text, exchange: reply.exchange });
	},
});
