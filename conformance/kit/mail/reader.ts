// How a check reads a MailSource: at once, until a number of events has arrived, or until none can
// still be on its way. Real servers send after answering (one real server measured wrote its reset
// event 4-13 ms after its answer, CONTROL.md), and a mail takes longer still, so every read that expects something polls, and every read that expects nothing
// waits out the source's lag first.
import { type Expect, Inconclusive } from "../expect.ts";
import type { MailEvent, MailFilter, MailSource } from "./source.ts";

/** How often a waiting read looks again. */
const POLL_MS = 25;

export interface MailReaderDeps {
	source: MailSource;
	/** The longest wait for an event to arrive, and to be sure none is coming when the source cannot say (--mail-wait). */
	waitMs: number;
	/** Lets real time pass; the check's deadline moves back by as much (a wait for mail is not the check's work). */
	sleep(ms: number): Promise<void>;
}

export class MailReader {
	constructor(private readonly deps: MailReaderDeps) {}

	get describe(): string {
		return this.deps.source.describe;
	}

	/** What has arrived for the filter so far, oldest first, without waiting. */
	now(filter: MailFilter): Promise<MailEvent[]> {
		return this.deps.source.read(filter);
	}

	/** Every event for the filter once at least `count` have arrived; fewer when the wait ends first. */
	async atLeast(filter: MailFilter, count: number): Promise<MailEvent[]> {
		const until = performance.now() + this.deps.waitMs;
		for (;;) {
			const events = await this.deps.source.read(filter);
			if (events.length >= count || performance.now() >= until) return events;
			await this.deps.sleep(POLL_MS);
		}
	}

	/** Every event for the filter once none can still be on its way: after the source's lag, or the whole --mail-wait. */
	async settled(filter: MailFilter): Promise<MailEvent[]> {
		const lag = this.deps.source.lagMs ?? this.deps.waitMs;
		if (lag > 0) await this.deps.sleep(lag);
		return this.deps.source.read(filter);
	}

	/**
	 * Every event for the filter, read when `count` of them are due and `since` had come before:
	 * once `count` have arrived, or, when no new one is due, once none can still come.
	 */
	expected(filter: MailFilter, count: number, since = 0): Promise<MailEvent[]> {
		return count === since ? this.settled(filter) : this.atLeast(filter, count);
	}

	/** Runs `send` and returns its answer with the events for the filter that arrived after it, once one has (none when the wait ends first). */
	async after<T>(filter: MailFilter, send: () => Promise<T>): Promise<{ answer: T; events: MailEvent[] }> {
		const before = (await this.now(filter)).length;
		const answer = await send();
		return { answer, events: (await this.atLeast(filter, before + 1)).slice(before) };
	}

	/** The server's own event payload; a check that judges it is inconclusive when the source gave only a token. */
	payloadOf(event: MailEvent): Record<string, unknown> {
		if (event.tokenOnly)
			throw new Inconclusive(`${this.describe} gives reset tokens, not the server's event payload; a --control outbox, a --reset-log or a --reset-token-command that prints the event's JSON gives it`);
		return event.data;
	}
}

/** The check's reader of reset mail; a check reaches for it only when it requires reset-mail, so its absence is the kit's bug, said plainly. */
export const mailOf = (ctx: { mail?: MailReader; expect: Expect }): MailReader => {
	const mail = ctx.mail;
	ctx.expect.that(mail !== undefined, "this check needs the run's reset mail (reset-mail): add it to the check's requires");
	return mail;
};
