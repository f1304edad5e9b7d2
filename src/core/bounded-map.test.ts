import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { BoundedMap, type Expiring } from "./bounded-map.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

interface Entry extends Expiring {
	tag: number;
}

const entry = (tag: number, expiresAt: number): Entry => ({ tag, expiresAt });

describe("BoundedMap basics", () => {
	test("refuses a capacity that is not positive", () => {
		for (const capacity of [0, -1, Number.NaN]) expect(() => new BoundedMap<string, Entry>(capacity)).toThrow(RangeError);
		expect(new BoundedMap<string, Entry>(1).capacity).toBe(1);
	});

	test("returns a live entry, and drops it on the way once it has expired", () => {
		const map = new BoundedMap<string, Entry>(4);
		const a = entry(1, 100);
		map.set("a", a, 0);
		expect(map.get("a", 99)).toBe(a);
		expect(map.size).toBe(1);
		// expiresAt is the first instant at which the entry is gone.
		expect(map.get("a", 100)).toBeUndefined();
		expect(map.size).toBe(0);
		// and it stays gone even if asked about an earlier time afterwards.
		expect(map.get("a", 50)).toBeUndefined();
	});

	test("set replaces the value under a key without growing", () => {
		const map = new BoundedMap<string, Entry>(4);
		map.set("a", entry(1, 100), 0);
		const newer = entry(2, 100);
		map.set("a", newer, 0);
		expect(map.size).toBe(1);
		expect(map.get("a", 0)).toBe(newer);
	});

	test("delete and clear", () => {
		const map = new BoundedMap<string, Entry>(4);
		map.set("a", entry(1, 100), 0);
		map.set("b", entry(2, 100), 0);
		expect(map.delete("a")).toBe(true);
		expect(map.delete("a")).toBe(false);
		expect(map.get("a", 0)).toBeUndefined();
		map.clear();
		expect(map.size).toBe(0);
		expect(map.get("b", 0)).toBeUndefined();
	});

	test("when full, drops the oldest entry", () => {
		const map = new BoundedMap<string, Entry>(2);
		map.set("a", entry(1, 1000), 0);
		map.set("b", entry(2, 1000), 0);
		map.set("c", entry(3, 1000), 0);
		expect(map.size).toBe(2);
		expect(map.get("a", 0)).toBeUndefined();
		expect(map.get("b", 0)?.tag).toBe(2);
		expect(map.get("c", 0)?.tag).toBe(3);
	});

	test("when full, drops expired entries before live older ones", () => {
		const map = new BoundedMap<string, Entry>(3);
		map.set("old-live", entry(1, 1000), 0);
		map.set("expired-1", entry(2, 10), 0);
		map.set("expired-2", entry(3, 20), 0);
		map.set("new", entry(4, 1000), 50);
		expect(map.size).toBe(2);
		expect(map.get("old-live", 50)?.tag).toBe(1);
		expect(map.get("new", 50)?.tag).toBe(4);
	});

	test("setting a key again makes it the newest, so it outlives keys set after its first set", () => {
		const map = new BoundedMap<string, Entry>(2);
		map.set("a", entry(1, 1000), 0);
		map.set("b", entry(2, 1000), 0);
		map.set("a", entry(3, 1000), 0);
		map.set("c", entry(4, 1000), 0);
		expect(map.get("b", 0)).toBeUndefined();
		expect(map.get("a", 0)?.tag).toBe(3);
		expect(map.get("c", 0)?.tag).toBe(4);
	});

	test("liveValues lists the live entries, oldest first, and removes none of the expired ones", () => {
		const map = new BoundedMap<string, Entry>(4);
		map.set("a", entry(1, 100), 0);
		map.set("b", entry(2, 300), 0);
		map.set("c", entry(3, 200), 0);
		expect(map.liveValues(150).map((e) => e.tag)).toEqual([2, 3]);
		expect(map.size).toBe(3);
		expect(map.liveValues(0).map((e) => e.tag)).toEqual([1, 2, 3]);
	});
});

type Op =
	| { kind: "set"; key: number; ttl: number }
	| { kind: "get"; key: number }
	| { kind: "delete"; key: number }
	| { kind: "advance"; ms: number }
	| { kind: "clear" };

const op = (keys: number): fc.Arbitrary<Op> =>
	fc.oneof(
		{ weight: 5, arbitrary: fc.record({ kind: fc.constant("set" as const), key: fc.nat(keys - 1), ttl: fc.integer({ min: 0, max: 100 }) }) },
		{ weight: 4, arbitrary: fc.record({ kind: fc.constant("get" as const), key: fc.nat(keys - 1) }) },
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), key: fc.nat(keys - 1) }) },
		{ weight: 2, arbitrary: fc.record({ kind: fc.constant("advance" as const), ms: fc.integer({ min: 0, max: 60 }) }) },
		{ weight: 1, arbitrary: fc.constant({ kind: "clear" as const }) },
	);

describe("BoundedMap properties", () => {
	test("never holds more than its capacity, for any sequence of sets with any expiries", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }),
				fc.array(fc.tuple(fc.nat(30), fc.integer({ min: -50, max: 50 }), fc.nat(5)), { maxLength: 200 }),
				(capacity, sets) => {
					const map = new BoundedMap<number, Entry>(capacity);
					let now = 0;
					for (const [key, ttl, step] of sets) {
						now += step;
						map.set(key, entry(key, now + ttl), now);
						expect(map.size).toBeLessThanOrEqual(capacity);
					}
				},
			),
			{ seed },
		);
	});

	// The model: the latest value set under each key, and the order of last sets. The map must
	// keep every live, undeleted key among the `capacity` most recently set ones, never hand out a
	// stale or expired value, and never grow past its capacity.
	test("keeps the most recent live entries and never returns stale or expired ones", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 6 }), fc.array(op(10), { maxLength: 150 }), (capacity, ops) => {
				const map = new BoundedMap<number, Entry>(capacity);
				const latest = new Map<number, Entry>();
				let order: number[] = [];
				let now = 0;
				let tag = 0;
				for (const o of ops) {
					switch (o.kind) {
						case "set": {
							const value = entry(++tag, now + o.ttl);
							map.set(o.key, value, now);
							latest.set(o.key, value);
							order = [...order.filter((k) => k !== o.key), o.key];
							expect(map.get(o.key, now)).toBe(o.ttl > 0 ? value : undefined);
							break;
						}
						case "get": {
							const got = map.get(o.key, now);
							const expected = latest.get(o.key);
							if (expected === undefined || expected.expiresAt <= now) expect(got).toBeUndefined();
							else if (order.slice(-capacity).includes(o.key)) expect(got).toBe(expected);
							else if (got !== undefined) expect(got).toBe(expected);
							break;
						}
						case "delete":
							map.delete(o.key);
							latest.delete(o.key);
							break;
						case "advance":
							now += o.ms;
							break;
						case "clear":
							map.clear();
							latest.clear();
							break;
					}
					expect(map.size).toBeLessThanOrEqual(capacity);
				}
			}),
			{ seed },
		);
	});
});
