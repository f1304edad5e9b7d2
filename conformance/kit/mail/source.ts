// Where the kit reads what a target "mailed" for a password reset: its control API's outbox
// (CONTROL.md), a JSON-lines log written by a subscriber (--reset-log), a command the user gives
// (--reset-token-command), or mails caught by the kit's own SMTP server (--smtp-sink). Each is a
// MailSource; checks read them all the same way, through a MailReader (reader.ts).
import type { OutboxEvent } from "../control.ts";

/** Which events a check wants: those about one recipient, and of one event name when the source can tell. */
export interface MailFilter {
	/** The recipient: an event's data.entity_id, or data.email where it has none (CONTROL.md), or a mail's envelope recipient. */
	to: string;
	/** An event name such as auth.password_reset; sources that see only mails, not events, ignore it. */
	event?: string;
}

/** An event as a check sees it. `tokenOnly` marks one made from a bare token or a mail: its data is not the server's event payload. */
export type MailEvent = OutboxEvent & { tokenOnly?: true };

export interface MailSource {
	/** In a few words, for messages: "the reset log ./reset-tokens.log". */
	readonly describe: string;
	/**
	 * The longest time (ms) between an answer and the events it causes, when the source knows it
	 * (0: they are there before the answer is sent). Unknown: the reader waits the run's --mail-wait.
	 */
	readonly lagMs?: number;
	/** Every event for the filter that has arrived so far, oldest first. */
	read(filter: MailFilter): Promise<MailEvent[]>;
	/** Stops whatever the source runs (a listening SMTP server). */
	close?(): Promise<void>;
}

/** The recipient an event is about (CONTROL.md, `to`). */
const recipientOf = (event: OutboxEvent): unknown => event.data.entity_id ?? event.data.email;

/** Whether an event is of the filter's event name; one without a name (a token, a mail) is of any. */
export const fitsEventName = (event: OutboxEvent, filter: MailFilter): boolean => filter.event === undefined || event.name === "" || event.name === filter.event;

/** Whether an event fits the filter: about its recipient, and of its event name. */
export const fitsFilter = (event: OutboxEvent, filter: MailFilter): boolean => recipientOf(event) === filter.to && fitsEventName(event, filter);

/**
 * An event from what a log line or a command printed: `{name, data, at?}` as the control outbox and
 * the oracles' subscriber write it, or the event's data alone (`{entity_id, token, …}`).
 */
export const eventFromJson = (value: unknown): OutboxEvent | undefined => {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
	const record = value as Record<string, unknown>;
	const wrapped = typeof record.data === "object" && record.data !== null && !Array.isArray(record.data);
	const data = (wrapped ? record.data : record) as Record<string, unknown>;
	const at = typeof record.at === "number" ? record.at : typeof record.at === "string" ? Date.parse(record.at) : Number.NaN;
	return { kind: "event", name: wrapped && typeof record.name === "string" ? record.name : "", at: Number.isNaN(at) ? Date.now() : at, data };
};

/** An event made from a token alone (a command that printed one) or a caught mail, about `to`. */
export const tokenEvent = (to: string, data: Record<string, unknown>): MailEvent => ({
	kind: "event",
	name: "",
	at: Date.now(),
	data: { entity_id: to, ...data },
	tokenOnly: true,
});
