import { describe, expect, test } from "bun:test";
import { fieldValues, refuseDuplicates, refuseUnknownReferences } from "./fixture-references.ts";
import { FixturesError } from "./fixtures-error.ts";

const keys = [
	{ id: "k1", sales_channels: ["sc_1"] },
	{ id: "k2", sales_channels: ["sc_1", "sc_2"], note: undefined },
];

describe("fixture references", () => {
	test("fieldValues lists a field's strings with their paths, each item of a list on its own", () => {
		expect(fieldValues("keys", keys, "id")).toEqual([
			{ path: "keys[0].id", value: "k1" },
			{ path: "keys[1].id", value: "k2" },
		]);
		expect(fieldValues("keys", keys, "sales_channels").map((entry) => entry.path)).toEqual(["keys[0].sales_channels[0]", "keys[1].sales_channels[0]", "keys[1].sales_channels[1]"]);
		expect(fieldValues("keys", keys, "note")).toEqual([]);
	});

	test("a value given twice is refused at its second place, naming the first", () => {
		expect(() => refuseDuplicates(fieldValues("keys", [...keys, { id: "k1" }], "id"))).toThrow(new FixturesError('keys[2].id: "k1" is used twice (keys[0].id)'));
		expect(() => refuseDuplicates(fieldValues("keys", keys, "id"))).not.toThrow();
	});

	test("a reference to nothing known is refused with its path", () => {
		expect(() => refuseUnknownReferences(fieldValues("keys", keys, "sales_channels"), ["sc_1"], "a sales channel of this file")).toThrow(
			new FixturesError('keys[1].sales_channels[1]: "sc_2" is not a sales channel of this file'),
		);
		expect(() => refuseUnknownReferences(fieldValues("keys", keys, "sales_channels"), ["sc_1", "sc_2"], "a channel")).not.toThrow();
	});
});
