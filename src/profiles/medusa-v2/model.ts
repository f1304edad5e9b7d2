// Request body and query shapes (TypeBox, Elysia's `t`) and their validation with the messages of
// Medusa 2.21.2's strict zod validator (@medusajs/framework zod-helpers.js): "Invalid request: " and
// at most three issues joined by "; ", in the order of the schema's fields, unknown keys last:
// `Field 'x' is required`, `Expected type: 'string' for field 'x', got: '<the value>'`,
// `Expected: 'a, b' for field 'x', but got: 'c'`, `Unrecognized fields: 'a, b'`, and zod's own
// "Invalid email address" (observed 08a, 15, 16, 17, 26).
import type { Static, TObject, TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { t } from "elysia";
import { expressQuery } from "../../http/query.ts";
import { medusaV2Error } from "./errors.ts";

/** zod's `.nullish()`: absent, null, or the type. */
const Nullish = <T extends TSchema>(schema: T) => t.Optional(t.Union([schema, t.Null()]));
const Metadata = t.Record(t.String(), t.Unknown());

export const ResetPasswordBody = t.Object({
	identifier: t.String(),
	metadata: t.Optional(Metadata),
});

export const UpdateCustomerBody = t.Object({
	company_name: Nullish(t.String()),
	first_name: Nullish(t.String()),
	last_name: Nullish(t.String()),
	phone: Nullish(t.String()),
	metadata: Nullish(Metadata),
});

/** The update's fields after the e-mail, which only a create sets. */
export const CreateCustomerBody = t.Object({
	// Not TypeBox's `format`, which would check Elysia's own e-mail pattern: zod's is checked below.
	email: Nullish(t.String({ zodFormat: "email" })),
	...UpdateCustomerBody.properties,
});

/** Upstream's AddressPayload merged with the store's own three fields, in that order. */
export const AddressBody = t.Object({
	first_name: Nullish(t.String()),
	last_name: Nullish(t.String()),
	phone: Nullish(t.String()),
	company: Nullish(t.String()),
	address_1: Nullish(t.String()),
	address_2: Nullish(t.String()),
	city: Nullish(t.String()),
	country_code: Nullish(t.String()),
	province: Nullish(t.String()),
	postal_code: Nullish(t.String()),
	metadata: Nullish(Metadata),
	address_name: Nullish(t.String()),
	is_default_shipping: t.Optional(t.Boolean()),
	is_default_billing: t.Optional(t.Boolean()),
});

export const CreateApiKeyBody = t.Object({
	title: t.String(),
	type: t.Union([t.Literal("publishable"), t.Literal("secret")]),
});

export const UpdateApiKeyBody = t.Object({ title: t.String() });

/** AdminUpdateUser: the e-mail is not among its fields (observed 30). */
export const UpdateUserBody = t.Object({
	first_name: Nullish(t.String()),
	last_name: Nullish(t.String()),
	avatar_url: Nullish(t.String()),
	metadata: Nullish(Metadata),
});

// Bounded so that revoked_at stays a representable date (reference choice: at most 100 years ahead).
export const RevokeApiKeyBody = t.Object({
	revoke_in: t.Optional(t.Number({ minimum: 0, maximum: 100 * 365 * 86_400 })),
});

/** zod v4's email pattern (zod/v4/core/regexes.js), which 2.21.2 validates `email` fields with. */
const ZOD_EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The schema a nullish one wraps. */
const unwrapped = (schema: TSchema): TSchema => {
	const members = schema.anyOf as TSchema[] | undefined;
	const nonNull = members?.filter((member) => member.type !== "null");
	return members && nonNull?.length === 1 && nonNull[0] ? nonNull[0] : schema;
};

/** The name zod gives the expected type: a TypeBox record is zod's `record`; `zodType` names a string zod preprocesses. */
const expectedType = (schema: TSchema): string => schema.zodType ?? (schema.patternProperties ? "record" : String(schema.type));

/** The strings a union of string literals allows, else undefined. */
const stringLiterals = (schema: TSchema): string[] | undefined => {
	const literals = (schema.anyOf as TSchema[] | undefined)?.map((option) => option.const);
	return literals?.every((literal) => typeof literal === "string") ? literals : undefined;
};

const describeMismatch = (field: string, nullable: TSchema, value: unknown): string => {
	const schema = unwrapped(nullable);
	const literals = stringLiterals(schema);
	if (literals) return `Expected: '${literals.join(", ")}' for field '${field}', but got: '${String(value)}'`;
	// A list of a native enum: zod-helpers.js reads the enum's issue as a missing item (observed 32).
	const items = schema.items as TSchema | undefined;
	if (Array.isArray(value) && items && stringLiterals(items))
		return `Field '${field}, ${value.findIndex((item) => !Value.Check(items, item))}' is required`;
	if (typeof value === schema.type && typeof schema.minimum === "number" && typeof schema.maximum === "number")
		return `Expected a number between ${schema.minimum} and ${schema.maximum} for field '${field}', got: '${String(value)}'`;
	if (schema.zodFormat === "email" && typeof value === "string") return "Invalid email address";
	// A union zod cannot name one expectation for (booleanString(), observed 31).
	if (typeof schema.zodMessage === "string") return schema.zodMessage;
	// zod-helpers.js interpolates the value itself: 1 → '1', an object → '[object Object]'.
	return `Expected type: '${expectedType(schema)}' for field '${field}', got: '${String(value)}'`;
};

const fits = (schema: TSchema, value: unknown): boolean =>
	Value.Check(schema, value) && !(unwrapped(schema).zodFormat === "email" && typeof value === "string" && !ZOD_EMAIL.test(value));

/**
 * The body or query as `schema` types it, or ERR_INVALID_BODY with upstream's message. An array or a
 * text/plain string is not the object zod expects, and zod-helpers.js names its path, which is
 * empty (observed 17, 18, 19).
 */
export const validateInput = <S extends TObject>(schema: S, body: unknown): Static<S> => {
	// No body at all is body-parser's {}.
	const input = (body ?? {}) as Record<string, unknown>;
	if (typeof input !== "object" || Array.isArray(input)) throw medusaV2Error("ERR_INVALID_BODY", "Invalid request: Field '' is required");
	const required = new Set(schema.required ?? []);
	const issues: string[] = [];
	for (const [field, fieldSchema] of Object.entries(schema.properties) as Array<[string, TSchema]>) {
		const value = input[field];
		if (value === undefined) {
			if (required.has(field)) issues.push(`Field '${field}' is required`);
		} else if (!fits(fieldSchema, value)) issues.push(describeMismatch(field, fieldSchema, value));
	}
	const unknown = Object.keys(input).filter((key) => !Object.hasOwn(schema.properties, key));
	// A schema open to more keys is zod's non-strict object, which strips them (observed 32).
	const strips = schema.additionalProperties === true;
	if (unknown.length > 0 && !strips) issues.push(`Unrecognized fields: '${unknown.join(", ")}'`);
	if (issues.length > 0) throw medusaV2Error("ERR_INVALID_BODY", `Invalid request: ${issues.slice(0, 3).join("; ")}`);
	return (strips ? Object.fromEntries(Object.entries(input).filter(([key]) => !unknown.includes(key))) : input) as Static<S>;
};

/** createSelectParams(): the `fields` a GET or a write's answer shows. */
export const SelectParams = t.Object({ fields: t.Optional(t.String()) });

/** The request's `fields=`, once its query is known to hold nothing else (unknown keys are refused). */
export const selectedFields = (request: Request): string | undefined => validateInput(SelectParams, expressQuery(request)).fields;

/** createFindParams() with the address list's own filters (StoreGetCustomerAddressesParams). */
export const AddressListParams = t.Object({
	fields: t.Optional(t.String()),
	offset: t.Optional(t.Unknown()),
	limit: t.Optional(t.Unknown()),
	order: t.Optional(t.String()),
	with_deleted: t.Optional(t.Unknown()),
	q: t.Optional(t.String()),
	city: t.Optional(t.Union([t.String(), t.Array(t.String())])),
	country_code: t.Optional(t.Union([t.String(), t.Array(t.String())])),
	postal_code: t.Optional(t.Union([t.String(), t.Array(t.String())])),
});
