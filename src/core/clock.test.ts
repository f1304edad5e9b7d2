import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { ManualClock, ShiftableClock, systemClock, toEpochSeconds } from "./clock.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("systemClock", () => {
	test("reads the wall clock in epoch milliseconds", () => {
		const before = Date.now();
		const read = systemClock.now();
		const after = Date.now();
		expect(read).toBeGreaterThanOrEqual(before);
		expect(read).toBeLessThanOrEqual(after);
	});
});

describe("ManualClock", () => {
	test("stands still until told to move", () => {
		const clock = new ManualClock(T0);
		expect(clock.now()).toBe(T0);
		expect(clock.now()).toBe(T0);
		clock.advance(1500);
		expect(clock.now()).toBe(T0 + 1500);
	});

	test("is the sum of its advances, for any sequence", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.array(fc.integer({ min: 0, max: 10 ** 9 })), (start, steps) => {
				const clock = new ManualClock(start);
				for (const step of steps) clock.advance(step);
				expect(clock.now()).toBe(start + steps.reduce((sum, step) => sum + step, 0));
			}),
			{ seed },
		);
	});
});

describe("ShiftableClock", () => {
	test("follows its base and keeps flowing between moves", () => {
		const base = new ManualClock(T0);
		const clock = new ShiftableClock(base);
		expect(clock.now()).toBe(T0);
		clock.advance(60_000);
		expect(clock.now()).toBe(T0 + 60_000);
		base.advance(5);
		expect(clock.now()).toBe(T0 + 60_005);
	});

	test("setTo lands on the given instant, and reset returns to the base", () => {
		const base = new ManualClock(T0);
		const clock = new ShiftableClock(base);
		clock.setTo(T0 - 3_600_000);
		expect(clock.now()).toBe(T0 - 3_600_000);
		base.advance(1000);
		expect(clock.now()).toBe(T0 - 3_599_000);
		clock.reset();
		expect(clock.now()).toBe(base.now());
	});

	test("defaults to the system clock", () => {
		const clock = new ShiftableClock();
		clock.advance(86_400_000);
		const read = clock.now() - 86_400_000;
		expect(Math.abs(read - Date.now())).toBeLessThan(1000);
	});

	type Move = { kind: "advance"; ms: number } | { kind: "setTo"; at: number } | { kind: "reset" } | { kind: "tick"; ms: number };
	const move: fc.Arbitrary<Move> = fc.oneof(
		fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: -(10 ** 9), max: 10 ** 9 }) }),
		fc.record({ kind: fc.constant("setTo" as const), at: fc.integer({ min: 0, max: 2 ** 45 }) }),
		fc.record({ kind: fc.constant("reset" as const) }),
		fc.record({ kind: fc.constant("tick" as const), ms: fc.integer({ min: 0, max: 10 ** 6 }) }),
	);

	test("equals base time plus the modelled offset after any sequence of moves", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 44 }), fc.array(move), (start, moves) => {
				const base = new ManualClock(start);
				const clock = new ShiftableClock(base);
				let offset = 0;
				for (const m of moves) {
					if (m.kind === "advance") {
						clock.advance(m.ms);
						offset += m.ms;
					} else if (m.kind === "setTo") {
						clock.setTo(m.at);
						offset = m.at - base.now();
						expect(clock.now()).toBe(m.at);
					} else if (m.kind === "reset") {
						clock.reset();
						offset = 0;
					} else base.advance(m.ms);
					expect(clock.now()).toBe(base.now() + offset);
				}
			}),
			{ seed },
		);
	});
});

describe("ShiftableClock offset", () => {
	test("offsetMs says how far the clock is from its base: 0, then each move, then 0 after reset", () => {
		const base = new ManualClock(T0);
		const clock = new ShiftableClock(base);
		expect(clock.offsetMs).toBe(0);
		clock.advance(3_600_000);
		base.advance(500);
		expect(clock.offsetMs).toBe(3_600_000);
		clock.setTo(T0);
		expect(clock.offsetMs).toBe(-500);
		clock.reset();
		expect(clock.offsetMs).toBe(0);
	});
});

describe("toEpochSeconds", () => {
	test("floors milliseconds to whole seconds", () => {
		expect(toEpochSeconds(T0)).toBe(T0 / 1000);
		expect(toEpochSeconds(T0 + 999)).toBe(T0 / 1000);
		expect(toEpochSeconds(T0 + 1000)).toBe(T0 / 1000 + 1);
		expect(toEpochSeconds(0)).toBe(0);
	});

	test("is the largest whole second not after the instant", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 47 }), (ms) => {
				const s = toEpochSeconds(ms);
				expect(Number.isInteger(s)).toBe(true);
				expect(s * 1000).toBeLessThanOrEqual(ms);
				expect((s + 1) * 1000).toBeGreaterThan(ms);
			}),
			{ seed },
		);
	});
});

describe("ShiftableClock keeps whole milliseconds", () => {
	test("fractional moves are rounded, so now() stays an integer", () => {
		const clock = new ShiftableClock(new ManualClock(1_000));
		clock.setTo(5_000.6);
		expect(clock.now()).toBe(5_001);
		clock.advance(0.4);
		expect(Number.isInteger(clock.now())).toBe(true);
	});
});
