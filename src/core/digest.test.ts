import { describe, expect, test } from "bun:test";
import { createHash } from "node:crypto";
import fc from "fast-check";
import { digestsEqual, sha256Hex } from "./digest.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const hexChar = fc.constantFrom(..."0123456789abcdef");
const digest = fc.string({ unit: hexChar, minLength: 64, maxLength: 64 });

describe("sha256Hex", () => {
	test("matches the FIPS 180-2 test vectors", async () => {
		expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	});

	test("hashes the UTF-8 bytes of any string, as lower-case hex", async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: "grapheme" }), async (value) => {
				const hex = await sha256Hex(value);
				expect(hex).toMatch(/^[0-9a-f]{64}$/);
				expect(hex).toBe(createHash("sha256").update(value, "utf8").digest("hex"));
			}),
			{ seed },
		);
	});
});

describe("digestsEqual", () => {
	test("is string equality on hex digests", () => {
		fc.assert(
			fc.property(digest, digest, (a, b) => {
				expect(digestsEqual(a, a)).toBe(true);
				expect(digestsEqual(a, b)).toBe(a === b);
			}),
			{ seed },
		);
	});

	test("refuses a digest that differs in one character", () => {
		fc.assert(
			fc.property(digest, fc.nat(63), hexChar, (a, at, c) => {
				fc.pre(a[at] !== c);
				const b = a.slice(0, at) + c + a.slice(at + 1);
				expect(digestsEqual(a, b)).toBe(false);
				expect(digestsEqual(b, a)).toBe(false);
			}),
			{ seed },
		);
	});

	test("answers false, without throwing, for digests of different lengths", () => {
		fc.assert(
			fc.property(digest, fc.nat(63), (a, cut) => {
				expect(digestsEqual(a, a.slice(0, cut))).toBe(false);
				expect(digestsEqual(a.slice(0, cut), a)).toBe(false);
			}),
			{ seed },
		);
	});
});
