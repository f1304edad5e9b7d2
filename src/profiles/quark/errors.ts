// Error codes → the answers of seed 003 and FACTS.md §D ("Errors"): a `{"message":…}` body for
// every error, except validation, which is ASP.NET Core's ValidationProblemDetails with its
// `errors` map (FACTS.md §D: `{"errors":{"Email":["The Email field is required."]}}`). Messages are
// reference choices (README), worded as an ASP.NET controller's would be.
import { type CoreErrorCode, errorsOf, GatecheckError } from "../../core/errors.ts";
import { answerFromTable, type ErrorTable } from "../../http/error-table.ts";
import { jsonResponse } from "../../http/respond.ts";

export type QuarkErrorCode =
	| CoreErrorCode
	| "ERR_NOT_AUTHENTICATED"
	| "ERR_FORBIDDEN"
	| "ERR_REFRESH_TOKEN_INVALID"
	| "ERR_CURRENT_PASSWORD_WRONG"
	| "ERR_UNSUPPORTED_MEDIA_TYPE"
	| "ERR_BAD_REQUEST";

export const quarkError = errorsOf<QuarkErrorCode>();

/** Field (as ASP.NET's ModelState names it) → its messages. */
export type FieldErrors = Record<string, string[]>;

/** A body that failed validation, with every message (validate.ts). */
export class ValidationFailed extends GatecheckError<"ERR_INVALID_BODY"> {
	constructor(readonly errors: FieldErrors) {
		super("ERR_INVALID_BODY", "One or more validation errors occurred.");
	}
}

const message = (status: number, text: string, headers: Record<string, string> = {}): Response => jsonResponse(status, { message: text }, headers);

/** [ApiController]'s automatic 400: ValidationProblemDetails, without the per-request traceId (README). */
const validationProblem = (errors: FieldErrors): Response =>
	jsonResponse(
		400,
		{ type: "https://tools.ietf.org/html/rfc9110#section-15.5.1", title: "One or more validation errors occurred.", status: 400, errors },
		{ "content-type": "application/problem+json; charset=utf-8" },
	);

// RFC 6750 §3: a 401 says how to authenticate, and `invalid_token` when the token was the problem.
const NO_TOKEN = (): Response => message(401, "Unauthorized", { "www-authenticate": "Bearer" });
const BAD_TOKEN = (): Response => message(401, "Unauthorized", { "www-authenticate": 'Bearer error="invalid_token"' });
const INVALID_JSON = (error: GatecheckError): Response => validationProblem({ $: [error.message] });

export const QUARK_ERRORS: ErrorTable<QuarkErrorCode> = {
	ERR_NOT_AUTHENTICATED: NO_TOKEN,
	ERR_TOKEN_MALFORMED: BAD_TOKEN,
	ERR_TOKEN_SIGNATURE: BAD_TOKEN,
	ERR_TOKEN_ALGORITHM: BAD_TOKEN,
	ERR_TOKEN_EXPIRED: BAD_TOKEN,
	ERR_TOKEN_CLAIMS: BAD_TOKEN,
	ERR_FORBIDDEN: () => message(403, "Forbidden"),
	// The same bytes for a wrong password and an unknown e-mail.
	ERR_INVALID_CREDENTIALS: () => message(401, "Invalid email or password."),
	// FACTS.md §D: "409 (duplicate/concurrency)".
	ERR_IDENTITY_EXISTS: () => message(409, "A user with this email already exists."),
	ERR_REFRESH_TOKEN_INVALID: () => message(401, "Invalid or expired refresh token."),
	ERR_RESET_TOKEN_INVALID: () => message(400, "Invalid or expired reset token."),
	ERR_CURRENT_PASSWORD_WRONG: () => message(400, "Current password is incorrect."),
	ERR_INVALID_BODY: (error) => validationProblem(error instanceof ValidationFailed ? error.errors : { $: [error.message] }),
	// core/emailpass.ts's readCredentials raises these; quark validates its bodies itself (validate.ts).
	ERR_PASSWORD_NOT_STRING: INVALID_JSON,
	ERR_EMAIL_NOT_STRING: INVALID_JSON,
	ERR_MALFORMED_JSON: INVALID_JSON,
	ERR_BODY_TOO_LARGE: () => message(413, "Request body too large."),
	// quark reads JSON only and names no charset, so it never meets this; the shape is its own.
	ERR_UNSUPPORTED_CHARSET: (error) => message(415, error.message),
	// What [ApiController] answers a [FromBody] action sent anything but JSON.
	ERR_UNSUPPORTED_MEDIA_TYPE: () => message(415, "Unsupported media type: send application/json."),
	ERR_NOT_FOUND: (error) => message(404, error.message),
	ERR_BAD_REQUEST: (error) => message(400, error.message),
	ERR_STORE_FULL: (error) => message(400, error.message),
};

/** The table's answer to `error`, or undefined when it is not one of the profile's errors. */
export const quarkAnswer = (error: unknown): Response | undefined => answerFromTable(QUARK_ERRORS, error);

/** The answer to anything unexpected, which means a bug here (the caller logs it). */
export const unexpectedErrorResponse = (): Response => message(500, "An unexpected error occurred.");
