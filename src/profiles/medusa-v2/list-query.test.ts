// The list query's filters and order on rows the test makes, for what the golden transcripts
// (26, 29) show only once: each operator, null, $and/$or, order ties, and the 400s that stand for
// upstream's 500s.
import { describe, expect, test } from "bun:test";
import { isGatecheckError } from "../../core/errors.ts";
import { type Listing, listed } from "./list-query.ts";

interface Item {
	id: string;
	title: string;
	revokedAt: number | null;
	createdAt: number;
}

const LISTING: Listing<Item> = {
	row: (item) => ({ id: item.id, title: item.title, revoked_at: item.revokedAt, created_at: item.createdAt }),
	columns: ["id", "title", "revoked_at", "created_at"],
	dates: ["revoked_at", "created_at"],
	searchable: ["title"],
};

const T = Date.parse("2026-12-07T00:00:00.000Z");
const ITEMS: Item[] = [
	{ id: "a", title: "Beta", revokedAt: null, createdAt: T },
	{ id: "b", title: "alpha", revokedAt: T + 1000, createdAt: T },
	{ id: "c", title: "Gamma", revokedAt: null, createdAt: T + 2000 },
];

const ids = (query: Record<string, unknown>): string[] => listed(ITEMS, query, LISTING).map((item) => item.id);

const refusal = (query: Record<string, unknown>): string | undefined => {
	try {
		ids(query);
		return undefined;
	} catch (error) {
		return isGatecheckError(error) ? error.message : String(error);
	}
};

describe("listed", () => {
	test("values and lists match exactly; q is a case-insensitive substring of a searchable column", () => {
		expect(ids({ title: "Beta" })).toEqual(["a"]);
		expect(ids({ title: "beta" })).toEqual([]);
		expect(ids({ id: ["a", "c"] })).toEqual(["a", "c"]);
		expect(ids({ q: "AMM" })).toEqual(["c"]);
		expect(ids({ q: "" })).toEqual(["a", "b", "c"]);
	});

	test("date operators compare times; 'null' is null; unknown operators constrain nothing", () => {
		expect(ids({ revoked_at: { $eq: "null" } })).toEqual(["a", "c"]);
		expect(ids({ revoked_at: { $ne: "null" } })).toEqual(["b"]);
		expect(ids({ created_at: { $gt: new Date(T).toISOString() } })).toEqual(["c"]);
		expect(ids({ created_at: { $gte: new Date(T).toISOString(), $lt: new Date(T + 2000).toISOString() } })).toEqual(["a", "b"]);
		expect(ids({ revoked_at: { $lte: new Date(T + 5000).toISOString() } })).toEqual(["b"]);
		expect(ids({ created_at: { $foo: "1" } })).toEqual(["a", "b", "c"]);
	});

	test("$and needs every entry, $or one", () => {
		expect(ids({ $or: [{ title: "Beta" }, { id: "c" }] })).toEqual(["a", "c"]);
		expect(ids({ $and: [{ revoked_at: { $eq: "null" } }, { q: "a" }] })).toEqual(["a", "c"]);
		expect(ids({ $and: [{ title: "Beta" }, { id: "c" }] })).toEqual([]);
	});

	test("order sorts by codepoint, nulls last; descending lists equal values newest first", () => {
		// By codepoint, upper case first (a reference choice: the recordings' titles were all lower case).
		expect(ids({ order: "title" })).toEqual(["a", "c", "b"]);
		expect(ids({ order: "revoked_at" })).toEqual(["b", "a", "c"]);
		expect(ids({ order: "-created_at" })).toEqual(["c", "b", "a"]);
		expect(ids({ order: "created_at" })).toEqual(["a", "b", "c"]);
	});

	test("an unknown order column and an unreadable date are 400s naming them, whatever the rows hold", () => {
		expect(refusal({ order: "-bogus" })).toBe("Invalid request: Cannot order by 'bogus'");
		expect(refusal({ revoked_at: { $lt: "not-a-date" } })).toBe("Invalid request: Expected a date for field 'revoked_at', got: 'not-a-date'");
		expect(listed([], { order: "title" }, LISTING)).toEqual([]);
	});
});
