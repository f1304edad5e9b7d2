import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { decodeTime } from "ulid";
import { type IdPrefix, newId, randomHex, randomUrlSafe } from "./ids.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const PREFIXES: IdPrefix[] = ["cus", "user", "authid", "apk", "sc", "prod", "pvar"];
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
// ULIDs carry 48 bits of milliseconds. The epoch itself (now = 0) has its own test below.
const instant = fc.integer({ min: 1, max: 2 ** 48 - 1 });

describe("newId", () => {
	test("is the prefix, an underscore and a ULID (observed case 03 shape)", () => {
		const id = newId("cus", Date.UTC(2026, 0, 1));
		expect(id).toMatch(/^cus_[0-9A-HJKMNP-TV-Z]{26}$/);
	});

	test("takes the ULID's time from the injected `now`, for any prefix and instant", () => {
		fc.assert(
			fc.property(fc.constantFrom(...PREFIXES), instant, (prefix, now) => {
				const id = newId(prefix, now);
				const [head, body, ...rest] = id.split("_");
				expect(head).toBe(prefix);
				expect(rest).toEqual([]);
				expect(body).toMatch(ULID);
				expect(decodeTime(body ?? "")).toBe(now);
			}),
			{ seed },
		);
	});

	// The ulid package treats a falsy seed time as "no time given" and reads Date.now() instead, so
	// an id made at the epoch (reachable with /__control/clock setTo 0) would carry the wall clock.
	test("takes the time from `now` at the epoch too (now = 0)", () => {
		expect(decodeTime(newId("cus", 0).slice(4))).toBe(0);
	});

	test("sorts by creation time when times differ", () => {
		fc.assert(
			fc.property(instant, instant, (a, b) => {
				fc.pre(a !== b);
				const [early, late] = a < b ? [a, b] : [b, a];
				expect(newId("cus", early) < newId("cus", late)).toBe(true);
			}),
			{ seed },
		);
	});

	test("differs between two ids made in the same millisecond", () => {
		const now = Date.UTC(2026, 0, 1);
		const ids = new Set(Array.from({ length: 200 }, () => newId("authid", now)));
		expect(ids.size).toBe(200);
	});
});

describe("randomHex", () => {
	test("gives two lower-case hex characters per byte", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 128 }), (bytes) => {
				expect(randomHex(bytes)).toMatch(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
			}),
			{ seed },
		);
	});

	test("does not repeat (32 bytes, as in key tokens)", () => {
		const values = new Set(Array.from({ length: 100 }, () => randomHex(32)));
		expect(values.size).toBe(100);
	});
});

describe("randomUrlSafe", () => {
	test("24 bytes make a 32-character URL-safe id, like express-session", () => {
		const id = randomUrlSafe(24);
		expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
		expect(Buffer.from(id, "base64url").length).toBe(24);
	});

	test("is unpadded base64url of the requested length, for any byte count", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 96 }), (bytes) => {
				const id = randomUrlSafe(bytes);
				expect(id).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(id.length).toBe(Math.ceil((bytes * 4) / 3));
				expect(Buffer.from(id, "base64url").length).toBe(bytes);
			}),
			{ seed },
		);
	});

	test("does not repeat", () => {
		const values = new Set(Array.from({ length: 100 }, () => randomUrlSafe(24)));
		expect(values.size).toBe(100);
	});
});
