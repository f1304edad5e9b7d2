import { describe, expect, test } from "bun:test";
import { deepFreeze } from "./deep-freeze.ts";

describe("deepFreeze", () => {
	test("freezes the object and every object and array inside it, and returns it", () => {
		const value = { a: { b: [{ c: 1 }] }, d: "x" };
		expect(deepFreeze(value)).toBe(value);
		expect([value, value.a, value.a.b, value.a.b[0]].every((part) => Object.isFrozen(part))).toBe(true);
	});

	test("leaves primitives and null as they are", () => {
		expect(deepFreeze(3)).toBe(3);
		expect(deepFreeze(null)).toBe(null);
		expect(deepFreeze("text")).toBe("text");
	});
});
