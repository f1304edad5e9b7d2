// `gatecheck serve --watch` (issue 19, scope 5): the fixtures file is read again whenever it changes,
// checked exactly as at start, and served from then on; one line says what changed, or why the edit
// was refused while the previous fixtures stay served. src/main.ts swaps the app; this module decides
// when, and what to say.
import { watch } from "node:fs";
import { basename, dirname } from "node:path";
import type { Profile } from "../profiles/profile.ts";
import { describeFixturesDiff, diffFixtures } from "./fixtures-diff.ts";
import { readFixtures } from "./serve-options.ts";
import { InputError } from "./usage-error.ts";

/** Editors write a file in bursts (truncate, then write; or a temporary file, then a rename): one reload per burst. */
export const DEBOUNCE_MS = 100;

export interface FileWatch {
	close(): void;
}

/**
 * Calls `onChange` once per burst of changes to `path`, never twice at once: a change during a run
 * runs it again afterwards. `onError` hears of a failed run, and of a watch that stopped (the folder
 * removed). The folder is watched, not the file: an editor that saves by renaming a
 * new file over the old one would leave a watch on the file itself watching the old, unlinked file.
 * node:fs's watch reports the file's name on Bun and on Deno alike; where it reports none, any
 * change in the folder counts.
 */
export const watchFile = (path: string, onChange: () => Promise<void>, onError: (error: Error) => void, debounceMs = DEBOUNCE_MS): FileWatch => {
	const name = basename(path);
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running: Promise<void> | undefined;
	let again = false;
	const run = (): void => {
		timer = undefined;
		if (running) {
			again = true;
			return;
		}
		running = onChange()
			.catch(onError)
			.finally(() => {
				running = undefined;
				if (again) {
					again = false;
					run();
				}
			});
	};
	const watcher = watch(dirname(path), (_event, changed) => {
		if (changed !== null && changed !== undefined && String(changed) !== name) return;
		clearTimeout(timer);
		timer = setTimeout(run, debounceMs);
	});
	watcher.on("error", onError);
	return {
		close: () => {
			clearTimeout(timer);
			watcher.close();
		},
	};
};

export interface FixturesWatchOptions {
	profile: Profile;
	/** The --fixtures path as given: the lines name it as the start-up messages do. */
	path: string;
	/** The fixtures being served now. */
	fixtures: Record<string, unknown>;
	/** Builds a server from `fixtures` and serves it from then on; throws if it cannot. */
	serve(fixtures: Record<string, unknown>): Promise<void>;
	out(line: string): void;
	err(line: string): void;
	debounceMs?: number;
}

const KEPT = "still serving the previous fixtures";

/** Watches the fixtures file and serves each good edit of it, printing a line for every change. */
export const watchFixtures = (options: FixturesWatchOptions): FileWatch => {
	const { profile, path, out, err } = options;
	let served = options.fixtures;
	const reload = async (): Promise<void> => {
		try {
			await reloadOnce();
		} catch (error) {
			// The server stays up whatever went wrong: an exception here would otherwise end the process.
			err(`gatecheck serve: --fixtures: ${path}: cannot serve it: ${(error as Error).message}; ${KEPT}`);
		}
	};
	const reloadOnce = async (): Promise<void> => {
		let next: Record<string, unknown>;
		try {
			next = await readFixtures(profile, path);
		} catch (error) {
			if (error instanceof InputError) return err(`gatecheck serve: ${error.message}; ${KEPT}`);
			throw error;
		}
		const changes = diffFixtures(served, next);
		// A save without an edit (or one in "$comment") leaves the data as it was: the sessions and mail
		// a storefront is in the middle of are worth more than a restart that changes nothing.
		if (changes.length === 0) {
			served = next;
			return out(`fixtures reloaded (${path}): no change; sessions, outbox and clock kept`);
		}
		await options.serve(next);
		served = next;
		out(`fixtures reloaded (${path}): ${describeFixturesDiff(changes)}; sessions, outbox, clock and accounts start afresh from the file`);
	};
	return watchFile(path, reload, (error) => err(`gatecheck serve: --watch: stopped watching ${path}: ${error.message}`), options.debounceMs);
};
