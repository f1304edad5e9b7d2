// Where a server's password-reset tokens can be read: the kit's own mail sources (conformance/kit/
// mail), a log of its auth.password_reset events (the Medusa oracle's subscriber appends one JSON
// line per event) or the control API's outbox (conformance/CONTROL.md). Reset tokens never come back
// in an HTTP answer, only by mail.
import { ControlClient } from "../../conformance/kit/control.ts";
import { controlMailSource } from "../../conformance/kit/mail/control-source.ts";
import { resetLogSource } from "../../conformance/kit/mail/reset-log.ts";
import type { MailSource } from "../../conformance/kit/mail/source.ts";
import type { MailKey } from "./steps.ts";

export interface ResetMail {
	/** Every reset token mailed to `key.email` for `key.actor`, oldest first. */
	tokens(key: MailKey): Promise<string[]>;
	/** How long a mail may come after the answer to its request (real servers send it after answering). */
	lagMs: number;
}

/** Medusa 2.21.2 emits the event a few milliseconds after its 201 (CONTROL.md); a second is plenty. */
const LOG_LAG_MS = 1_000;

const fromSource = (source: MailSource): ResetMail => ({
	lagMs: source.lagMs ?? LOG_LAG_MS,
	async tokens(key) {
		const events = await source.read({ to: key.email, event: "auth.password_reset" });
		return events.flatMap(({ data }) => (data.actor_type === key.actor && typeof data.token === "string" ? [data.token] : []));
	},
});

export const resetLog = (file: string): ResetMail => fromSource(resetLogSource(file));

/** The control API's outbox; its `outboxLagMs` (0 on the reference) says how long to wait for a mail. */
export const controlOutbox = async (controlUrl: string): Promise<ResetMail> => {
	const base = controlUrl.replace(/\/+$/, "");
	const control = new ControlClient(base, fetch);
	const probe = await control.probe();
	if (!("info" in probe)) throw new Error(probe.problem);
	return fromSource(controlMailSource(control, base, probe.info.outboxLagMs));
};
