// A --target file: the run's credentials and keys as JSON (README, "Running it"), checked against
// its schema before anything runs, so that a typo or a wrong type is named with its path instead of
// being ignored (a check that then skips) or failing later with a stack.
import { readFile } from "node:fs/promises";
import { type TSchema, Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { readTargetConfig, type TargetConfig, type TargetFields } from "./config.ts";

/** A target file that cannot be used, with why; `gatecheck check` prints it and exits 2. */
export class TargetFileError extends Error {}

const CREDENTIALS = Type.Object({ email: Type.String({ minLength: 1 }), password: Type.String({ minLength: 1 }) }, { additionalProperties: false });
const FIELD_KINDS = { string: Type.String(), credentials: CREDENTIALS };

/** The kit's fields (config.ts TargetConfig) and the profiles' own, all optional, nothing else. */
const schemaOf = (fields: TargetFields): TSchema =>
	Type.Object(
		{
			$schema: Type.Optional(Type.String()),
			publishableKey: Type.Optional(Type.String()),
			revokedPublishableKey: Type.Optional(Type.String()),
			otherPublishableKey: Type.Optional(Type.String()),
			admin: Type.Optional(CREDENTIALS),
			secretKey: Type.Optional(Type.String()),
			jwtSecret: Type.Optional(Type.String()),
			tokenTtlSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
			corsOrigin: Type.Optional(Type.String()),
			controlUrl: Type.Optional(Type.String()),
			...Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, Type.Optional(FIELD_KINDS[field.kind])])),
		},
		{ additionalProperties: false },
	);

export const readTargetFile = async (path: string, fields: TargetFields): Promise<TargetConfig> => {
	let text: string;
	try {
		text = await readFile(path, "utf8");
	} catch (error) {
		throw new TargetFileError(`--target ${path}: ${(error as { code?: string }).code === "ENOENT" ? "no such file" : (error as Error).message}`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new TargetFileError(`--target ${path}: not JSON (${(error as Error).message})`);
	}
	const schema = schemaOf(fields);
	if (!Value.Check(schema, raw)) {
		const [first] = Value.Errors(schema, raw);
		const where = first?.path || "/";
		const unknown = first?.message.toLowerCase().includes("unexpected property");
		throw new TargetFileError(`--target ${path}: ${where}: ${unknown ? `unknown field (fields: ${Object.keys(schema.properties).join(", ")})` : first?.message}`);
	}
	return readTargetConfig(raw as Record<string, unknown>, fields);
};
