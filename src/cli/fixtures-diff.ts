// What changed between two fixtures files, in one short line (issue 19, scope 5): `serve --watch`
// prints it on each reload so that the user sees their edit taken, record by record, without the
// banner again. Pure and profile-agnostic: it compares the files' JSON section by section, so every
// profile's own sections (a list of orders, a single shipping profile) are told apart the same way.
import { isDeepStrictEqual } from "node:util";

/** How one section differs: records added, removed and changed, each by its label. */
export interface SectionChange {
	section: string;
	/** A section the old file did not have, or the new one does not. */
	presence: "new" | "removed" | "both";
	added: string[];
	removed: string[];
	changed: string[];
}

/**
 * The fields a record is known by, in the order tried: accounts by the e-mail one logs in with,
 * the rest by id. A section's records are keyed by the first of these every record has, distinct.
 */
const KEY_FIELDS = ["email", "id", "token", "handle", "slug", "name"] as const;

/** More labels than this are counted, not listed: the line stays one line. */
const MAX_LABELS = 3;

/**
 * A label that is a key token keeps its prefix and its end only: a secret key is a credential, and
 * the diff line goes to a terminal or a CI log.
 */
const labelOf = (field: string, value: string): string => (field === "token" && value.length > 14 ? `${value.slice(0, 7)}…${value.slice(-4)}` : value);

type Records = Map<string, unknown>;

/** The field every record of both lists has as a distinct string, or undefined (records are then compared by position). */
const keyFieldOf = (lists: unknown[][]): string | undefined =>
	KEY_FIELDS.find((field) =>
		lists.every((list) => {
			const values = list.map((record) => (typeof record === "object" && record !== null ? (record as Record<string, unknown>)[field] : undefined));
			return values.every((value) => typeof value === "string") && new Set(values).size === values.length;
		}),
	);

/** A section's records by label: a list's by its key field, a map of records (oauth_providers) by name. */
const recordsOf = (value: unknown, keyField: string | undefined): Records | undefined => {
	if (Array.isArray(value))
		return new Map(value.map((record, index) => [keyField === undefined ? `[${index}]` : labelOf(keyField, (record as Record<string, string>)[keyField] ?? ""), record]));
	if (typeof value === "object" && value !== null && Object.values(value).every((entry) => typeof entry === "object" && entry !== null)) return new Map(Object.entries(value));
	// A single record (a profile's one shipping profile) or a scalar: only "changed" can be said of it.
	return undefined;
};

const diffSection = (section: string, before: unknown, after: unknown): SectionChange | undefined => {
	if (isDeepStrictEqual(before, after)) return undefined;
	const presence = before === undefined ? "new" : after === undefined ? "removed" : "both";
	const lists = [before, after].filter(Array.isArray);
	const keyField = keyFieldOf(lists);
	const old = before === undefined ? new Map() : recordsOf(before, keyField);
	const now = after === undefined ? new Map() : recordsOf(after, keyField);
	const change: SectionChange = { section, presence, added: [], removed: [], changed: [] };
	// A section whose shape changed (a list become a map) or that holds no records: changed as a whole.
	if (old === undefined || now === undefined || Array.isArray(before ?? after) !== Array.isArray(after ?? before)) return change;
	for (const [label, record] of now)
		if (!old.has(label)) change.added.push(label);
		else if (!isDeepStrictEqual(old.get(label), record)) change.changed.push(label);
	for (const label of old.keys()) if (!now.has(label)) change.removed.push(label);
	return change;
};

/** The sections of a fixtures file: keys starting with "$" are for editors, not data (core/fixtures.ts). */
const sections = (raw: Record<string, unknown>): string[] => Object.keys(raw).filter((key) => !key.startsWith("$"));

/** Each section that differs, in the new file's order, then the sections it no longer has. */
export const diffFixtures = (before: Record<string, unknown>, after: Record<string, unknown>): SectionChange[] =>
	[...new Set([...sections(after), ...sections(before)])]
		.map((section) => diffSection(section, before[section], after[section]))
		.filter((change) => change !== undefined);

const listed = (labels: string[]): string =>
	labels.length <= MAX_LABELS ? labels.join(", ") : `${labels.slice(0, MAX_LABELS).join(", ")}, ${labels.length - MAX_LABELS} more`;

const describeSection = (change: SectionChange): string => {
	const parts = [
		...(change.added.length > 0 ? [`+${change.added.length} (${listed(change.added)})`] : []),
		...(change.removed.length > 0 ? [`-${change.removed.length} (${listed(change.removed)})`] : []),
		...(change.changed.length > 0 ? [`${change.changed.length} changed (${listed(change.changed)})`] : []),
	];
	const name = change.presence === "new" ? `${change.section} (new section)` : change.presence === "removed" ? `${change.section} (section removed)` : change.section;
	if (parts.length === 0) return change.presence === "both" ? `${name} changed` : name;
	return `${name} ${parts.join(", ")}`;
};

/** The changes as one line's worth: `customers +1 (new@example.com), 1 changed (a@example.com); products -1 (prod_2)`, or `no change`. */
export const describeFixturesDiff = (changes: SectionChange[]): string => (changes.length === 0 ? "no change" : changes.map(describeSection).join("; "));
