import type { CheckContext } from "../../../kit/context.ts";
import { defineCarphacomCheck } from "../../../profiles/carphacom/refs.ts";
import { expectedLifetime } from "../../medusa-v2/bearer/support.ts";
import {
	ADMIN_SESSION,
	ADMIN_SESSION_EXPIRES,
	attribute,
	lifetimeSeconds,
	MEDUSA_TOKEN,
	panelLogin,
	THIRTY_DAYS_SECONDS,
} from "./support.ts";

const TOLERANCE_SECONDS = 5;

export default defineCarphacomCheck({
	id: "carphacom/admin-panel/cookie-lifetimes",
	title: "Panel cookies: medusa_token for a day, admin_session and its readable expiry for 30 days",
	rule: "After a panel login, medusa_token lives as long as the token (1 day, or the --token-ttl the target was started with), admin_session and admin_session_expires 30 days (Max-Age, or Expires from the answer's time, within 5 s); admin_session_expires is not HttpOnly and holds the ISO date of sessionExpires; all three have Path=/ and SameSite=Lax.",
	refs: ["facts:C.cookies", "facts:C.login"],
	tier: "observed",
	severity: "security",
	requires: ["admin-account"],
	async run(ctx: CheckContext) {
		const { reply, cookies } = await panelLogin(ctx, "admin");
		const lifetimes: Array<[string, number]> = [
			[MEDUSA_TOKEN, expectedLifetime(ctx)],
			[ADMIN_SESSION, THIRTY_DAYS_SECONDS],
			[ADMIN_SESSION_EXPIRES, THIRTY_DAYS_SECONDS],
		];
		for (const [name, expected] of lifetimes) {
			const cookie = cookies.get(name);
			ctx.expect.that(cookie !== undefined, `no ${name} Set-Cookie in the answer`, { actual: reply.setCookies, exchange: reply.exchange });
			const lifetime = lifetimeSeconds(cookie, reply);
			ctx.expect.that(
				lifetime !== undefined && Math.abs(lifetime - expected) <= TOLERANCE_SECONDS,
				`${name} lives ${lifetime ?? "for the browser session only"} s, expected ${expected} s`,
				{ expected: `Max-Age=${expected}`, actual: cookie.header, exchange: reply.exchange },
			);
			ctx.expect.equal(attribute(cookie, "Path"), "/", `${name} Path`, reply.exchange);
			ctx.expect.equal(attribute(cookie, "SameSite")?.toLowerCase(), "lax", `${name} SameSite (case-insensitive)`, reply.exchange);
		}
		const readable = cookies.get(ADMIN_SESSION_EXPIRES);
		ctx.expect.that(readable !== undefined && attribute(readable, "HttpOnly") === undefined, "admin_session_expires must be readable by the panel's scripts (no HttpOnly)", {
			actual: readable?.header,
			exchange: reply.exchange,
		});
		const sessionExpires = (reply.body as { sessionExpires?: unknown } | undefined)?.sessionExpires;
		ctx.expect.equal(readable.value, sessionExpires, "admin_session_expires value = the answer's sessionExpires", reply.exchange);
		ctx.expect.that(!Number.isNaN(Date.parse(readable.value)), "admin_session_expires is not a date", { actual: readable.value });
	},
});
