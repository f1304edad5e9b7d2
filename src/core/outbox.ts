// What the server would have sent: events (`auth.password_reset` with its token, FACTS.md §A.8) and
// the mails a notification subscriber would make of them. Kept for /__control/outbox, newest last,
// at most `capacity` items.

export interface OutboxEvent {
	kind: "event";
	name: string;
	at: number;
	data: Record<string, unknown>;
}

export interface OutboxMail {
	kind: "mail";
	at: number;
	to: string;
	subject: string;
	text: string;
	/** The action the mail asks for, such as a password-reset link. */
	link?: string;
	/** The event this mail was made from. */
	event: string;
}

export type OutboxItem = OutboxEvent | OutboxMail;

export class Outbox {
	#items: OutboxItem[] = [];
	/** `deliver` also sends each mail item on (serve --smtp, core/smtp-mailer.ts). */
	constructor(
		readonly capacity: number,
		private readonly deliver?: (mail: OutboxMail) => void,
	) {}

	push(item: OutboxItem): void {
		this.#items.push(item);
		if (item.kind === "mail") this.deliver?.(item);
		if (this.#items.length > this.capacity) this.#items.splice(0, this.#items.length - this.capacity);
	}

	list(filter: { to?: string; name?: string } = {}): OutboxItem[] {
		return this.#items.filter(
			(item) =>
				(filter.name === undefined || (item.kind === "event" ? item.name : item.event) === filter.name) &&
				(filter.to === undefined || (item.kind === "mail" ? item.to : (item.data.entity_id ?? item.data.email)) === filter.to),
		);
	}
}
