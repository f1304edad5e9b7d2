import { describe, expect, test } from "bun:test";
import { whenReady } from "./when-ready.ts";

describe("whenReady", () => {
	test("a value already here is passed on at once, and what next throws is thrown at once", () => {
		expect(whenReady(2, (n) => n * 3)).toBe(6);
		expect(() =>
			whenReady(2, () => {
				throw new Error("refused");
			}),
		).toThrow("refused");
	});

	test("a promise is passed on once it settles, and a rejection stays a rejection", async () => {
		const later = whenReady(Promise.resolve(2), (n) => n * 3);
		expect(later).toBeInstanceOf(Promise);
		expect(await later).toBe(6);
		await expect(whenReady(Promise.reject(new Error("refused")), (n: number) => n)).rejects.toThrow("refused");
	});
});
