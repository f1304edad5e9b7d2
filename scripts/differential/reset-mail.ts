// Where a server's password-reset tokens can be read: a log of its auth.password_reset events
// (the Medusa oracle's subscriber appends one JSON line per event) or the control API's outbox
// (conformance/CONTROL.md). Reset tokens never come back in an HTTP answer, only by mail.
import { readFile } from "node:fs/promises";
import type { MailKey } from "./steps.ts";

export interface ResetMail {
	/** Every reset token mailed to `key.email` for `key.actor`, oldest first. */
	tokens(key: MailKey): Promise<string[]>;
	/** How long a mail may come after the answer to its request (real servers send it after answering). */
	lagMs: number;
}

interface ResetEvent {
	name?: unknown;
	data?: { entity_id?: unknown; actor_type?: unknown; token?: unknown };
}

const tokensOf = (events: ResetEvent[], key: MailKey): string[] =>
	events.flatMap(({ name, data }) =>
		name === "auth.password_reset" && data?.entity_id === key.email && data.actor_type === key.actor && typeof data.token === "string" ? [data.token] : [],
	);

/** Medusa 2.21.2 emits the event a few milliseconds after its 201 (CONTROL.md); a second is plenty. */
const LOG_LAG_MS = 1_000;

export const resetLog = (file: string): ResetMail => ({
	lagMs: LOG_LAG_MS,
	async tokens(key) {
		const lines = (await readFile(file, "utf8")).split("\n").filter((line) => line.includes(key.email));
		return tokensOf(
			lines.flatMap((line) => {
				try {
					return [JSON.parse(line) as ResetEvent];
				} catch {
					// A line the subscriber is still writing; it is whole on the next read.
					return [];
				}
			}),
			key,
		);
	},
});

/** The control API's outbox; its `outboxLagMs` (0 on the reference) says how long to wait for a mail. */
export const controlOutbox = async (controlUrl: string): Promise<ResetMail> => {
	const base = controlUrl.replace(/\/+$/, "");
	const about = (await (await fetch(`${base}/__control`)).json()) as { outboxLagMs?: unknown };
	return {
		lagMs: typeof about.outboxLagMs === "number" ? about.outboxLagMs : LOG_LAG_MS,
		async tokens(key) {
			const query = new URLSearchParams({ event: "auth.password_reset", to: key.email });
			const { items } = (await (await fetch(`${base}/__control/outbox?${query}`)).json()) as { items: Array<ResetEvent & { kind?: unknown }> };
			return tokensOf(items.filter((item) => item.kind === "event"), key);
		},
	};
};
