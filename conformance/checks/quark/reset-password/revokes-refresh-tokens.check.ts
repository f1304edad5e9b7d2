import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN, login, REFRESH, refresh, registered, RESET_PASSWORD, resetPassword, sessionOf } from "../flows.ts";
import { expectClientError, expectSuccess } from "../login/support.ts";
import { mailedResetToken } from "./support.ts";

export default defineQuarkCheck({
	id: "quark/reset-password/revokes-refresh-tokens",
	title: "A password reset ends the refresh tokens issued before it",
	rule: `After POST ${RESET_PASSWORD} with a mailed token answers a 2xx, POST ${REFRESH} with the live refresh token of a login from before the reset is refused with a 4xx: whoever stole a session loses it when the owner resets the password.`,
	refs: ["asvs:7.4.3", "seed:reset-password", "choice:refresh-route"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "reset-base-url"],
	async run(ctx: CheckContext) {
		const account = await registered(ctx);
		const before = sessionOf(ctx, await login(ctx, account), `POST ${LOGIN}`);
		// One refresh before the reset shows the route works, so that the refusal after it is the reset's doing.
		const live = sessionOf(ctx, await refresh(ctx, before.refreshToken), `POST ${REFRESH} before the reset`);
		const { token } = await mailedResetToken(ctx, account.email);
		expectSuccess(ctx, await resetPassword(ctx, token, `Reset-${crypto.randomUUID()}`), `POST ${RESET_PASSWORD}`);
		expectClientError(ctx, await refresh(ctx, live.refreshToken), `POST ${REFRESH} with the refresh token from before the reset`);
	},
});
