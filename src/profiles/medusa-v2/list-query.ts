// The list routes' query as Medusa 2.21.2 reads it (@medusajs/medusa api/utils/validators.js):
// createFindParams' `fields`, `offset`, `limit`, `order` and `with_deleted`, a route's own filters,
// createOperatorMap's `{$eq, $ne, $in, $nin, $gt, $gte, $lt, $lte, …}` on dates, and `$and`/`$or`
// lists of the same filters (observed 26, 28, 29). Here they are applied to in-memory records, each
// seen as a row of comparable values: strings, epoch milliseconds for dates, null.
import type { TProperties } from "@sinclair/typebox";
import { t } from "elysia";
import { medusaV2Error } from "./errors.ts";

export type Row = Readonly<Record<string, string | number | null>>;

/** A filter given once or as a list: `title=a` or `title[]=a&title[]=b`. */
export const StringOrList = t.Union([t.String(), t.Array(t.String())]);

/** createOperatorMap(): a value, a list, or an object of operators (unknown operators are stripped, observed 29). */
export const OperatorMap = t.Union([StringOrList, t.Object({}, { additionalProperties: true })]);

/**
 * createFindParams() merged with a route's filters, and `$and`/`$or` lists of those filters. Strict
 * unless `strict: false` (AdminGetProductsParams, whose last merge is a plain object: observed 32).
 */
export const FindParams = <P extends TProperties>(filters: P, { strict = true } = {}) =>
	t.Object({
		fields: t.Optional(t.String()),
		offset: t.Optional(t.Unknown()),
		limit: t.Optional(t.Unknown()),
		order: t.Optional(t.String()),
		// zod's preprocess turns "true" and "false" into booleans and names anything else (observed 29).
		with_deleted: t.Optional(t.String({ pattern: "^(true|false)$", zodType: "boolean" })),
		...filters,
		$and: t.Optional(t.Array(t.Record(t.String(), t.Unknown()))),
		$or: t.Optional(t.Array(t.Record(t.String(), t.Unknown()))),
	}, { additionalProperties: !strict });

/** Keys of the query that are no filters. */
const NOT_FILTERS = new Set(["fields", "offset", "limit", "order", "with_deleted", "q"]);

/** A query value given once or as a list, as a list. */
export const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** How a list route sees its records: as rows, with the columns `order` may name, the date columns and those `q` searches. */
export interface Listing<T> {
	row(item: T): Row;
	columns: readonly string[];
	/** Columns holding epoch milliseconds (or null), which filters compare as dates. */
	dates: readonly string[];
	searchable: readonly string[];
}

/** A query value as the column's kind of value: "null" is null (observed 26, `revoked_at[$eq]=null`), a date a time. */
const comparable = (field: string, raw: unknown, isDate: boolean): string | number | null => {
	if (raw === "null" || raw === null) return null;
	if (!isDate) return String(raw);
	const time = Date.parse(String(raw));
	// Reference choice: upstream passes an unreadable date to SQL and answers 500 (observed 29).
	if (Number.isNaN(time)) throw medusaV2Error("ERR_INVALID_BODY", `Invalid request: Expected a date for field '${field}', got: '${String(raw)}'`);
	return time;
};

const OPERATORS: Readonly<Record<string, (value: string | number, wanted: string | number) => boolean>> = {
	$gt: (value, wanted) => value > wanted,
	$gte: (value, wanted) => value >= wanted,
	$lt: (value, wanted) => value < wanted,
	$lte: (value, wanted) => value <= wanted,
};

const matchesField = (row: Row, field: string, filter: unknown, isDate: boolean): boolean => {
	const value = row[field] ?? null;
	const among = (wanted: unknown): boolean => asList(wanted).some((item) => comparable(field, item, isDate) === value);
	if (typeof filter !== "object" || filter === null || Array.isArray(filter)) return among(filter);
	return Object.entries(filter).every(([operator, wanted]) => {
		if (operator === "$eq" || operator === "$in") return among(wanted);
		if (operator === "$ne" || operator === "$nin") return !among(wanted);
		const compare = OPERATORS[operator];
		// Reference choice: $like, $ilike, $re and $contains on dates, and unknown operators, constrain nothing.
		if (!compare) return true;
		const bound = comparable(field, wanted, isDate);
		return value !== null && bound !== null && typeof value === typeof bound && compare(value, bound);
	});
};

/**
 * Whether a row passes the query's filters: every field filter, every `$and` entry and one `$or`
 * entry, and `q` as a case-insensitive substring of one of the `searchable` fields.
 */
const matchesQuery = <T>(row: Row, query: Record<string, unknown>, listing: Listing<T>): boolean => {
	for (const [field, filter] of Object.entries(query)) {
		if (NOT_FILTERS.has(field) || filter === undefined) continue;
		if (field === "$and") {
			if (!asList(filter).every((entry) => matchesQuery(row, entry as Record<string, unknown>, listing))) return false;
		} else if (field === "$or") {
			if (!asList(filter).some((entry) => matchesQuery(row, entry as Record<string, unknown>, listing))) return false;
		} else if (!matchesField(row, field, filter, listing.dates.includes(field))) return false;
	}
	const { q } = query;
	if (typeof q !== "string" || q === "") return true;
	const needle = q.toLowerCase();
	return listing.searchable.some((field) => String(row[field] ?? "").toLowerCase().includes(needle));
};

const ascending = (a: Row[string], b: Row[string]): number => {
	if (a === b) return 0;
	// PostgreSQL sorts nulls last when ascending.
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
};

/**
 * The items that pass the query's filters, in its `order` (`title`, `-created_at`), else as stored. A
 * descending order is the ascending one reversed, so equal values come newest first. Reference choice:
 * a column the rows do not have is refused (upstream passes it to SQL and answers 500, observed 29).
 */
export const listed = <T>(items: readonly T[], query: Record<string, unknown>, listing: Listing<T>): T[] => {
	const rows = items.map((item) => ({ item, row: listing.row(item) })).filter(({ row }) => matchesQuery(row, query, listing));
	const order = typeof query.order === "string" ? query.order : "";
	if (order === "") return rows.map(({ item }) => item);
	const descending = order.startsWith("-");
	const column = descending ? order.slice(1) : order;
	if (!listing.columns.includes(column)) throw medusaV2Error("ERR_INVALID_BODY", `Invalid request: Cannot order by '${column}'`);
	const sorted = rows.sort((a, b) => ascending(a.row[column] ?? null, b.row[column] ?? null)).map(({ item }) => item);
	return descending ? sorted.reverse() : sorted;
};
