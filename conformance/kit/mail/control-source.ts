// The control API's outbox (CONTROL.md, GET /__control/outbox) as a MailSource. A control API that
// says `outboxLagMs` (the reference says 0: its events are there before the answer) spares the kit
// the whole --mail-wait when a check must see that nothing was sent.
import type { ControlClient } from "../control.ts";
import type { MailSource } from "./source.ts";

export const controlMailSource = (control: ControlClient, controlUrl: string, lagMs?: number): MailSource => ({
	describe: `the control outbox at ${controlUrl}`,
	lagMs,
	read: (filter) => control.events({ event: filter.event, to: filter.to }),
});
