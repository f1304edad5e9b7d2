// The profile's answer to anything thrown: Elysia's onError (routes.ts) and the synchronous routes,
// whose rejections Elysia's onError cannot reach (http/sync-route.ts), answer alike.
import { coreError } from "../../core/errors.ts";
import { corsHeaders, withCorsHeaders } from "../../http/cors.ts";
import { medusaV1Answer, unknownErrorResponse } from "./errors.ts";
import type { MedusaV1Runtime } from "./runtime.ts";

export const notFound = (request: Request): Response =>
	medusaV1Answer(coreError("ERR_NOT_FOUND", `Cannot ${request.method} ${new URL(request.url).pathname}`)) ?? unknownErrorResponse();

export interface ErrorContext {
	code: unknown;
	error: unknown;
	path: string;
	request: Request;
}

/**
 * The profile's answer to an error. Every answer under /store and /admin carries Vary and
 * Allow-Credentials (fact 1) but a body that could not be parsed: the JSON parser runs before the
 * cors middleware (fact 4).
 */
export const answerError = (rt: MedusaV1Runtime, { code, error, path, request }: ErrorContext): Response => {
	if (code === "NOT_FOUND") return withCorsHeaders(notFound(request), corsHeaders(rt.cors, path, request.headers.get("origin")));
	const cause = code === "PARSE" ? (error as Error).cause : error;
	const known = medusaV1Answer(cause);
	if (!known) console.error("gatecheck: unexpected error", error);
	const answer = known ?? unknownErrorResponse();
	return code === "PARSE" ? answer : withCorsHeaders(answer, corsHeaders(rt.cors, path, request.headers.get("origin")));
};
