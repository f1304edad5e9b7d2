// The checks a fixtures file needs beyond each record's shape: that the ids, e-mails and tokens the
// store keys records by are given once (a second one would silently replace the first), and that a
// record names only records the file has (a key's sales channels, an order's customer). The readers
// run them after reading their sections, so that `serve --fixtures` refuses the file with the field's
// path instead of the server failing, or serving something else, when it builds its state.
import { FixturesError } from "./fixtures-error.ts";

/** One value of a field with the path it is at (`publishable_keys[0].sales_channels[1]`). */
export interface FieldValue {
	path: string;
	value: string;
}

/** `field` of each record listed at `path`: a string, or each string of a list. */
export const fieldValues = <Item extends object>(path: string, records: readonly Item[], field: keyof Item & string): FieldValue[] =>
	records.flatMap((record, index) => {
		const value: unknown = record[field];
		const at = `${path}[${index}].${field}`;
		if (typeof value === "string") return [{ path: at, value }];
		if (Array.isArray(value)) return value.flatMap((item, i) => (typeof item === "string" ? [{ path: `${at}[${i}]`, value: item }] : []));
		return [];
	});

/** Refuses the second place a value is given, naming the first. */
export const refuseDuplicates = (values: readonly FieldValue[]): void => {
	const first = new Map<string, string>();
	for (const { path, value } of values) {
		const earlier = first.get(value);
		if (earlier !== undefined) throw new FixturesError(`${path}: ${JSON.stringify(value)} is used twice (${earlier})`);
		first.set(value, path);
	}
};

/** Refuses a reference to nothing in `known`; `what` completes "… is not": "a sales channel of this file". */
export const refuseUnknownReferences = (references: readonly FieldValue[], known: Iterable<string>, what: string): void => {
	const names = new Set(known);
	for (const { path, value } of references) if (!names.has(value)) throw new FixturesError(`${path}: ${JSON.stringify(value)} is not ${what}`);
};
