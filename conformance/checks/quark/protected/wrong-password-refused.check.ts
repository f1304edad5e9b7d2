import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN, login, registered, sessionOf } from "../flows.ts";

export default defineQuarkCheck({
	id: "quark/protected/wrong-password-refused",
	title: "A login with a wrong password or an unknown e-mail gets no token",
	rule: `POST ${LOGIN} with a registered e-mail and another password of 8 characters or more, or with an e-mail nobody registered, answers a 4xx holding no accessToken and no refreshToken, while the right password logs in.`,
	refs: ["seed:login", "seed:jwt", "facts:errors"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registered(ctx);
		const expectRefused = (reply: Reply, what: string): void => {
			ctx.expect.that(reply.status >= 400 && reply.status < 500, `${what} answered ${reply.status}`, { exchange: reply.exchange });
			const body = (reply.body ?? {}) as Record<string, unknown>;
			ctx.expect.that(!("accessToken" in body) && !("refreshToken" in body), `${what} answered a token`, { actual: reply.text.slice(0, 300), exchange: reply.exchange });
		};
		expectRefused(await login(ctx, { email: account.email, password: `${account.password}-wrong` }), `POST ${LOGIN} with a wrong password`);
		expectRefused(await login(ctx, { email: ctx.uniqueEmail("nobody"), password: account.password }), `POST ${LOGIN} with an unknown e-mail`);
		sessionOf(ctx, await login(ctx, account), `POST ${LOGIN} with the right password`);
	},
});
