// A reference app made to send its reset events as real servers do: some milliseconds after the
// answer (Medusa 2.21.2's subscriber writes 4-13 ms after its 201, ../shared/oracles/medusa-v2),
// through a JSON-lines log like the oracle's, or through a control API that has only an outbox and
// says nothing of its lag. The kit must poll for them, and wait before it concludes none came.
import { appendFileSync } from "node:fs";
import type { OutboxEvent } from "../../src/core/outbox.ts";
import type { Handler } from "./kit.ts";

interface HasOutbox {
	state: { outbox: { list(): Array<{ kind: string }> } };
}

/** Calls `late` with each outbox event a request causes, `lagMs` after the answer. */
const afterEachAnswer = (handle: Handler, runtime: HasOutbox, lagMs: number, late: (event: OutboxEvent) => void): Handler => {
	const seen = new WeakSet<object>();
	for (const item of runtime.state.outbox.list()) seen.add(item);
	return async (request) => {
		const response = await handle(request);
		const fresh = runtime.state.outbox.list().filter((item) => !seen.has(item));
		for (const item of fresh) seen.add(item);
		const events = fresh.filter((item): item is OutboxEvent => item.kind === "event");
		if (events.length > 0) setTimeout(() => events.forEach(late), lagMs);
		return response;
	};
};

/** Appends each reset event to `file` as `{"at","name","data"}`, `lagMs` after the answer (the oracle's capture-reset-token subscriber). */
export const writingResetLog = (handle: Handler, runtime: HasOutbox, file: string, lagMs: number): Handler =>
	afterEachAnswer(handle, runtime, lagMs, (event) => appendFileSync(file, `${JSON.stringify({ at: new Date(event.at).toISOString(), name: event.name, data: event.data })}\n`));

/** A control API with an outbox only, no clock and no lag stated, whose events show up `lagMs` after the answer that caused them. */
export const lateOutboxOnly = (handle: Handler, runtime: HasOutbox, lagMs: number): Handler => {
	const arrived: OutboxEvent[] = [];
	const app = afterEachAnswer(handle, runtime, lagMs, (event) => arrived.push(event));
	return async (request) => {
		const url = new URL(request.url);
		if (url.pathname === "/__control") return Response.json({ protocol: "gatecheck-control/1", capabilities: ["outbox"], now: Date.now() });
		if (url.pathname === "/__control/outbox") {
			const to = url.searchParams.get("to");
			const name = url.searchParams.get("event");
			const items = arrived.filter((event) => (to === null || (event.data.entity_id ?? event.data.email) === to) && (name === null || event.name === name));
			return Response.json({ items });
		}
		return app(request);
	};
};
