import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";
import { findJsonSyntaxError } from "./json-syntax.ts";

announceSeed();

describe("findJsonSyntaxError", () => {
	test.each([
		['{\n  "users": [\n    { "id": "u", }\n  ]\n}', 3, 18, 'expected a property after "," (JSON allows no trailing comma)'],
		['{"a": [1, 2,]}', 1, 13, 'expected a value after "," (JSON allows no trailing comma)'],
		["{\n  users: []\n}", 2, 3, 'expected a property name in double quotes, found "users"'],
		['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}", found a string'],
		['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"'],
		['{"a": tru}', 1, 7, 'expected a value, found "tru"'],
		['{"a": "x', 1, 9, "a string that is never closed"],
		['{"a": "\\q"}', 1, 8, "an unknown escape \\q in a string"],
		['{"a": "1\n2"}', 1, 9, "a line break or control character inside a string (write it as \\n, \\t, …)"],
		['{"a": 1', 1, 8, 'expected "," or "}", found the end of the file'],
		['{"a": 1}}', 1, 9, 'expected the end of the file after the JSON value, found "}"'],
		["  \n", 2, 1, "the file is empty"],
	])("%j: line %d, column %d: %s", (text, line, column, reason) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(findJsonSyntaxError(text)).toEqual({ line, column, reason });
	});

	test("finds nothing wrong in any text JSON.stringify writes", () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
				expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeUndefined();
			}),
			{ seed: SEED },
		);
	});
});
