// How a mistake in a fixtures file reads: the field's path as one would write it in JavaScript
// (`customers[1].email`), then what was expected there and what was found. TypeBox reports JSON
// pointers ("/1/email") and its own wording ("Expected string to match '^[0-9a-f]{8}-…$'"); a person
// editing the file by hand needs the place and the rule in words, so the wording comes from the
// schema itself: its type and bounds, or its `title` and `examples` where a pattern would say little.
import type { TSchema } from "@sinclair/typebox";
import { type ValueError, ValueErrorType } from "@sinclair/typebox/errors";
import leven from "leven";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const pointerKeys = (pointer: string): string[] =>
	pointer
		.split("/")
		.slice(1)
		.map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));

/** `customers[1].email` for the section "customers" and the JSON pointer "/1/email". */
export const fieldPath = (section: string, pointer = ""): string =>
	pointerKeys(pointer).reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`), section);

const article = (noun: string): string => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;

const bounds = (schema: TSchema): string =>
	[schema.minimum === undefined ? "" : ` of at least ${schema.minimum}`, schema.maximum === undefined ? "" : ` of at most ${schema.maximum}`].join("");

/** What `schema` accepts, in words: "a string", "an ISO 8601 UTC time such as …", "a number of at least 0". */
export const expectation = (schema: TSchema): string => {
	if (typeof schema.title === "string") {
		const [example] = Array.isArray(schema.examples) ? schema.examples : [];
		return `${article(schema.title)}${example === undefined ? "" : ` such as ${JSON.stringify(example)}`}`;
	}
	if (schema.type === "string") return schema.minLength === 1 ? "a non-empty string" : schema.pattern ? `a string matching /${schema.pattern}/` : "a string";
	if (schema.type === "number") return `a number${bounds(schema)}`;
	if (schema.type === "integer") return `a whole number${bounds(schema)}`;
	if (schema.type === "boolean") return "true or false";
	if (schema.type === "array") return "a list";
	if (schema.type === "object") return "an object";
	return "another value";
};

/** A value as a message shows it: short values as JSON, lists and objects by their kind. */
export const shownValue = (value: unknown): string => {
	if (value === undefined) return "nothing";
	if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
	if (typeof value === "object" && value !== null) return "an object";
	const json = JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}…"` : json;
};

/** The known name `name` is probably a typo of, if one is close enough to say so. */
export const nearestName = (name: string, known: readonly string[]): string | undefined => {
	const folded = name.toLowerCase();
	const [best] = known
		.map((candidate) => ({ candidate, cost: leven(folded, candidate.toLowerCase()) }))
		.sort((a, b) => a.cost - b.cost);
	return best && best.cost <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
};

/** "(did you mean "customers"?)", or the names there are when none is close. */
export const unknownNameHint = (name: string, known: readonly string[], listedAs: string): string => {
	const nearest = nearestName(name, known);
	return nearest === undefined ? `(${listedAs} ${known.join(", ")})` : `(did you mean ${JSON.stringify(nearest)}?)`;
};

/** One schema mistake of the section `section`, as `path: what was expected, what was found`. */
export const describeValueError = (section: string, error: ValueError): string => {
	const path = fieldPath(section, error.path);
	if (error.type === ValueErrorType.ObjectRequiredProperty) return `${path}: missing; expected ${expectation(error.schema)}`;
	if (error.type === ValueErrorType.ObjectAdditionalProperties) {
		const name = pointerKeys(error.path).at(-1) ?? "";
		return `${path}: unknown field ${unknownNameHint(name, Object.keys(error.schema.properties ?? {}), "fields here:")}`;
	}
	return `${path}: expected ${expectation(error.schema)}, got ${shownValue(error.value)}`;
};
