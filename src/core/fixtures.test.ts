import { describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FixturesError, loadFixtures, readCoreFixtures } from "./fixtures.ts";

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
