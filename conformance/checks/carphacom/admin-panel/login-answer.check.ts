import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { credentialsOf, PANEL_MESSAGES, panelLogin, THIRTY_DAYS_SECONDS } from "./support.ts";

const TOLERANCE_MS = 5_000;

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/login-answer",
	title: "A panel login answers upstream's body",
	rule: 'POST /app/api/admin/auth with the admin\'s e-mail and password answers 200 {"success":true,"message":"Autentificat cu succes","user":{"id","email","firstName","lastName","role":"admin"},"sessionExpires":<ISO date 30 days ahead>}, keys in that order.',
	refs: ["facts:C.login"],
	tier: "observed",
	severity: "interoperability",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const { reply } = await panelLogin(ctx, "admin");
		const body = reply.body as Record<string, unknown> | undefined;
		ctx.expect.equal(Object.keys(body ?? {}), ["success", "message", "user", "sessionExpires"], "keys of the answer", reply.exchange);
		ctx.expect.equal(body?.success, true, "success", reply.exchange);
		ctx.expect.equal(body?.message, PANEL_MESSAGES.loggedIn, "message", reply.exchange);
		const user = body?.user as Record<string, unknown> | undefined;
		ctx.expect.equal(Object.keys(user ?? {}), ["id", "email", "firstName", "lastName", "role"], "keys of user", reply.exchange);
		ctx.expect.that(typeof user?.id === "string" && user.id !== "", "user.id is not a non-empty string", { actual: user, exchange: reply.exchange });
		ctx.expect.equal(user?.email, credentialsOf(ctx, "admin").email, "user.email", reply.exchange);
		ctx.expect.equal(user?.role, "admin", "user.role", reply.exchange);
		const expires = Date.parse(String(body?.sessionExpires));
		const now = Date.parse(reply.headers.get("date") ?? "") || Date.now();
		ctx.expect.that(
			Math.abs(expires - now - THIRTY_DAYS_SECONDS * 1000) <= TOLERANCE_MS,
			`sessionExpires ${String(body?.sessionExpires)} is not 30 days after the answer`,
			{ expected: new Date(now + THIRTY_DAYS_SECONDS * 1000).toISOString(), actual: body?.sessionExpires, exchange: reply.exchange },
		);
	},
});
