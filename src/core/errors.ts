// Core errors carry a stable code and never decide what the client sees: each profile's errors.ts
// maps codes to its documented responses (DESIGN.md, "Errors are classes with stable codes").

export type ErrorCode =
	| "ERR_TOKEN_MALFORMED"
	| "ERR_TOKEN_SIGNATURE"
	| "ERR_TOKEN_ALGORITHM"
	| "ERR_TOKEN_EXPIRED"
	| "ERR_TOKEN_CLAIMS"
	| "ERR_RESET_TOKEN_INVALID"
	| "ERR_PASSWORD_NOT_STRING"
	| "ERR_EMAIL_NOT_STRING"
	| "ERR_INVALID_CREDENTIALS"
	| "ERR_IDENTITY_EXISTS"
	| "ERR_NOT_AUTHENTICATED"
	| "ERR_ALREADY_AUTHENTICATED"
	| "ERR_CUSTOMER_EXISTS"
	| "ERR_EMAIL_REQUIRED"
	| "ERR_PUBLISHABLE_KEY_MISSING"
	| "ERR_PUBLISHABLE_KEY_INVALID"
	| "ERR_SECRET_KEY_AS_BEARER"
	| "ERR_INVALID_BODY"
	| "ERR_MALFORMED_JSON"
	| "ERR_BODY_TOO_LARGE"
	| "ERR_NOT_FOUND"
	| "ERR_STORE_FULL"
	| "ERR_UPDATE_REJECTED"
	| "ERR_SECRET_KEY_LIMIT"
	| "ERR_KEY_ALREADY_REVOKED"
	| "ERR_UNKNOWN_PROVIDER"
	| "ERR_IDENTITY_LINKED"
	| "ERR_TOO_MANY_ATTEMPTS"
	| "ERR_FORBIDDEN"
	| "ERR_RATE_LIMITED";

export class GatecheckError extends Error {
	override readonly name = "GatecheckError";
	constructor(
		readonly code: ErrorCode,
		message: string = code,
	) {
		super(message);
	}
}

export const fail = (code: ErrorCode, message?: string): never => {
	throw new GatecheckError(code, message);
};

export const isGatecheckError = (error: unknown, code?: ErrorCode): error is GatecheckError =>
	error instanceof GatecheckError && (code === undefined || error.code === code);
