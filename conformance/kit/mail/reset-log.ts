// --reset-log FILE: a JSON-lines file a subscriber on the target appends to, one event per line
// (`{"at","name","data"}`, as the README's example subscriber writes; the event's data alone also
// does). The file is read from where the last read stopped, so a long
// run costs one pass over it; a missing file is an empty one (the subscriber makes it on its first event).
import { open } from "node:fs/promises";
import { eventFromJson, fitsFilter, type MailSource } from "./source.ts";
import type { OutboxEvent } from "../control.ts";

export class ResetLogError extends Error {}

export const resetLogSource = (file: string): MailSource => {
	const events: OutboxEvent[] = [];
	let offset = 0;
	let partial = "";
	const readMore = async (): Promise<void> => {
		let handle: Awaited<ReturnType<typeof open>>;
		try {
			handle = await open(file, "r");
		} catch (error) {
			if ((error as { code?: string }).code === "ENOENT") return;
			throw new ResetLogError(`--reset-log ${file}: ${(error as Error).message}`);
		}
		try {
			const { size } = await handle.stat();
			if (size < offset) offset = 0; // truncated or replaced: read it again from the start
			if (size === offset) return;
			const buffer = Buffer.alloc(size - offset);
			await handle.read(buffer, 0, buffer.length, offset);
			offset = size;
			const lines = (partial + buffer.toString("utf8")).split("\n");
			partial = lines.pop() ?? ""; // a line still being written
			for (const line of lines) {
				if (line.trim() === "") continue;
				const event = (() => {
					try {
						return eventFromJson(JSON.parse(line));
					} catch {
						return undefined;
					}
				})();
				if (event) events.push(event);
			}
		} finally {
			await handle.close();
		}
	};
	// Checks read at the same time; one pass at a time, or two would take the same lines.
	let queue: Promise<void> = Promise.resolve();
	const catchUp = (): Promise<void> => {
		const pass = queue.then(readMore);
		queue = pass.catch(() => undefined);
		return pass;
	};
	return {
		describe: `the reset log ${file}`,
		async read(filter) {
			await catchUp();
			return events.filter((event) => fitsFilter(event, filter));
		},
	};
};
