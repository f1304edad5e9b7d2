// The lockout checks' common steps: five failed panel logins from one fresh client address, and
// reading the 429 that follows (FACTS.md §C: "5 failed attempts per IP within 5 min gives a 15-min
// lockout"; seed 000: "429 Too Many Requests | Rate-limited. Back off per Retry-After header.").
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { credentialsOf, PANEL_MESSAGES, postPanelAuth } from "./support.ts";

export const FAILURES = 5;
export const LOCKOUT_SECONDS = 15 * 60;

/** Sends FAILURES wrong-password logins from `from`, each expected to answer 401. */
export const failLogins = async (ctx: CheckContext, from: string): Promise<void> => {
	const admin = credentialsOf(ctx, "admin");
	for (let attempt = 1; attempt <= FAILURES; attempt++) {
		const reply = await postPanelAuth(ctx, { email: admin.email, password: `${admin.password}-wrong-${attempt}` }, { from });
		ctx.expect.status(reply, 401, `wrong-password panel login ${attempt} of ${FAILURES} from ${from}`);
		ctx.expect.json(reply, { message: PANEL_MESSAGES.invalidCredentials }, `wrong-password panel login ${attempt}`);
	}
};

/**
 * Asserts `reply` is the lockout's 429 and returns its wait in seconds: a Retry-After of whole
 * seconds between 1 and 900, and the same number in upstream's Romanian message.
 */
export const lockoutSeconds = (ctx: CheckContext, reply: Reply, what: string): number => {
	ctx.expect.status(reply, 429, what);
	const header = reply.headers.get("retry-after");
	ctx.expect.that(header !== null && /^\d+$/.test(header.trim()), `${what}: expected Retry-After in whole seconds`, {
		expected: "Retry-After: <seconds>",
		actual: header,
		exchange: reply.exchange,
	});
	const seconds = Number(header);
	ctx.expect.that(seconds >= 1 && seconds <= LOCKOUT_SECONDS, `${what}: Retry-After ${seconds} is not within 1…${LOCKOUT_SECONDS} s`, {
		actual: header,
		exchange: reply.exchange,
	});
	ctx.expect.json(reply, { message: `Prea multe încercări. Reîncearcă peste ${seconds} secunde.` }, `${what} (the same seconds as Retry-After)`);
	return seconds;
};
