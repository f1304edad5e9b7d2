import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_CREDENTIALS, login, registerAccount } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/login/wrong-credentials-401-body",
	title: "Wrong password and unknown e-mail get the same 401",
	rule: 'A wrong password and an unknown e-mail both answer 401 with exactly {"type":"unauthorized","message":"Invalid email or password"}, byte for byte the same, so the answer does not tell whether the account exists.',
	refs: ["observed:04", "observed:error-shapes", "asvs:6.3.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const wrong = await login(ctx, { email: account.email, password: `${account.password}-wrong` });
		ctx.expect.status(wrong, 401, "login with a wrong password");
		ctx.expect.exactBody(wrong, JSON.stringify(INVALID_CREDENTIALS), "wrong password body");
		const unknown = await login(ctx, { email: ctx.uniqueEmail("unknown"), password: account.password });
		ctx.expect.status(unknown, 401, "login with an unknown e-mail");
		ctx.expect.exactBody(unknown, JSON.stringify(INVALID_CREDENTIALS), "unknown e-mail body");
	},
});
