// Request bodies checked as Medusa v1's class-validator DTOs check them, with their messages
// (medusa-v1-observed.md facts 6, 10, 15): unknown properties first ("property x should not
// exist", whitelisting runs before the fields), then each field's failed constraints in declaration
// order, all joined by ", " into one 400 invalid_data.
import { medusaV1Error } from "./errors.ts";

type Constraint = "isEmail" | "isString" | "isNotEmpty";

export interface FieldRule {
	field: string;
	constraints: readonly Constraint[];
	/** IsOptional: an absent (undefined or null) value is not checked. */
	optional?: boolean;
}

// validator.js's isEmail is longer; this keeps its shape: a local part, an @, and a dotted domain.
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]._-][^\s@"(),:;<>[\\\]]*\.[^\s@"(),:;<>[\\\].]{2,}$/;

const FAILS: Record<Constraint, (value: unknown) => boolean> = {
	isEmail: (value) => typeof value !== "string" || !EMAIL.test(value),
	isString: (value) => typeof value !== "string",
	isNotEmpty: (value) => value === "" || value === null || value === undefined,
};

const MESSAGE: Record<Constraint, string> = {
	isEmail: "must be an email",
	isString: "must be a string",
	isNotEmpty: "should not be empty",
};

/** The body's fields, or ERR_INVALID_BODY with every message joined as upstream joins them. */
export const validateBody = (rules: readonly FieldRule[], body: unknown): Record<string, unknown> => {
	if (typeof body !== "object" || body === null || Array.isArray(body))
		throw medusaV1Error("ERR_INVALID_BODY", "an unknown value was passed to the validate function");
	const fields = body as Record<string, unknown>;
	const known = new Set(rules.map((rule) => rule.field));
	const messages = Object.keys(fields)
		.filter((key) => !known.has(key))
		.map((key) => `property ${key} should not exist`);
	for (const { field, constraints, optional } of rules) {
		const value = fields[field];
		if (optional && (value === undefined || value === null)) continue;
		for (const constraint of constraints) if (FAILS[constraint](value)) messages.push(`${field} ${MESSAGE[constraint]}`);
	}
	if (messages.length > 0) throw medusaV1Error("ERR_INVALID_BODY", messages.join(", "));
	return fields;
};

/** POST /store/auth and POST /store/auth/token (fact 15: a numeric password passes and gets 401). */
export const STORE_LOGIN: readonly FieldRule[] = [
	{ field: "email", constraints: ["isEmail"] },
	{ field: "password", constraints: ["isNotEmpty"] },
];

/** POST /admin/auth and POST /admin/auth/token (facts 42–43). */
export const ADMIN_LOGIN: readonly FieldRule[] = [
	{ field: "email", constraints: ["isNotEmpty", "isEmail"] },
	{ field: "password", constraints: ["isNotEmpty", "isString"] },
];

/** POST /store/customers/password-token (fact 34). */
export const PASSWORD_TOKEN: readonly FieldRule[] = [{ field: "email", constraints: ["isEmail"] }];

/** POST /store/customers/password-reset (fact 40). */
export const PASSWORD_RESET: readonly FieldRule[] = [
	{ field: "email", constraints: ["isEmail"] },
	{ field: "token", constraints: ["isString"] },
	{ field: "password", constraints: ["isString"] },
];

/** POST /store/customers/me (fact 32); addresses and metadata are not served yet (README). */
export const STORE_CUSTOMER_UPDATE: readonly FieldRule[] = [
	{ field: "first_name", constraints: ["isString"], optional: true },
	{ field: "last_name", constraints: ["isString"], optional: true },
	{ field: "password", constraints: ["isString"], optional: true },
	{ field: "phone", constraints: ["isString"], optional: true },
	{ field: "email", constraints: ["isEmail"], optional: true },
];

/** POST /store/customers (fact 10). */
export const STORE_REGISTRATION: readonly FieldRule[] = [
	{ field: "first_name", constraints: ["isString"], optional: true },
	{ field: "last_name", constraints: ["isString"], optional: true },
	{ field: "email", constraints: ["isEmail"] },
	{ field: "password", constraints: ["isString"] },
	{ field: "phone", constraints: ["isString"], optional: true },
];

/**
 * A path parameter as Elysia decodes it: null when it is not valid percent-encoding, where upstream
 * answers 500 and the reference 400 (medusa-v1-observed.md, "Further observations").
 */
export const pathParameter = (value: unknown, name: string): string => {
	if (typeof value !== "string") throw medusaV1Error("ERR_INVALID_BODY", `The ${name} in the path is not valid percent-encoding`);
	return value;
};
