import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { loggedIn, profile, REFRESH, refresh, sessionOf } from "../flows.ts";

export default defineQuarkCheck({
	id: "quark/refresh/rotates",
	title: "A refresh answers a new access token and a new refresh token",
	rule: `POST ${REFRESH} {"refreshToken"} with a login's refresh token answers 200 {accessToken, refreshToken}: the refresh token is a new one (rotation), and the new access token authenticates the protected routes.`,
	refs: ["choice:refresh-route", "facts:refresh-opaque", "seed:protected"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		const renewed = sessionOf(ctx, await refresh(ctx, session.refreshToken), `POST ${REFRESH}`);
		ctx.expect.that(renewed.refreshToken !== session.refreshToken, "the refresh answered the same refresh token: it was not rotated", { actual: renewed.refreshToken });
		ctx.expect.status(await profile(ctx, renewed.accessToken), 200, "the refreshed access token on the profile route");
	},
});
