import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { ADMIN_SESSION, NOT_AUTHENTICATED, panelLogin, panelStatus, viaProxy } from "./support.ts";

/** One character replaced by another of the same alphabet, so the value keeps its shape. */
const swapChar = (text: string, index: number): string => {
	const char = text[index] ?? "";
	const other = char === "A" ? "B" : "A";
	return `${text.slice(0, index)}${other}${text.slice(index + 1)}`;
};

const base64url = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

/** The JSON inside `<base64url JSON>.<MAC>` (the reference's format), or undefined for any other format. */
const readPayload = (value: string): Record<string, unknown> | undefined => {
	const dot = value.lastIndexOf(".");
	try {
		const parsed = JSON.parse(Buffer.from(value.slice(0, dot === -1 ? undefined : dot), "base64url").toString("utf8")) as unknown;
		return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
};

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/tampered-session-refused",
	title: "A tampered or forged admin_session is refused",
	rule: "GET /app/api/admin/auth and the panel's proxy refuse (401) an admin_session that was changed by one character, lost its MAC, carries an altered payload under the old MAC, or was written by the client as plain JSON the way CarphaCom's own panel stores it: the server checks a signature before it trusts the session.",
	refs: ["asvs:9.1.1", "facts:C.session-unsigned"],
	tier: "hardening",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const { cookies } = await panelLogin(ctx, "admin");
		const genuine = cookies.get(ADMIN_SESSION);
		ctx.expect.that(genuine !== undefined, "no admin_session cookie");
		const status = await panelStatus(ctx, `${ADMIN_SESSION}=${genuine.raw}`);
		ctx.expect.status(status, 200, "GET /app/api/admin/auth with the genuine admin_session");
		const user = ((status.body as { user?: unknown } | undefined)?.user ?? {}) as Record<string, unknown>;
		const value = genuine.value;
		const dot = value.lastIndexOf(".");
		const forgeries: Array<[string, string]> = [
			["one character in the middle changed", swapChar(value, Math.floor(value.length / 2))],
			// CarphaCom's hole: the session is plain JSON the client can write itself.
			[
				"plain JSON written by the client, as CarphaCom's panel stores it",
				JSON.stringify({ ...user, role: "admin", sessionId: "sess_gatecheck", expiresAt: "2999-01-01T00:00:00.000Z" }),
			],
		];
		if (dot > 0) forgeries.push(["its MAC removed", value.slice(0, dot)]);
		const payload = readPayload(value);
		if (payload && dot > 0)
			forgeries.push([
				"an altered payload under the old MAC",
				`${base64url(JSON.stringify({ ...payload, email: ctx.uniqueEmail("forged"), role: "admin" }))}${value.slice(dot)}`,
			]);
		for (const [what, forged] of forgeries) {
			const cookie = `${ADMIN_SESSION}=${encodeURIComponent(forged)}`;
			const reply = await panelStatus(ctx, cookie);
			ctx.expect.status(reply, 401, `GET /app/api/admin/auth with admin_session ${what}`);
			ctx.expect.equal((reply.body as { authenticated?: unknown } | undefined)?.authenticated, false, `authenticated, admin_session ${what}`, reply.exchange);
			const proxied = await viaProxy(ctx, "users/me", cookie);
			ctx.expect.status(proxied, 401, `the proxy with admin_session ${what}`);
			ctx.expect.json(proxied, NOT_AUTHENTICATED, `the proxy with admin_session ${what}`);
		}
	},
});
