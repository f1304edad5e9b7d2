// Bad fixtures, each mistake named with its field (issue 19, "Fixtures you can trust"): one row per
// mistake, each a profile's shipped fixtures with one thing broken, read by readServeOptions, the
// function `gatecheck serve --fixtures` reads its file with, and answered with the exact line a
// person sees: the field's path, what was expected there, and what was found. The last test runs
// the real command once, for its exit code and its stderr.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readServeOptions } from "../src/cli/serve-options.ts";
import { InputError } from "../src/cli/usage-error.ts";
import { ROOT } from "./support/child-server.ts";

const dir = mkdtempSync(join(tmpdir(), "gatecheck-fixtures-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shipped = (profile: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, "fixtures", `${profile}.json`), "utf8"));

/** Sets the field at `path` (written as the messages write it: `customers[1].email`), or deletes it for undefined. */
const setAt = (root: Record<string, unknown>, path: string, value: unknown): void => {
	const keys = path.match(/[^.[\]]+/g) ?? [];
	const last = keys.pop() ?? "";
	const parent = keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as Record<string, unknown>;
	if (value === undefined) delete parent[last];
	else parent[last] = value;
};

interface Row {
	profile: string;
	mistake: string;
	/** Fields of the profile's shipped fixtures to change, by path; or the file's whole text. */
	set?: Record<string, unknown>;
	text?: string;
	says: string;
}

const QUARK_SECOND_ACCOUNT = "6f1c2a4e-8b3d-4c5a-9e7f-1a2b3c4d5e02";

const ROWS: Row[] = [
	{ profile: "medusa-v2", mistake: "a number for an e-mail", set: { "customers[1].email": 42 }, says: "customers[1].email: expected a string, got 42" },
	{ profile: "medusa-v2", mistake: "a user without a password", set: { "users[0].password": undefined }, says: "users[0].password: missing; expected a string" },
	{ profile: "medusa-v2", mistake: "a misspelt section", set: { custmers: [], customers: undefined }, says: 'custmers: unknown section (did you mean "customers"?)' },
	{
		profile: "medusa-v2",
		mistake: "a key in a sales channel the file does not have",
		set: { "publishable_keys[0].sales_channels": ["sc_nope"] },
		says: 'publishable_keys[0].sales_channels[0]: "sc_nope" is not a sales channel of this file',
	},
	{
		profile: "medusa-v2",
		mistake: "an e-mail given twice",
		set: { "customers[1].email": "customer@example.com" },
		says: 'customers[1].email: "customer@example.com" is used twice (customers[0].email)',
	},
	{
		profile: "medusa-v2",
		mistake: "an oauth account linked to a customer the file does not have",
		set: { "oauth_providers.google.accounts[0].customer": "cus_nope" },
		says: 'oauth_providers.google.accounts[0].customer: "cus_nope" is not a customer of this file',
	},
	{
		profile: "medusa-v2",
		mistake: "a misspelt provider",
		set: { "oauth_providers.gogle": { client_id: "c", callback_url: "http://localhost/cb" } },
		says: 'oauth_providers.gogle: unknown field (did you mean "google"?)',
	},
	{
		profile: "medusa-v2",
		mistake: "a date that is no ISO time",
		set: { "customers[0].created_at": "yesterday" },
		says: 'customers[0].created_at: expected an ISO 8601 UTC time such as "2026-12-06T20:18:51.792Z", got "yesterday"',
	},
	{
		profile: "medusa-v2",
		mistake: "a file that is not JSON (a trailing comma)",
		text: '{\n  "users": [\n    { "id": "u", "email": "a@example.com", "password": "pw", }\n  ]\n}',
		says: 'not JSON at line 3, column 62: expected a property after "," (JSON allows no trailing comma)',
	},
	{ profile: "medusa-v2", mistake: "a list for the whole file", text: "[]", says: "fixtures must be a JSON object, got a list" },
	{ profile: "carphacom", mistake: "a listing without a title", set: { "marketplace_listings[0].title": null }, says: "marketplace_listings[0].title: expected a string, got null" },
	{
		profile: "carphacom",
		mistake: "a listing id given twice",
		set: { "marketplace_listings[1].id": "mkt_01JGATECHECKMKT00000000001" },
		says: 'marketplace_listings[1].id: "mkt_01JGATECHECKMKT00000000001" is used twice (marketplace_listings[0].id)',
	},
	{ profile: "carphacom", mistake: "a role that is no string", set: { "users[1].role": 1 }, says: "users[1].role: expected a string, got 1" },
	{
		profile: "carphacom",
		mistake: "a secret key with a publishable key's id",
		set: { "secret_keys[0].id": "apk_01JGATECHECKPKY00000000001" },
		says: 'secret_keys[0].id: "apk_01JGATECHECKPKY00000000001" is used twice (publishable_keys[0].id)',
	},
	{
		profile: "medusa-v1",
		mistake: "a product in a sales channel the file does not have",
		set: { "products[0].sales_channels": ["sc_nope"] },
		says: 'products[0].sales_channels[0]: "sc_nope" is not a sales channel of this file',
	},
	{
		profile: "medusa-v1",
		mistake: "a variant valued on an option its product does not have",
		set: { "products[1].options": [] },
		says: 'products[1].variants[0].options[0].option_id: "opt_01JGATECHECKPTN00000000002" is not an option of products[1]',
	},
	{ profile: "medusa-v1", mistake: "a shipping profile without a name", set: { "shipping_profile.name": undefined }, says: "shipping_profile.name: missing; expected a string" },
	{ profile: "medusa-v1", mistake: '"yes" for a boolean', set: { "publishable_keys[2].revoked": "yes" }, says: 'publishable_keys[2].revoked: expected true or false, got "yes"' },
	{
		profile: "quark",
		mistake: "an id that is no GUID",
		set: { "customers[0].id": "nope" },
		says: 'customers[0].id: expected a lower-case GUID such as "6f1c2a4e-8b3d-4c5a-9e7f-1a2b3c4d5e01", got "nope"',
	},
	{
		profile: "quark",
		mistake: "an order line of a product the file does not have",
		set: { "orders[0].lines[1].product_id": "00000000-0000-4000-8000-000000000000" },
		says: 'orders[0].lines[1].product_id: "00000000-0000-4000-8000-000000000000" is not a product (catalog_products) of this file',
	},
	{ profile: "quark", mistake: "a negative price", set: { "catalog_products[0].price": -1 }, says: "catalog_products[0].price: expected a number of at least 0, got -1" },
	{ profile: "quark", mistake: "a quantity of 0", set: { "orders[0].lines[0].quantity": 0 }, says: "orders[0].lines[0].quantity: expected a whole number of at least 1, got 0" },
	{
		profile: "quark",
		mistake: "an e-mail not written lower-case",
		set: { "customers[1].email": "Second@Example.com" },
		says: 'customers[1].email: "Second@Example.com" must be written lower-case ("second@example.com")',
	},
	{
		profile: "quark",
		mistake: "an order shipped to another account's address",
		set: { "addresses[0].customer_id": QUARK_SECOND_ACCOUNT },
		says: 'orders[0].address_id: "d4e5f6a7-1b2c-4d3e-8f40-000000000001" is not an address of the order\'s account 6f1c2a4e-8b3d-4c5a-9e7f-1a2b3c4d5e01',
	},
];

/** Writes the row's broken file; its path. */
const brokenFile = (row: Row, index: number): string => {
	const path = join(dir, `${index}-${row.profile}.json`);
	const fixtures = shipped(row.profile);
	for (const [field, value] of Object.entries(row.set ?? {})) setAt(fixtures, field, value);
	writeFileSync(path, row.text ?? JSON.stringify(fixtures, null, 2));
	return path;
};

/** The error `serve --fixtures <path>` stops with. */
const refusal = (profile: string, path: string): Promise<unknown> =>
	readServeOptions(["--profile", profile, "--fixtures", path], {}).then(
		() => undefined,
		(error: unknown) => error,
	);

describe("a mistake in a fixtures file is named with its field", () => {
	test.each(ROWS.map((row, index) => [row.profile, row.mistake, row, index] as const))("%s: %s", async (profile, _mistake, row, index) => {
		const path = brokenFile(row, index);
		const error = await refusal(profile, path);
		expect(error).toBeInstanceOf(InputError);
		// A whole-file mistake names the file; a field's names the field, and the file is the one given.
		expect((error as Error).message).toBe(row.text === undefined ? `--fixtures: ${row.says}` : `--fixtures: ${path}: ${row.says}`);
	});

	test("the table covers every profile and at least twelve mistakes", () => {
		expect(new Set(ROWS.map((row) => row.profile))).toEqual(new Set(["medusa-v2", "carphacom", "medusa-v1", "quark"]));
		expect(ROWS.length).toBeGreaterThanOrEqual(12);
	});

	test("every shipped file is accepted as it is", async () => {
		for (const profile of ["medusa-v2", "carphacom", "medusa-v1", "quark"]) {
			const options = await readServeOptions(["--profile", profile], {});
			expect(typeof options === "object" && "app" in options).toBe(true);
		}
	});

	test("the real command: `gatecheck serve --fixtures bad.json` exits 2 with the field's line on stderr", () => {
		const bad = join(dir, "bad.json");
		const fixtures = shipped("medusa-v2");
		setAt(fixtures, "customers[1].email", 42);
		writeFileSync(bad, JSON.stringify(fixtures));
		const child = Bun.spawnSync([process.execPath, "run", join(ROOT, "src", "main.ts"), "serve", "--fixtures", bad, "--port", "0"]);
		expect(child.exitCode).toBe(2);
		expect(child.stderr.toString()).toBe("gatecheck serve: --fixtures: customers[1].email: expected a string, got 42\n");
		expect(child.stdout.toString()).toBe("");
	});
});
