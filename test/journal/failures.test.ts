// Failure on demand (issue 19, scope 4): `--latency` and `--fault` parsed as documented, drawn from a
// seeded generator so that the same requests under the same `--seed` meet the same failures, and
// injected in front of the routes with the CORS headers a browser needs to see the status.
import { describe, expect, test } from "bun:test";
import { FailureDice, type FailurePlan, FailureSyntaxError, parseFault, parseLatency } from "../../src/journal/failures.ts";
import type { JournalEntry } from "../../src/journal/entry.ts";
import { CUSTOMER, call, type Handler, makeTestApp } from "../support/test-app.ts";

/** The seed every test here uses, printed so a failure can be replayed by hand (serve --seed 20261207). */
const SEED = 20261207;
console.log(`failures.test.ts: --seed ${SEED}`);

describe("parsing --latency and --fault", () => {
	test.each([
		["50-300ms", { minMs: 50, maxMs: 300 }],
		["200ms", { minMs: 200, maxMs: 200 }],
		["1-2s", { minMs: 1000, maxMs: 2000 }],
	])("--latency %s", (text, range) => expect(parseLatency(text)).toEqual(range));

	test.each([
		["300-50ms", "ends before it starts"],
		["fast", "must look like 50-300ms"],
		["50-300", "must look like 50-300ms"],
		["1-90s", "at most 60s"],
	])("--latency %s is refused: %s", (text, why) => expect(() => parseLatency(text)).toThrow(why));

	test("a rule: method, path glob, status, percentage", () => {
		const rule = parseFault("POST /auth/*=503@10%");
		expect({ method: rule.method, status: rule.status, basisPoints: rule.basisPoints, text: rule.text }).toEqual({
			method: "POST",
			status: 503,
			basisPoints: 1000,
			text: "POST /auth/*=503@10%",
		});
		// `*` spans `/`: every route under /auth.
		expect(rule.matchesPath("/auth/customer/emailpass")).toBe(true);
		expect(rule.matchesPath("/store/products")).toBe(false);
		expect(parseFault("/store/*=500@0.5").method).toBeUndefined();
		expect(parseFault("/store/*=500@0.5").basisPoints).toBe(50);
	});

	test.each([
		["POST /auth/*", "must look like"],
		["POST auth/*=503@10%", "must start with /"],
		["/auth/*=200@10%", "400 to 599"],
		["/auth/*=503@0%", "from 0.01 to 100"],
		["/auth/*=503@101%", "from 0.01 to 100"],
	])("--fault %s is refused: %s", (text, why) => {
		expect(() => parseFault(text)).toThrow(FailureSyntaxError);
		expect(() => parseFault(text)).toThrow(why);
	});
});

describe("the dice", () => {
	const plan = (seed: number): FailurePlan => ({ seed, latency: { minMs: 10, maxMs: 90 }, faults: [parseFault("POST /auth/*=503@10%")] });
	const rolls = (seed: number, count: number) => {
		const dice = new FailureDice(plan(seed));
		return Array.from({ length: count }, () => {
			const { latencyMs, fault } = dice.roll("POST", "/auth/customer/emailpass");
			return { latencyMs, fault };
		});
	};

	test("the same seed gives the same latencies and faults, another seed others", () => {
		expect(rolls(SEED, 200)).toEqual(rolls(SEED, 200));
		expect(rolls(SEED + 1, 200)).not.toEqual(rolls(SEED, 200));
	});

	test("about the asked share of matching requests fault, latencies stay in the range", () => {
		const drawn = rolls(SEED, 2000);
		const faulted = drawn.filter((roll) => roll.fault !== undefined).length;
		// 10% of 2000 is 200; a binomial's 4 standard deviations either side is ±54.
		expect(faulted).toBeGreaterThan(146);
		expect(faulted).toBeLessThan(254);
		expect(drawn.every((roll) => roll.latencyMs !== undefined && roll.latencyMs >= 10 && roll.latencyMs <= 90)).toBe(true);
		expect(new Set(drawn.map((roll) => roll.latencyMs)).size).toBeGreaterThan(60);
	});

	test("a request the rule does not match never faults and costs no draw", () => {
		const dice = new FailureDice({ seed: SEED, faults: [parseFault("POST /auth/*=503@100%")] });
		expect(dice.roll("GET", "/auth/customer/emailpass").fault).toBeUndefined();
		expect(dice.roll("POST", "/store/customers").fault).toBeUndefined();
		expect(dice.roll("POST", "/auth/customer/emailpass").fault).toBe("POST /auth/*=503@100%");
	});

	test("adding --latency does not move which requests fault", () => {
		const faultsOf = (latency: FailurePlan["latency"]) => {
			const dice = new FailureDice({ seed: SEED, latency, faults: [parseFault("POST /auth/*=503@30%")] });
			return Array.from({ length: 100 }, () => dice.roll("POST", "/auth/x").fault !== undefined);
		};
		expect(faultsOf({ minMs: 1, maxMs: 500 })).toEqual(faultsOf(undefined));
	});
});

describe("in front of the routes", () => {
	const server = async (failures: FailurePlan) => {
		const entries: JournalEntry[] = [];
		const gatecheck = await makeTestApp({ failures, log: (entry) => entries.push(entry) });
		return { gatecheck, front: { handle: gatecheck.fetch } as Handler, entries };
	};
	const logins = async (front: Handler, count: number): Promise<number[]> => {
		const statuses: number[] = [];
		for (let i = 0; i < count; i++) statuses.push((await call(front, "/auth/customer/emailpass", { body: CUSTOMER })).status);
		return statuses;
	};

	test("--fault with a fixed seed: the same logins fail on every run, with the rule in the answer and the journal", async () => {
		const failures = { seed: SEED, faults: [parseFault("POST /auth/*=503@40%")] };
		const first = await server(failures);
		const statuses = await logins(first.front, 20);
		expect(await logins((await server(failures)).front, 20)).toEqual(statuses);
		expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(0);
		expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
		const faulted = first.entries.filter((entry) => entry.status === 503);
		expect(faulted.every((entry) => entry.injected?.fault === "POST /auth/*=503@40%")).toBe(true);
		expect(first.entries.filter((entry) => entry.status === 200).every((entry) => entry.injected === undefined)).toBe(true);
	});

	test("an injected answer carries the CORS headers a browser needs, and the route does not run", async () => {
		const { gatecheck, front } = await server({ seed: SEED, faults: [parseFault("POST /auth/*=503@100%")] });
		const response = await call(front, "/auth/customer/emailpass/register", {
			body: { email: "new@example.com", password: "x" },
			headers: { origin: "http://localhost:8000" },
		});
		expect(response.status).toBe(503);
		expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:8000");
		expect(response.headers.get("x-gatecheck-fault")).toBe("POST /auth/*=503@100%");
		expect(((await response.json()) as { type: string }).type).toBe("gatecheck_fault");
		// Not registered: the identity can register for real once the fault is gone.
		expect(gatecheck.runtime.state.store.findIdentity("emailpass", "new@example.com")).toBeUndefined();
	});

	test("--latency with a fixed seed: each request waits its drawn time, the same times on every run, noted in the journal", async () => {
		const failures = { seed: SEED, latency: { minMs: 20, maxMs: 60 }, faults: [] };
		const first = await server(failures);
		await call(first.front, "/store/products");
		await call(first.front, "/auth/customer/emailpass", { body: CUSTOMER });
		const second = await server(failures);
		await call(second.front, "/store/products");
		await call(second.front, "/auth/customer/emailpass", { body: CUSTOMER });
		const latencies = first.entries.map((entry) => entry.injected?.latencyMs);
		expect(second.entries.map((entry) => entry.injected?.latencyMs)).toEqual(latencies);
		for (const entry of first.entries) {
			const latency = entry.injected?.latencyMs ?? -1;
			expect(latency).toBeGreaterThanOrEqual(20);
			expect(latency).toBeLessThanOrEqual(60);
			expect(entry.durationMs).toBeGreaterThanOrEqual(latency - 1);
		}
	});

	test("the control API is never delayed or failed", async () => {
		const { front, entries } = await server({ seed: SEED, latency: { minMs: 500, maxMs: 500 }, faults: [parseFault("/*=500@100%")] });
		const started = performance.now();
		expect((await call(front, "/__control")).status).toBe(200);
		expect(performance.now() - started).toBeLessThan(400);
		expect(entries).toEqual([]);
	});
});
