import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { CHANGE_PASSWORD, LOGIN, login, loggedIn, REFRESH, refresh, sessionOf } from "../flows.ts";

export default defineQuarkCheck({
	id: "quark/refresh/password-change-revokes",
	title: "A password change ends the refresh tokens of the account's other logins",
	rule: `After POST ${CHANGE_PASSWORD} (Bearer) {currentPassword, newPassword} answers a 2xx, POST ${REFRESH} with the live refresh token of another login of the same account is refused with a 4xx: whoever held it loses access when the owner changes the password.`,
	refs: ["asvs:7.4.3", "seed:change-password", "choice:refresh-route"],
	tier: "hardening",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { account, session } = await loggedIn(ctx);
		const other = sessionOf(ctx, await login(ctx, account), `POST ${LOGIN} a second time`);
		// The other login's token refreshes before the change, so that its refusal after it is the change's doing.
		const live = sessionOf(ctx, await refresh(ctx, other.refreshToken), `POST ${REFRESH} with the other login's refresh token`);
		const change = await ctx.request({
			path: CHANGE_PASSWORD,
			json: { currentPassword: account.password, newPassword: `${account.password}-new` },
			bearer: session.accessToken,
			useJar: false,
		});
		ctx.expect.that(change.status >= 200 && change.status < 300, `POST ${CHANGE_PASSWORD} answered ${change.status}`, { exchange: change.exchange });
		const after = await refresh(ctx, live.refreshToken);
		ctx.expect.that(after.status >= 400 && after.status < 500, `the other login's refresh token answered ${after.status} after the password change`, {
			exchange: after.exchange,
		});
	},
});
