import { describe, expect, test } from "bun:test";
import { deepMerge } from "./deep-merge.ts";

describe("deepMerge", () => {
	const base = { ttl: 10, cookie: { httpOnly: true, sameSite: "Lax" }, list: [1, 2], read: (x: number): number => x };

	test("replaces the fields given, at any depth, and keeps the rest", () => {
		const merged = deepMerge(base, { cookie: { httpOnly: false } });
		expect(merged.cookie).toEqual({ httpOnly: false, sameSite: "Lax" });
		expect(merged.ttl).toBe(10);
		expect(merged.list).toBe(base.list);
	});

	test("replaces arrays and functions whole, and skips undefined", () => {
		const read = (x: number): number => x + 1;
		const merged = deepMerge(base, { list: [3], read, ttl: undefined });
		expect(merged.list).toEqual([3]);
		expect(merged.read).toBe(read);
		expect(merged.ttl).toBe(10);
	});

	test("changes neither argument", () => {
		const patch = { cookie: { sameSite: "None" } };
		deepMerge(base, patch);
		expect(base.cookie).toEqual({ httpOnly: true, sameSite: "Lax" });
		expect(patch).toEqual({ cookie: { sameSite: "None" } });
	});
});
