import type { CheckContext } from "../../../kit/context.ts";
import { BASE64URL } from "../../../kit/tokens.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { loggedIn, REFRESH, refresh, sessionOf } from "../flows.ts";

/** `token` with its first character replaced: close to a real one, yet not it. */
const nearMiss = (token: string): string => `${token.startsWith("A") ? "B" : "A"}${token.slice(1)}`;

export default defineQuarkCheck({
	id: "quark/refresh/garbage-refused",
	title: "A refresh with anything but a live refresh token is refused",
	rule: `POST ${REFRESH} {"refreshToken"} answers a 4xx, and no tokens, for a random 43-character base64url string, for a live refresh token with one character changed, and for the login's access token (an access token is not a refresh token), while the login's refresh token itself refreshes.`,
	refs: ["choice:refresh-route", "facts:refresh-opaque"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { session } = await loggedIn(ctx);
		const random = Array.from(crypto.getRandomValues(new Uint8Array(43)), (byte) => BASE64URL[byte % BASE64URL.length]).join("");
		const garbage: Array<[string, string]> = [
			["a random base64url string", random],
			["the refresh token with its first character changed", nearMiss(session.refreshToken)],
			["the access token", session.accessToken],
		];
		for (const [what, token] of garbage) {
			const reply = await refresh(ctx, token);
			const body = (reply.body ?? {}) as Record<string, unknown>;
			ctx.expect.that(reply.status >= 400 && reply.status < 500 && !("accessToken" in body), `POST ${REFRESH} with ${what} answered ${reply.status}`, {
				actual: reply.text.slice(0, 300),
				exchange: reply.exchange,
			});
		}
		sessionOf(ctx, await refresh(ctx, session.refreshToken), `POST ${REFRESH} with the login's refresh token`);
	},
});
