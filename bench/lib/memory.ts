// The memory benchmarks: a server holding 1,000,000 live sessions (bench/sessions-memory.ts), and
// the RSS of the reference across a 60 s mixed soak (bench/soak.ts), with every account registered
// during the soak logged in again afterwards.
import { emptyStats, loginAll, signUp, soak } from "../soak.ts";
import type { LoadGenerator, LoadResult } from "./load.ts";
import { BUN, PK, ROOT, rssMiB, type Server } from "./servers.ts";

export interface SessionsResult {
	mode: string;
	sessions: number;
	fillSeconds: number;
	rssBeforeMiB: number;
	/** Right after the fill and a full collection, and (rssMiB) at rest 5 s later. */
	rssFilledMiB: number;
	rssMiB: number;
	heapMiB: number;
	/** Statuses of GET /store/customers/me with the first, the last and a new session's cookie. */
	statuses: { first: number; last: number; fresh: number };
	serving: LoadResult;
	rssAfterServingMiB: number;
}

const readLine = async (stream: ReadableStream<Uint8Array>, timeoutMs: number): Promise<string> => {
	const reader = stream.getReader();
	const decoder = new TextDecoder();
	let seen = "";
	const deadline = performance.now() + timeoutMs;
	try {
		while (!seen.includes("\n")) {
			const left = deadline - performance.now();
			if (left <= 0) throw new Error(`no line within ${timeoutMs} ms`);
			const chunk = await Promise.race([reader.read(), Bun.sleep(left).then(() => undefined)]);
			if (!chunk) continue;
			if (chunk.done) throw new Error(`the sessions server ended: ${seen}`);
			seen += decoder.decode(chunk.value, { stream: true });
		}
		return seen.split("\n")[0] ?? "";
	} finally {
		reader.releaseLock();
	}
};

export const sessionsBenchmark = async (
	mode: "route" | "distinct",
	sessions: number,
	generator: LoadGenerator,
	seconds: number,
): Promise<SessionsResult> => {
	const child = Bun.spawn([BUN, "run", "bench/sessions-memory.ts", "0", String(sessions), mode], { cwd: ROOT, stdout: "pipe", stderr: "inherit" });
	try {
		const ready = JSON.parse(await readLine(child.stdout, 600_000)) as {
			fillSeconds: number;
			rssBeforeMiB: number;
			rssFilledMiB: number;
			heapMiB: number;
			url: string;
			cookies: { first: string; last: string; fresh: string };
		};
		const rss = rssMiB(child.pid);
		const status = async (cookie: string): Promise<number> =>
			(await fetch(`${ready.url}/store/customers/me`, { headers: { cookie, "x-publishable-api-key": PK } })).status;
		const statuses = { first: await status(ready.cookies.first), last: await status(ready.cookies.last), fresh: await status(ready.cookies.fresh) };
		const serving = await generator.run({
			url: `${ready.url}/store/customers/me`,
			connections: 64,
			threads: 2,
			seconds,
			headers: { cookie: ready.cookies.last, "x-publishable-api-key": PK },
		});
		return { mode, sessions, fillSeconds: ready.fillSeconds, rssBeforeMiB: ready.rssBeforeMiB, rssFilledMiB: ready.rssFilledMiB, rssMiB: rss, heapMiB: ready.heapMiB, statuses, serving, rssAfterServingMiB: rssMiB(child.pid) };
	} finally {
		child.kill();
		await child.exited;
	}
};

const SETTLE_MS = 10_000;
/** From SIGUSR2 to the reading: the collection takes well under a second at these heap sizes. */
const COLLECT_MS = 2_000;

/** RSS of an idle server, in MiB: as it is, and right after a full garbage collection. */
export interface RestReading {
	idleMiB: number;
	collectedMiB: number;
}

/**
 * RSS with every user idle for 10 s (the allocator hands argon2's 19 MiB buffers back to the system
 * within a few seconds, measured, so an earlier reading shows which hashes happened to finish last),
 * then after a full collection: without one, the reading also holds whatever garbage the collector
 * has not reached yet, which is what made the same soak read 12.5%, 14.8% and 9.1% (collect-on-signal.ts).
 */
const readAtRest = async (server: Server): Promise<RestReading> => {
	if (!server.collectable) throw new Error(`${server.name} does not collect on SIGUSR2 (startReference's collectable)`);
	await Bun.sleep(SETTLE_MS);
	const idleMiB = rssMiB(server.pid);
	process.kill(server.pid, "SIGUSR2");
	await Bun.sleep(COLLECT_MS);
	return { idleMiB, collectedMiB: rssMiB(server.pid) };
};

export interface SoakResult {
	registerEvery: number;
	warmupSeconds: number;
	seconds: number;
	users: number;
	rssStart: RestReading;
	rssEnd: RestReading;
	rssSamplesMiB: number[];
	flows: number;
	requests: number;
	unexpected: Map<string, number>;
	accounts: number;
	accountsDuringSoak: number;
	relogged: number;
	lost: string[];
}

export const soakBenchmark = async (server: Server, warmupSeconds: number, seconds: number, users: number, registerEvery: number): Promise<SoakResult> => {
	const tag = `${process.pid}-${Math.floor(performance.timeOrigin)}`;
	const stats = emptyStats();
	// RSS is read at rest (readAtRest) once every flow of the warm-up has ended (a soak call returns
	// when all its flows have), and again once every flow of the soak has.
	await soak(server.url, warmupSeconds, users, `${tag}w`, registerEvery, stats);
	const warmRequests = stats.requests;
	const warmFlows = stats.flows;
	const warmAccounts = stats.accounts.length;
	const rssStart = await readAtRest(server);
	const rssSamplesMiB: number[] = [];
	const sampler = setInterval(() => rssSamplesMiB.push(rssMiB(server.pid)), 5000);
	try {
		await soak(server.url, seconds, users, `${tag}s`, registerEvery, stats);
	} finally {
		clearInterval(sampler);
	}
	const rssEnd = await readAtRest(server);
	const { ok, lost } = await loginAll(server.url, stats.accounts, users);
	return {
		registerEvery,
		warmupSeconds,
		seconds,
		users,
		rssStart,
		rssEnd,
		rssSamplesMiB,
		flows: stats.flows - warmFlows,
		requests: stats.requests - warmRequests,
		unexpected: stats.unexpected,
		accounts: stats.accounts.length,
		accountsDuringSoak: stats.accounts.length - warmAccounts,
		relogged: ok,
		lost,
	};
};

export interface AccountsMemoryResult {
	/** Accounts added after the warm-up, in equal steps. */
	accounts: number;
	/** RSS at rest after the warm-up and after each step. */
	readings: RestReading[];
	/** RSS at rest after a collection per account added, in KiB, over all the steps. */
	kibPerAccount: number;
}

/**
 * What an account costs to keep: `steps` × `perStep` sign-ups (register and create customer, as the
 * soak makes them) on `server`, `users` at a time, after `settle` sign-ups that warm the server up,
 * with RSS read at rest (readAtRest) after the warm-up and after each step: RSS grows in steps of its
 * own, even after a collection (7,000 accounts added 10.8, 8.2 and then 15.1 MiB in one run), so
 * the readings say more than their average.
 */
export const accountsMemoryBenchmark = async (server: Server, settle: number, steps: number, perStep: number, users: number): Promise<AccountsMemoryResult> => {
	const tag = `${process.pid}-${Math.floor(performance.timeOrigin)}-accounts`;
	const stats = emptyStats();
	const signUps = async (from: number, count: number): Promise<void> => {
		let next = from;
		await Promise.all(
			Array.from({ length: users }, async () => {
				for (let n = next++; n < from + count; n = next++) await signUp(server.url, `${tag}-${n}@example.com`, `pw-${n}`, stats);
			}),
		);
	};
	await signUps(0, settle);
	const readings = [await readAtRest(server)];
	for (let step = 0; step < steps; step++) {
		await signUps(settle + step * perStep, perStep);
		readings.push(await readAtRest(server));
	}
	const accounts = steps * perStep;
	if (stats.unexpected.size > 0 || stats.accounts.length !== settle + accounts)
		throw new Error(`sign-ups failed: ${[...stats.unexpected.keys()].join("; ")}`);
	const grown = (readings.at(-1) as RestReading).collectedMiB - (readings[0] as RestReading).collectedMiB;
	return { accounts, readings, kibPerAccount: (1024 * grown) / accounts };
};
