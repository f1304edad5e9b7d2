// Errors carry a stable code and never decide what the client sees: each profile's errors.ts
// maps codes to its documented responses (DESIGN.md, "Errors are classes with stable codes").
// The codes below are the ones src/core and src/http raise; a profile adds its own codes beside
// them, and its table is exhaustive over the union of the two (the codes it can meet).

export type CoreErrorCode =
	// core/tokens.ts
	| "ERR_TOKEN_MALFORMED"
	| "ERR_TOKEN_SIGNATURE"
	| "ERR_TOKEN_ALGORITHM"
	| "ERR_TOKEN_EXPIRED"
	| "ERR_TOKEN_CLAIMS"
	// core/reset-tokens.ts
	| "ERR_RESET_TOKEN_INVALID"
	// core/emailpass.ts
	| "ERR_PASSWORD_NOT_STRING"
	| "ERR_EMAIL_NOT_STRING"
	| "ERR_INVALID_CREDENTIALS"
	| "ERR_IDENTITY_EXISTS"
	// core/store.ts
	| "ERR_STORE_FULL"
	// http/body.ts, and a profile's body validation
	| "ERR_INVALID_BODY"
	| "ERR_MALFORMED_JSON"
	| "ERR_BODY_TOO_LARGE"
	| "ERR_UNSUPPORTED_CHARSET"
	// a request no route answers (Elysia's NOT_FOUND), or a record that does not exist
	| "ERR_NOT_FOUND";

export class GatecheckError<Code extends string = string> extends Error {
	override readonly name = "GatecheckError";
	constructor(
		readonly code: Code,
		message: string = code,
	) {
		super(message);
	}
}

/** The error constructor of one set of codes: core's, or a profile's own with core's. */
export const errorsOf =
	<Code extends string>() =>
	(code: Code, message?: string): GatecheckError<Code> =>
		new GatecheckError(code, message);

/** An error of core's own codes. */
export const coreError = errorsOf<CoreErrorCode>();

export const isGatecheckError = (error: unknown, code?: string): error is GatecheckError =>
	error instanceof GatecheckError && (code === undefined || error.code === code);
