// Request bodies bound and validated as an ASP.NET Core [ApiController] binds and validates its
// DTOs (FACTS.md §D: ASP.NET-style `{"errors":{"Email":["The Email field is required."]}}`):
//
// - binding (System.Text.Json with the web defaults): property names match in any letter case,
//   unknown properties are ignored, a number may come as a numeric string, and a value of the wrong
//   JSON kind stops binding with one error under its JSON path (`$.email`);
// - then DataAnnotations, property by property in declaration order, every failed attribute's
//   message under the property's name (`Email`, `Items[0].Quantity`); an absent or null value fails
//   only [Required].
//
// The messages are .NET's own; the one FACTS.md §D quotes ("Password must be at least 8
// characters.") is a custom ErrorMessage.
import { type FieldErrors, ValidationFailed } from "./errors.ts";

type Kind = "string" | "boolean" | "integer" | "list";

export interface FieldRule {
	/** The JSON name (camelCase, as the DTO serialises). */
	name: string;
	kind: Kind;
	required?: boolean;
	/** [EmailAddress] */
	email?: boolean;
	/** [Url] */
	url?: boolean;
	/** [MinLength], with its custom message if any. */
	minLength?: { length: number; message?: string };
	/** [MaxLength] */
	maxLength?: number;
	/** [Range] */
	range?: { min: number; max: number };
	/** A list's element DTO. */
	items?: BodyShape;
}

/** A request DTO: its .NET name (in conversion errors) and its properties. */
export interface BodyShape {
	dto: string;
	fields: readonly FieldRule[];
}

export type Fields = Record<string, unknown>;

const CLR_TYPE: Record<Exclude<Kind, "list">, string> = { string: "System.String", boolean: "System.Boolean", integer: "System.Int32" };

const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };

/** The DTO property's name: the JSON name with its first letter upper-cased. */
const propertyOf = (rule: FieldRule): string => `${rule.name.charAt(0).toUpperCase()}${rule.name.slice(1)}`;

const clrTypeOf = (rule: FieldRule): string =>
	rule.kind === "list" ? `System.Collections.Generic.List\`1[${rule.items?.dto ?? "System.Object"}]` : CLR_TYPE[rule.kind];

class ConversionFailed {
	constructor(readonly path: string, readonly clrType: string) {}
}

/** The value of `rule` in `body`, found in any letter case (the last of several wins), as .NET reads it. */
const lookUp = (body: Fields, rule: FieldRule): { key: string; value: unknown } | undefined => {
	let found: { key: string; value: unknown } | undefined;
	const wanted = rule.name.toLowerCase();
	for (const key of Object.keys(body)) if (key.toLowerCase() === wanted) found = { key, value: body[key] };
	return found;
};

/** A JSON value as `rule`'s .NET type, or ConversionFailed thrown; null stays null (the DTO's types are nullable). */
const convert = (rule: FieldRule, value: unknown, path: string): unknown => {
	if (value === null) return null;
	const fail = (): never => {
		throw new ConversionFailed(path, clrTypeOf(rule));
	};
	switch (rule.kind) {
		case "string":
			return typeof value === "string" ? value : fail();
		case "boolean":
			return typeof value === "boolean" ? value : fail();
		case "integer": {
			// JsonNumberHandling.AllowReadingFromString, which the web defaults turn on.
			const number = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
			return typeof number === "number" && Number.isInteger(number) && number >= INT32.min && number <= INT32.max ? number : fail();
		}
		case "list":
			return Array.isArray(value) && rule.items ? value.map((item, index) => bind(rule.items as BodyShape, item, `${path}[${index}]`)) : fail();
	}
};

/** The DTO's properties from a JSON value, or ConversionFailed thrown at the first value of the wrong kind. */
const bind = (shape: BodyShape, body: unknown, path: string): Fields => {
	if (typeof body !== "object" || body === null || Array.isArray(body)) throw new ConversionFailed(path, shape.dto);
	const fields: Fields = {};
	for (const rule of shape.fields) {
		const found = lookUp(body as Fields, rule);
		fields[rule.name] = found === undefined ? null : convert(rule, found.value, `${path}.${found.key}`);
	}
	return fields;
};

/** [EmailAddress]: exactly one @, neither first nor last, and no line break. */
const isEmailAddress = (value: string): boolean => {
	const at = value.indexOf("@");
	return !/[\r\n]/.test(value) && at > 0 && at !== value.length - 1 && at === value.lastIndexOf("@");
};

/** [Url]: an absolute http, https or ftp address, by its scheme alone. */
const isUrl = (value: string): boolean => /^(?:https?|ftp):\/\//i.test(value);

/** The failed attributes' messages of one property's bound value. */
const messagesOf = (rule: FieldRule, value: unknown): string[] => {
	const property = propertyOf(rule);
	if (value === null) return rule.required ? [`The ${property} field is required.`] : [];
	const messages: string[] = [];
	const length = typeof value === "string" || Array.isArray(value) ? value.length : undefined;
	if (rule.required && typeof value === "string" && value.trim() === "") messages.push(`The ${property} field is required.`);
	if (rule.email && typeof value === "string" && !isEmailAddress(value)) messages.push(`The ${property} field is not a valid e-mail address.`);
	if (rule.url && typeof value === "string" && !isUrl(value)) messages.push(`The ${property} field is not a valid fully-qualified http, https, or ftp URL.`);
	if (rule.minLength && length !== undefined && length < rule.minLength.length)
		messages.push(rule.minLength.message ?? `The field ${property} must be a string or array type with a minimum length of '${rule.minLength.length}'.`);
	if (rule.maxLength !== undefined && length !== undefined && length > rule.maxLength)
		messages.push(`The field ${property} must be a string or array type with a maximum length of '${rule.maxLength}'.`);
	if (rule.range && typeof value === "number" && (value < rule.range.min || value > rule.range.max))
		messages.push(`The field ${property} must be between ${rule.range.min} and ${rule.range.max}.`);
	return messages;
};

/** Every DataAnnotations failure of bound `fields`, nested lists' items under `Items[0].Quantity`. */
const collect = (shape: BodyShape, fields: Fields, prefix: string, errors: FieldErrors): void => {
	for (const rule of shape.fields) {
		const key = `${prefix}${propertyOf(rule)}`;
		const value = fields[rule.name];
		const messages = messagesOf(rule, value);
		if (messages.length > 0) errors[key] = messages;
		if (rule.items && Array.isArray(value)) value.forEach((item, index) => collect(rule.items as BodyShape, item as Fields, `${key}[${index}].`, errors));
	}
};

/** The DTO's properties (by JSON name; null when absent), or ValidationFailed with ASP.NET's `errors`. */
export const validateBody = (shape: BodyShape, body: unknown): Fields => {
	let fields: Fields;
	try {
		fields = bind(shape, body, "$");
	} catch (error) {
		if (!(error instanceof ConversionFailed)) throw error;
		throw new ValidationFailed({ [error.path]: [`The JSON value could not be converted to ${error.clrType}. Path: ${error.path}.`] });
	}
	const errors: FieldErrors = {};
	collect(shape, fields, "", errors);
	if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
	return fields;
};
