// Core error codes → the responses Medusa 2.21.2 sends (medusa-v2-observed.md, FACTS.md §A.2–§A.3).
// Three shapes: the auth middleware's `{message}`, thrown MedusaErrors `{type, message}` (with
// `code` first for duplicates), and the JSON parser's `{message, type}`.
import { type CoreErrorCode, errorsOf, type GatecheckError } from "../../core/errors.ts";
import { answerFromTable, type ErrorTable } from "../../http/error-table.ts";
import { jsonResponse } from "../../http/respond.ts";

/** The codes the medusa-v2 routes raise, beside core's. */
export type MedusaV2ErrorCode =
	| CoreErrorCode
	| "ERR_NOT_AUTHENTICATED"
	| "ERR_ALREADY_AUTHENTICATED"
	| "ERR_CUSTOMER_EXISTS"
	| "ERR_EMAIL_REQUIRED"
	| "ERR_IDENTITY_LINKED"
	| "ERR_PUBLISHABLE_KEY_MISSING"
	| "ERR_PUBLISHABLE_KEY_INVALID"
	| "ERR_AUTH_PROVIDER"
	| "ERR_NOT_ALLOWED"
	| "ERR_INVALID_DATA"
	| "ERR_MFA_REQUIRED"
	| "ERR_SECRET_KEY_AS_BEARER"
	| "ERR_UPDATE_REJECTED"
	| "ERR_TOO_MANY_ATTEMPTS";

export const medusaV2Error = errorsOf<MedusaV2ErrorCode>();

/** Medusa's answer shape for a thrown MedusaError: `{type, message}`. */
export const medusaErrorBody = (status: number, type: string, message: string): Response => jsonResponse(status, { type, message });

const MIDDLEWARE_UNAUTHORIZED = (): Response => jsonResponse(401, { message: "Unauthorized" });

export const MEDUSA_V2_ERRORS: ErrorTable<MedusaV2ErrorCode> = {
	// Bearer and session failures all look alike to the client (observed 05b–05j, 09b).
	ERR_NOT_AUTHENTICATED: MIDDLEWARE_UNAUTHORIZED,
	ERR_TOKEN_MALFORMED: MIDDLEWARE_UNAUTHORIZED,
	ERR_TOKEN_SIGNATURE: MIDDLEWARE_UNAUTHORIZED,
	ERR_TOKEN_ALGORITHM: MIDDLEWARE_UNAUTHORIZED,
	ERR_TOKEN_EXPIRED: MIDDLEWARE_UNAUTHORIZED,
	ERR_TOKEN_CLAIMS: MIDDLEWARE_UNAUTHORIZED,
	// The middleware's other two refusals, in its own shape (observed 24, 25).
	ERR_MFA_REQUIRED: () => jsonResponse(401, { message: "MFA verification is required to complete this request" }),
	ERR_SECRET_KEY_AS_BEARER: () =>
		jsonResponse(401, {
			message:
				"A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead (Authorization: Basic <secret-api-key>).",
		}),
	// The emailpass provider (observed 02, 04b–04g).
	ERR_PASSWORD_NOT_STRING: () => medusaErrorBody(401, "unauthorized", "Password should be a string"),
	ERR_EMAIL_NOT_STRING: () => medusaErrorBody(401, "unauthorized", "Email should be a string"),
	ERR_INVALID_CREDENTIALS: () => medusaErrorBody(401, "unauthorized", "Invalid email or password"),
	ERR_IDENTITY_EXISTS: () => medusaErrorBody(401, "unauthorized", "Identity with email already exists"),
	// The auth module answers any provider failure, an unconfigured provider's included, with a 401
	// carrying the provider's message (observed 21, 22, 35).
	ERR_AUTH_PROVIDER: (error) => medusaErrorBody(401, "unauthorized", error.message),
	// Only the login-lockout defect throws this: Medusa has no lockout (observed 11).
	ERR_TOO_MANY_ATTEMPTS: (error) => medusaErrorBody(429, "not_allowed", error.message),
	// Reset tokens (observed 08b–08f).
	ERR_RESET_TOKEN_INVALID: () => medusaErrorBody(401, "unauthorized", "Invalid token"),
	ERR_UPDATE_REJECTED: () => medusaErrorBody(401, "unauthorized", "Unauthorized"),
	// Customer creation (observed 03; FACTS.md §A.5).
	ERR_ALREADY_AUTHENTICATED: () => medusaErrorBody(400, "invalid_data", "Request already authenticated as a customer."),
	ERR_IDENTITY_LINKED: () =>
		medusaErrorBody(400, "invalid_data", "Key customer_id already exists in app metadata for auth identity"),
	ERR_EMAIL_REQUIRED: () => medusaErrorBody(400, "invalid_data", "Email is required to create a customer"),
	ERR_CUSTOMER_EXISTS: () =>
		jsonResponse(422, {
			code: "invalid_request_error",
			type: "duplicate_error",
			message: "Customer with this email already has an account",
		}),
	// Publishable key (observed 05g, 05h, 10).
	ERR_PUBLISHABLE_KEY_MISSING: () =>
		medusaErrorBody(
			400,
			"not_allowed",
			"Publishable API key required in the request header: x-publishable-api-key. You can manage your keys in settings in the dashboard.",
		),
	ERR_PUBLISHABLE_KEY_INVALID: () =>
		medusaErrorBody(400, "not_allowed", "A valid publishable key is required to proceed with the request"),
	// MedusaError's NOT_ALLOWED and INVALID_DATA with the route's message (observed 22, 26, 28, 29, 30, 31).
	ERR_NOT_ALLOWED: (error) => medusaErrorBody(400, "not_allowed", error.message),
	ERR_INVALID_DATA: (error) => medusaErrorBody(400, "invalid_data", error.message),
	// Bodies (observed 04e, 08a).
	ERR_INVALID_BODY: (error) => medusaErrorBody(400, "invalid_data", error.message),
	ERR_MALFORMED_JSON: (error) => jsonResponse(400, { message: error.message, type: "invalid_data" }),
	// body-parser's refusals reach Medusa's error handler as errors of no Medusa type (observed 18, 20).
	ERR_BODY_TOO_LARGE: (error) => jsonResponse(413, { message: error.message, type: "unknown_error" }),
	ERR_UNSUPPORTED_CHARSET: (error) => jsonResponse(415, { message: error.message, type: "unknown_error" }),
	// Reference choices: a JSON 404 and a full store, each in a documented shape.
	ERR_NOT_FOUND: (error) => medusaErrorBody(404, "not_found", error.message),
	ERR_STORE_FULL: (error) => medusaErrorBody(400, "not_allowed", error.message),
};

/** The medusa-v2 answer to `error`, for routes that answer their own errors. */
export const errorResponse = (error: GatecheckError): Response =>
	answerFromTable(MEDUSA_V2_ERRORS, error) ?? unknownErrorResponse();

/** Upstream's answer to anything unexpected; the reference logs the error, since it means a bug here. */
export const unknownErrorResponse = (): Response =>
	jsonResponse(500, { code: "unknown_error", type: "unknown_error", message: "An unknown error occurred." });
