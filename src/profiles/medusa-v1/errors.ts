// Error codes → the answers Medusa 1.20.11 sends (medusa-v1-observed.md facts 2–3), with the
// departures of N1 and N2. Two kinds of 401, both with the body `Unauthorized` (fact 2): the login
// routes' (text/plain) and the auth middleware's (no Content-Type at all).
import { type CoreErrorCode, errorsOf } from "../../core/errors.ts";
import { answerFromTable, type ErrorTable } from "../../http/error-table.ts";
import { jsonResponse, textResponse } from "../../http/respond.ts";

export type MedusaV1ErrorCode =
	| CoreErrorCode
	| "ERR_NOT_AUTHENTICATED"
	| "ERR_CUSTOMER_EXISTS"
	| "ERR_INVALID_QUERY"
	| "ERR_PRODUCT_OUTSIDE_KEY";

export const medusaV1Error = errorsOf<MedusaV1ErrorCode>();

const invalidData = (message: string): Response => jsonResponse(400, { type: "invalid_data", message });

const UNAUTHORIZED_BYTES = new TextEncoder().encode("Unauthorized");

/**
 * The auth middleware's 401: `Unauthorized` with no Content-Type and no Content-Length, chunked, as
 * upstream streams it (fact 2b). A stream body, because Bun's server gives a byte body a Content-Type
 * of its own (application/octet-stream) on the wire.
 */
export const middlewareUnauthorized = (): Response =>
	new Response(
		new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(UNAUTHORIZED_BYTES);
				controller.close();
			},
		}),
		{ status: 401 },
	);

/** The login routes' 401: text/plain `Unauthorized`, the same for a wrong password and an unknown e-mail (facts 2a, 14). */
const loginUnauthorized = (): Response => textResponse(401, "Unauthorized");

const MIDDLEWARE = (): Response => middlewareUnauthorized();

const DUPLICATE = (): Response =>
	jsonResponse(422, {
		code: "invalid_request_error",
		type: "duplicate_error",
		message: "A customer with the given email already has an account. Log in instead",
	});

export const MEDUSA_V1_ERRORS: ErrorTable<MedusaV1ErrorCode> = {
	ERR_NOT_AUTHENTICATED: MIDDLEWARE,
	ERR_TOKEN_MALFORMED: MIDDLEWARE,
	ERR_TOKEN_SIGNATURE: MIDDLEWARE,
	ERR_TOKEN_ALGORITHM: MIDDLEWARE,
	ERR_TOKEN_EXPIRED: MIDDLEWARE,
	ERR_TOKEN_CLAIMS: MIDDLEWARE,
	ERR_INVALID_CREDENTIALS: loginUnauthorized,
	// The login routes validate first (validate.ts), so these two only name what validation would.
	ERR_PASSWORD_NOT_STRING: () => invalidData("password should not be empty"),
	ERR_EMAIL_NOT_STRING: () => invalidData("email must be an email"),
	// Registration of an e-mail that has an account, whatever its letter case (fact 9).
	ERR_CUSTOMER_EXISTS: DUPLICATE,
	ERR_IDENTITY_EXISTS: DUPLICATE,
	// N1: every bad reset token is this 401, never a 500.
	ERR_RESET_TOKEN_INVALID: () => jsonResponse(401, { type: "unauthorized", message: "Invalid or expired password reset token" }),
	ERR_INVALID_BODY: (error) => invalidData(error.message),
	ERR_INVALID_QUERY: (error) => invalidData(error.message),
	// A product of no channel of the request's live publishable key (transcript 20): the message in a list.
	ERR_PRODUCT_OUTSIDE_KEY: (error) =>
		jsonResponse(400, { errors: [error.message], message: "Provided request body contains errors. Please check the data and retry the request" }),
	// N2: a JSON answer like every other v1 400, with no stack and no server path (reference choice).
	ERR_MALFORMED_JSON: (error) => invalidData(error.message),
	ERR_BODY_TOO_LARGE: (error) => jsonResponse(413, { type: "invalid_data", message: error.message }),
	// Reference choice: the JSON-only parser this profile reads bodies with names no charset, so it never meets this.
	ERR_UNSUPPORTED_CHARSET: (error) => jsonResponse(415, { type: "invalid_data", message: error.message }),
	ERR_NOT_FOUND: (error) => jsonResponse(404, { type: "not_found", message: error.message }),
	ERR_STORE_FULL: (error) => jsonResponse(400, { type: "not_allowed", message: error.message }),
};

/** The table's answer to `error`, or undefined when it is not one of the profile's errors. */
export const medusaV1Answer = (error: unknown): Response | undefined => answerFromTable(MEDUSA_V1_ERRORS, error);

/** Upstream's answer to anything unexpected; the reference logs the error, since it means a bug here. */
export const unknownErrorResponse = (): Response =>
	jsonResponse(500, { code: "unknown_error", type: "unknown_error", message: "An unknown error occurred." });
