// Schema parts every profile's API description (its api-schemas.ts) is written with: a closed
// object, so that a field an answer gains without being described fails test/openapi/; a nullable
// value; and an instant as the reference writes every date.
import { type TProperties, type TSchema, Type } from "@sinclair/typebox";

/**
 * An object with these properties and no other; `required` names the ones it must have (all by
 * default; a record whose fields `fields=` selects has none required).
 */
export const closed = <P extends TProperties>(properties: P, required: readonly (keyof P & string)[] = Object.keys(properties)) =>
	Type.Object(
		Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, required.includes(name) ? schema : Type.Optional(schema)])) as P,
		{ additionalProperties: false },
	);

/** The schema, or null. */
export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** An instant as `Date.prototype.toISOString` writes it (`2026-12-06T20:18:47.994Z`), the form of every date the reference answers. */
export const Instant = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$" });
