// The profile's answer to an error, wherever it was raised: Elysia's onError hands every error here
// (index.ts), and so does a route that Elysia does not wait for when its promise fails
// (http/sync-route.ts), so no Elysia default (422 validation errors, text 400s, plain 404s) ever
// reaches a client.
import { GatecheckError, isGatecheckError } from "../../core/errors.ts";
import { corsHeaders, withCorsHeaders } from "../../http/cors.ts";
import { jsonResponse } from "../../http/respond.ts";
import type { Runtime } from "../../runtime.ts";
import { errorResponse, unknownErrorResponse } from "./errors.ts";

/** What of Elysia's error context the answer depends on. */
export interface ErrorContext {
	/** Elysia's error code; only "PARSE", "VALIDATION" and "NOT_FOUND" are told apart from the rest. */
	code: unknown;
	error: unknown;
	path: string;
	request: Request;
}

const notFound = (request: Request): GatecheckError =>
	new GatecheckError("ERR_NOT_FOUND", `Cannot ${request.method} ${new URL(request.url).pathname}`);

const answerFor = (rt: Runtime, { code, error, request }: ErrorContext): Response => {
	if (code === "NOT_FOUND") return errorResponse(notFound(request));
	if (code === "PARSE" && rt.defects.has("malformed-json-500")) return unknownErrorResponse();
	const cause = code === "PARSE" ? (error as Error).cause : error;
	if (isGatecheckError(cause, "ERR_INVALID_BODY") && rt.defects.has("validation-422"))
		return jsonResponse(422, { type: "validation", on: "body", message: cause.message });
	if (cause instanceof GatecheckError) return errorResponse(cause);
	if (code === "PARSE" || code === "VALIDATION")
		return errorResponse(new GatecheckError("ERR_INVALID_BODY", "Invalid request: the body could not be read"));
	console.error("gatecheck: unexpected error", error);
	return unknownErrorResponse();
};

/**
 * The answer, with the CORS headers on it as Elysia would merge them (withCorsHeaders), so it is
 * whole whether or not Elysia merges anything: a synchronous route's failed promise is handed over
 * untouched. Every error answer but a body that could not be parsed carries them: upstream's cors
 * middleware runs after its JSON parser (medusa-v2-observed.md, "Headers on every JSON response").
 */
export const answerError = (rt: Runtime, context: ErrorContext): Response => {
	const answer = answerFor(rt, context);
	if (context.code === "PARSE") return answer;
	return withCorsHeaders(answer, corsHeaders(rt.cors, context.path, context.request.headers.get("origin")));
};

/** The answer to a request no route has (the preflight route's fallback, index.ts). */
export const notFoundAnswer = (request: Request): Response => errorResponse(notFound(request));
