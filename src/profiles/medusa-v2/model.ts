// Request body shapes (TypeBox, Elysia's `t`) and their validation with Medusa's strict-zod messages
// (FACTS.md §A.2): "Invalid request: " and at most three issues joined by "; " —
// `Field 'x' is required`, `Expected type: 'string' for field 'x', got: 'number'`,
// `Expected: 'a, b' for field 'x', but got: 'c'`, `Unrecognized fields: 'a, b'` (observed 08a).
import type { Static, TObject, TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { t } from "elysia";
import { medusaV2Error } from "./errors.ts";

export const ResetPasswordBody = t.Object({
	identifier: t.String(),
	metadata: t.Optional(t.Record(t.String(), t.Unknown())),
});

export const CreateCustomerBody = t.Object({
	email: t.Optional(t.String()),
	company_name: t.Optional(t.String()),
	first_name: t.Optional(t.String()),
	last_name: t.Optional(t.String()),
	phone: t.Optional(t.String()),
	metadata: t.Optional(t.Record(t.String(), t.Unknown())),
});

export const CreateApiKeyBody = t.Object({
	title: t.String(),
	type: t.Union([t.Literal("publishable"), t.Literal("secret")]),
});

// Bounded so that revoked_at stays a representable date (reference choice: at most 100 years ahead).
export const RevokeApiKeyBody = t.Object({
	revoke_in: t.Optional(t.Number({ minimum: 0, maximum: 100 * 365 * 86_400 })),
});

const typeName = (value: unknown): string => {
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	return typeof value;
};

const describeMismatch = (field: string, schema: TSchema, value: unknown): string => {
	const literals = (schema.anyOf as TSchema[] | undefined)?.map((option) => option.const);
	if (literals?.every((literal) => typeof literal === "string"))
		return `Expected: '${literals.join(", ")}' for field '${field}', but got: '${String(value)}'`;
	if (typeName(value) === schema.type && typeof schema.minimum === "number" && typeof schema.maximum === "number")
		return `Expected a number between ${schema.minimum} and ${schema.maximum} for field '${field}', got: '${String(value)}'`;
	return `Expected type: '${String(schema.type)}' for field '${field}', got: '${typeName(value)}'`;
};

/** The body as `schema` types it, or ERR_INVALID_BODY with upstream's message. A non-object body counts as {}. */
export const validateBody = <S extends TObject>(schema: S, body: unknown): Static<S> => {
	const input = (typeof body === "object" && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
	const required = new Set(schema.required ?? []);
	const issues: string[] = [];
	for (const [field, fieldSchema] of Object.entries(schema.properties) as Array<[string, TSchema]>) {
		const value = input[field];
		if (value === undefined) {
			if (required.has(field)) issues.push(`Field '${field}' is required`);
		} else if (!Value.Check(fieldSchema, value)) issues.push(describeMismatch(field, fieldSchema, value));
	}
	const unknown = Object.keys(input).filter((key) => !Object.hasOwn(schema.properties, key));
	if (unknown.length > 0) issues.push(`Unrecognized fields: '${unknown.join(", ")}'`);
	if (issues.length > 0) throw medusaV2Error("ERR_INVALID_BODY", `Invalid request: ${issues.slice(0, 3).join("; ")}`);
	return input as Static<S>;
};
