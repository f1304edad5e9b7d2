// The profile's answer to an error, wherever it was raised: Elysia's onError hands every error here
// (routes.ts), and so does a route that Elysia does not wait for when its promise fails
// (http/sync-route.ts), so no Elysia default (422 validation errors, text 400s, plain 404s) ever
// reaches a client.
import { type GatecheckError, isGatecheckError } from "../../core/errors.ts";
import { corsHeaders, withCorsHeaders } from "../../http/cors.ts";
import { jsonResponse } from "../../http/respond.ts";
import { answerFromTable, type ErrorTable } from "../../http/error-table.ts";
import { medusaV2Error, unknownErrorResponse } from "./errors.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { unroutedAnswer } from "./unrouted.ts";

/** What of Elysia's error context the answer depends on. */
export interface ErrorContext {
	/** Elysia's error code; only "PARSE", "VALIDATION" and "NOT_FOUND" are told apart from the rest. */
	code: unknown;
	error: unknown;
	path: string;
	request: Request;
}

export interface ErrorAnswers {
	/** The answer to an error raised while serving a request. */
	answer(context: ErrorContext): Response;
	/** The answer to a request no route has (unrouted.ts), its refusals without CORS headers. */
	unrouted(request: Request, path: string): Promise<Response>;
}

/**
 * The profile's answers to errors with `table` (medusa-v2's own, or a profile's that extends it).
 * Each answer carries the CORS headers as Elysia would merge them (withCorsHeaders), so it is whole
 * whether or not Elysia merges anything: a synchronous route's failed promise is handed over
 * untouched. Every error answer but a body that could not be parsed carries them: upstream's cors
 * middleware runs after its JSON parser (medusa-v2-observed.md, "Headers on every JSON response").
 */
export const errorAnswers = (rt: MedusaV2Runtime, table: ErrorTable<string>): ErrorAnswers => {
	const { bodyErrors } = rt.policy;
	const fromTable = (error: GatecheckError): Response => answerFromTable(table, error) ?? unknownErrorResponse();
	const answerFor = ({ code, error, request }: ErrorContext): Response => {
		if (code === "PARSE" && bodyErrors.malformedJson === "500") return unknownErrorResponse();
		const cause = code === "PARSE" ? (error as Error).cause : error;
		if (isGatecheckError(cause, "ERR_INVALID_BODY") && bodyErrors.validation === "422")
			return jsonResponse(422, { type: "validation", on: "body", message: cause.message });
		const known = answerFromTable(table, cause);
		if (known) return known;
		if (code === "PARSE" || code === "VALIDATION")
			return fromTable(medusaV2Error("ERR_INVALID_BODY", "Invalid request: the body could not be read"));
		console.error("gatecheck: unexpected error", error);
		return unknownErrorResponse();
	};
	return {
		answer(context) {
			const answer = answerFor(context);
			if (context.code === "PARSE") return answer;
			return withCorsHeaders(answer, corsHeaders(rt.cors, context.path, context.request.headers.get("origin")));
		},
		async unrouted(request, path) {
			try {
				return await unroutedAnswer(rt, request, path);
			} catch (error) {
				return answerFor({ code: "UNKNOWN", error, path, request });
			}
		},
	};
};
