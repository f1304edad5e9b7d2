import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { ARGON2_PRESETS, createPasswordHasher, isArgon2Preset } from "./passwords.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const hasher = createPasswordHasher(ARGON2_PRESETS.test, 2);

describe("presets", () => {
	test("owasp is argon2id m=19456 KiB, t=2, p=1 (OWASP Password Storage Cheat Sheet)", () => {
		expect(ARGON2_PRESETS.owasp).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
	});

	test("isArgon2Preset knows the named sets and nothing inherited", () => {
		for (const name of ["owasp", "dev", "test"]) expect(isArgon2Preset(name)).toBe(true);
		for (const name of ["OWASP", "", "toString", "constructor", "__proto__"]) expect(isArgon2Preset(name)).toBe(false);
	});
});

describe("PasswordHasher", () => {
	test("hashes with argon2id and the chosen parameters, salted", async () => {
		const first = await hasher.hash("correct horse");
		const second = await hasher.hash("correct horse");
		expect(first).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
		expect(first).not.toBe(second);
		expect(first).not.toContain("correct horse");
	});

	test("verify: true for the right password, false for a wrong one", async () => {
		const encoded = await hasher.hash("correct horse");
		expect(await hasher.verify(encoded, "correct horse")).toBe(true);
		expect(await hasher.verify(encoded, "correct horse ")).toBe(false);
		expect(await hasher.verify(encoded, "Correct horse")).toBe(false);
		expect(await hasher.verify(encoded, "")).toBe(false);
	});

	test("verify: false for an unknown account (no hash), whatever the password", async () => {
		for (const password of ["", "correct horse", "anything"]) expect(await hasher.verify(undefined, password)).toBe(false);
	});

	test("verify: false, not an exception, for a stored value that is not an argon2 hash", async () => {
		for (const encoded of ["", "plain", "$argon2id$v=19$m=1024,t=1,p=1$broken"]) expect(await hasher.verify(encoded, "plain")).toBe(false);
	});

	test("verify is true exactly for the password that was hashed, for any pair of passwords", async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }), fc.string({ unit: "grapheme", maxLength: 24 }), async (password, other) => {
				const encoded = await hasher.hash(password);
				expect(await hasher.verify(encoded, password)).toBe(true);
				expect(await hasher.verify(encoded, other)).toBe(other === password);
			}),
			{ seed, numRuns: 15 },
		);
	});

	test("with concurrency 1, many overlapping calls all finish with the right answers", async () => {
		const single = createPasswordHasher(ARGON2_PRESETS.test, 1);
		const encoded = await single.hash("pw");
		const answers = await Promise.all(
			Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? single.verify(undefined, "pw") : single.verify(encoded, i % 3 === 1 ? "pw" : "nope"))),
		);
		expect(answers).toEqual(Array.from({ length: 12 }, (_, i) => i % 3 === 1));
	});
});
