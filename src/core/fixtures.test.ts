import { describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARGON2_PRESETS, createPasswordHasher } from "./passwords.ts";
import { FixturesError, loadFixtures, readCoreFixtures, readEverySection, seedStore } from "./fixtures.ts";
import { MemoryStore } from "./store.ts";

const person = { id: "cus_1", email: "a@example.com", password: "pw" };

describe("fixtures", () => {
	test("a missing section is an empty list; extra sections and fields are left alone", () => {
		const fixtures = readCoreFixtures({ $comment: "x", customers: [{ ...person, nickname: "A" }] });
		expect(fixtures.users).toEqual([]);
		expect(fixtures.customers as unknown[]).toEqual([{ ...person, nickname: "A" }]);
	});

	test("a section of the wrong shape is refused with the field's path, what was expected and what was found", () => {
		expect(() => readCoreFixtures({ customers: [person, { ...person, id: "cus_2", email: 3 }] })).toThrow(
			new FixturesError("customers[1].email: expected a string, got 3"),
		);
		expect(() => readCoreFixtures({ publishable_keys: { id: "k" } })).toThrow(new FixturesError("publishable_keys: expected a list, got an object"));
		expect(() => readCoreFixtures({ products: [{ id: "p", title: "t", handle: "h" }] })).toThrow(
			new FixturesError("products[0].sales_channels: missing; expected a list"),
		);
	});

	test("ids, e-mails and tokens given twice, and sales channels the file does not have, are refused where they are", () => {
		expect(() => readCoreFixtures({ customers: [person, { ...person, id: "cus_2" }] })).toThrow(
			new FixturesError('customers[1].email: "a@example.com" is used twice (customers[0].email)'),
		);
		const key = { id: "k_1", title: "t", token: "pk_1", sales_channels: [] };
		expect(() => readCoreFixtures({ publishable_keys: [key], secret_keys: [{ id: "k_1", title: "t", token: "sk_1" }] })).toThrow(
			new FixturesError('secret_keys[0].id: "k_1" is used twice (publishable_keys[0].id)'),
		);
		expect(() => readCoreFixtures({ sales_channels: [{ id: "sc_1", name: "S" }], publishable_keys: [{ ...key, sales_channels: ["sc_1", "sc_2"] }] })).toThrow(
			new FixturesError('publishable_keys[0].sales_channels[1]: "sc_2" is not a sales channel of this file'),
		);
	});

	test("readEverySection refuses a section the reader does not know before reading, naming the nearest known one", () => {
		expect(() => readEverySection({ custmers: [] }, readCoreFixtures)).toThrow(new FixturesError('custmers: unknown section (did you mean "customers"?)'));
		expect(() => readEverySection({ $schema: "x", foo: 1 }, readCoreFixtures)).toThrow(
			new FixturesError("foo: unknown section (this profile reads users, customers, sales_channels, publishable_keys, secret_keys, products)"),
		);
		expect(readEverySection({ $schema: "./schema.json", customers: [person] }, readCoreFixtures).customers).toEqual([person]);
	});

	test("created_at, when given, dates the record; without it the record is as old as the start", async () => {
		const store = new MemoryStore({ accounts: 10 });
		const now = Date.parse("2026-12-06T21:00:00.000Z");
		const fixtures = readCoreFixtures({ customers: [{ ...person, created_at: "2026-12-06T20:18:51.792Z" }, { ...person, id: "cus_2", email: "b@example.com" }] });
		await seedStore(store, fixtures, createPasswordHasher(ARGON2_PRESETS.test), now);
		expect(store.getCustomer("cus_1")?.createdAt).toBe(Date.parse("2026-12-06T20:18:51.792Z"));
		expect(store.getCustomer("cus_2")?.createdAt).toBe(now);
		expect(() => readCoreFixtures({ customers: [{ ...person, created_at: "yesterday" }] })).toThrow(
			new FixturesError('customers[0].created_at: expected an ISO 8601 UTC time such as "2026-12-06T20:18:51.792Z", got "yesterday"'),
		);
	});

	test("a file that is not a JSON object, or not there, is a FixturesError naming it (and the line and column)", async () => {
		const dir = tmpdir();
		const list = join(dir, `gatecheck-fixtures-${process.pid}.json`);
		writeFileSync(list, "[]");
		await expect(loadFixtures(list)).rejects.toThrow(new FixturesError(`${list}: fixtures must be a JSON object, got a list`));
		writeFileSync(list, '{\n  "users": [],\n}');
		await expect(loadFixtures(list)).rejects.toThrow(
			new FixturesError(`${list}: not JSON at line 3, column 1: expected a property after "," (JSON allows no trailing comma)`),
		);
		writeFileSync(list, '\uFEFF{"users": []}');
		expect(await loadFixtures(list)).toEqual({ users: [] });
		const missing = join(dir, "gatecheck-no-such-file.json");
		await expect(loadFixtures(missing)).rejects.toThrow(new FixturesError(`${missing}: no such file`));
	});
});
