// The reload line of `serve --watch` (issue 19, scope 5): each kind of edit, and what it must never print.
import { describe, expect, test } from "bun:test";
import { describeFixturesDiff, diffFixtures } from "./fixtures-diff.ts";

const casey = { id: "cus_1", email: "casey@example.com", password: "supersecret" };
const sam = { id: "cus_2", email: "sam@example.com", password: "supersecret" };
const nina = { id: "cus_3", email: "nina@example.com", password: "hunter2hunter2" };
const channel = { id: "sc_1", name: "Default" };
const secretKey = { id: "apk_9", title: "CI", token: "sk_0000000000000000000000000000000000000000000000000000000000000001" };
const google = { client_id: "g", callback_url: "http://localhost/cb", accounts: [] };

const CASES: [string, Record<string, unknown>, Record<string, unknown>, string][] = [
	["the same JSON", { customers: [casey] }, { customers: [casey] }, "no change"],
	["only editor keys ($schema, $comment) differ", { $comment: "a", customers: [casey] }, { $comment: "b", customers: [casey] }, "no change"],
	["keys in another order", { customers: [{ email: casey.email, id: casey.id, password: casey.password }] }, { customers: [casey] }, "no change"],
	["a record added", { customers: [casey] }, { customers: [casey, nina] }, "customers +1 (nina@example.com)"],
	["a record removed", { customers: [casey, sam] }, { customers: [casey] }, "customers -1 (sam@example.com)"],
	["a record changed, named by its e-mail", { customers: [casey] }, { customers: [{ ...casey, password: "another" }] }, "customers 1 changed (casey@example.com)"],
	[
		"added, removed and changed in one section",
		{ customers: [casey, sam] },
		{ customers: [{ ...casey, first_name: "Casey" }, nina] },
		"customers +1 (nina@example.com), -1 (sam@example.com), 1 changed (casey@example.com)",
	],
	["records without e-mail named by id", { sales_channels: [channel] }, { sales_channels: [{ ...channel, name: "Main" }] }, "sales_channels 1 changed (sc_1)"],
	["a section unchanged is not named", { customers: [casey], sales_channels: [channel] }, { customers: [casey, sam], sales_channels: [channel] }, "customers +1 (sam@example.com)"],
	["a new section", { customers: [casey] }, { customers: [casey], sales_channels: [channel] }, "sales_channels (new section) +1 (sc_1)"],
	["a section removed", { customers: [casey], secret_keys: [secretKey] }, { customers: [casey] }, "secret_keys (section removed) -1 (apk_9)"],
	["a map of records, by name", { oauth_providers: { google } }, { oauth_providers: { google: { ...google, client_id: "h" }, github: google } }, "oauth_providers +1 (github), 1 changed (google)"],
	["a single record", { shipping_profile: { id: "sp_1", name: "Default" } }, { shipping_profile: { id: "sp_1", name: "Other" } }, "shipping_profile changed"],
	["several sections, in the new file's order", { customers: [casey], sales_channels: [channel] }, { sales_channels: [], customers: [] }, "sales_channels -1 (sc_1); customers -1 (casey@example.com)"],
	[
		"many records counted, not all listed",
		{ customers: [] },
		{ customers: [1, 2, 3, 4, 5].map((n) => ({ id: `cus_${n}`, email: `c${n}@example.com`, password: "x" })) },
		"customers +5 (c1@example.com, c2@example.com, c3@example.com, 2 more)",
	],
];

describe("diffFixtures and describeFixturesDiff", () => {
	test.each(CASES)("%s", (_name, before, after, line) => {
		expect(describeFixturesDiff(diffFixtures(before, after))).toBe(line);
	});

	test("never prints a password, nor a key token in full", () => {
		const line = describeFixturesDiff(diffFixtures({ customers: [casey], secret_keys: [] }, { customers: [nina], secret_keys: [{ title: "no id", token: secretKey.token }] }));
		expect(line).toBe("customers +1 (nina@example.com), -1 (casey@example.com); secret_keys +1 (sk_0000…0001)");
		expect(line).not.toContain(nina.password);
		expect(line).not.toContain(secretKey.token);
	});
});
