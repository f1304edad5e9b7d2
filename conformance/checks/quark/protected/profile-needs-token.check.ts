import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { loggedIn, PROFILE, profile } from "../flows.ts";

export default defineQuarkCheck({
	id: "quark/protected/profile-needs-token",
	title: "The profile route answers a logged-in user, and 401 without a valid token",
	rule: `GET ${PROFILE} answers 200 with the access token of a login as Bearer, and 401 with no Authorization header or with a token that is not one the server issued.`,
	refs: ["seed:protected", "seed:401", "rfc6750:3.1"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		ctx.expect.status(await profile(ctx, session.accessToken), 200, `GET ${PROFILE} with the access token`);
		ctx.expect.status(await profile(ctx), 401, `GET ${PROFILE} with no token`);
		ctx.expect.status(await profile(ctx, "not-a-token"), 401, `GET ${PROFILE} with a token that is no JWT`);
		const [header, payload] = session.accessToken.split(".");
		ctx.expect.status(await profile(ctx, `${header}.${payload}.${"A".repeat(43)}`), 401, `GET ${PROFILE} with the access token's signature replaced`);
	},
});
