import { describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARGON2_PRESETS, createPasswordHasher } from "./passwords.ts";
import { FixturesError, loadFixtures, readCoreFixtures, seedStore } from "./fixtures.ts";
import { MemoryStore } from "./store.ts";

const person = { id: "cus_1", email: "a@example.com", password: "pw" };

describe("fixtures", () => {
	test("a missing section is an empty list; extra sections and fields are left alone", () => {
		const fixtures = readCoreFixtures({ $comment: "x", customers: [{ ...person, nickname: "A" }] });
		expect(fixtures.users).toEqual([]);
		expect(fixtures.customers as unknown[]).toEqual([{ ...person, nickname: "A" }]);
	});

	test("a section of the wrong shape is refused with its name and where it goes wrong", () => {
		expect(() => readCoreFixtures({ customers: [person, { ...person, email: 3 }] })).toThrow(
			new FixturesError('section "customers" at /1/email: Expected string'),
		);
		expect(() => readCoreFixtures({ publishable_keys: { id: "k" } })).toThrow(FixturesError);
		expect(() => readCoreFixtures({ products: [{ id: "p", title: "t", handle: "h" }] })).toThrow(/section "products" at \/0\/sales_channels/);
	});

	test("created_at, when given, dates the record; without it the record is as old as the start", async () => {
		const store = new MemoryStore({ accounts: 10 });
		const now = Date.parse("2026-12-06T21:00:00.000Z");
		const fixtures = readCoreFixtures({ customers: [{ ...person, created_at: "2026-12-06T20:18:51.792Z" }, { ...person, id: "cus_2", email: "b@example.com" }] });
		await seedStore(store, fixtures, createPasswordHasher(ARGON2_PRESETS.test), now);
		expect(store.getCustomer("cus_1")?.createdAt).toBe(Date.parse("2026-12-06T20:18:51.792Z"));
		expect(store.getCustomer("cus_2")?.createdAt).toBe(now);
		expect(() => readCoreFixtures({ customers: [{ ...person, created_at: "yesterday" }] })).toThrow(/section "customers" at \/0\/created_at/);
	});

	test("a file that is not a JSON object, or not there, is a FixturesError naming it", async () => {
		const dir = tmpdir();
		const list = join(dir, `gatecheck-fixtures-${process.pid}.json`);
		writeFileSync(list, "[]");
		await expect(loadFixtures(list)).rejects.toThrow(new FixturesError(`${list}: fixtures must be a JSON object`));
		writeFileSync(list, "{");
		await expect(loadFixtures(list)).rejects.toThrow(FixturesError);
		await expect(loadFixtures(join(dir, "gatecheck-no-such-file.json"))).rejects.toThrow(FixturesError);
	});
});
