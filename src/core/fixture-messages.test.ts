import { describe, expect, test } from "bun:test";
import { Type } from "@sinclair/typebox";
import { expectation, fieldPath, nearestName, shownValue } from "./fixture-messages.ts";

describe("fixture messages", () => {
	test("a JSON pointer becomes the path one would write in JavaScript", () => {
		expect(fieldPath("customers", "/1/email")).toBe("customers[1].email");
		expect(fieldPath("customers")).toBe("customers");
		expect(fieldPath("oauth_providers", "/google/accounts/0/customer")).toBe("oauth_providers.google.accounts[0].customer");
		expect(fieldPath("x", "/a~1b/two words")).toBe('x["a/b"]["two words"]');
	});

	test("what a schema accepts, in words: its title and example where it has one, else its type and bounds", () => {
		expect(expectation(Type.String())).toBe("a string");
		expect(expectation(Type.String({ minLength: 1 }))).toBe("a non-empty string");
		expect(expectation(Type.String({ pattern: "^a$", title: "ISO thing", examples: ["a"] }))).toBe('an ISO thing such as "a"');
		expect(expectation(Type.Number({ minimum: 0 }))).toBe("a number of at least 0");
		expect(expectation(Type.Integer({ minimum: 1 }))).toBe("a whole number of at least 1");
		expect(expectation(Type.Boolean())).toBe("true or false");
		expect(expectation(Type.Array(Type.String()))).toBe("a list");
	});

	test("values are shown short: lists and objects by their kind", () => {
		expect([42, null, "x", undefined, [], [1], {}].map(shownValue)).toEqual(["42", "null", '"x"', "nothing", "an empty list", "a list", "an object"]);
		expect(shownValue("y".repeat(100))).toBe(`"${"y".repeat(56)}…"`);
	});

	test("a misspelt name is matched to the nearest known one, and a foreign one to none", () => {
		const sections = ["users", "customers", "sales_channels", "publishable_keys"];
		expect(nearestName("custmers", sections)).toBe("customers");
		expect(nearestName("Users", sections)).toBe("users");
		expect(nearestName("salesChannels", sections)).toBe("sales_channels");
		expect(nearestName("publishable_key", sections)).toBe("publishable_keys");
		expect(nearestName("foo", sections)).toBeUndefined();
	});
});
