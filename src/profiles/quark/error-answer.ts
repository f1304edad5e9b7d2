// The profile's answer to anything thrown: Elysia's onError (routes.ts) and the synchronous route,
// whose rejections Elysia's onError cannot reach (http/sync-route.ts), answer alike, with the CORS
// headers of /api, so that a storefront can read its errors.
import { coreError } from "../../core/errors.ts";
import { corsHeaders, withCorsHeaders } from "../../http/cors.ts";
import { quarkAnswer, unexpectedErrorResponse } from "./errors.ts";
import type { QuarkRuntime } from "./runtime.ts";

/** A request no route answers (reference choice: `{"message":"Not Found"}` where ASP.NET sends an empty 404). */
export const notFound = (): Response => quarkAnswer(coreError("ERR_NOT_FOUND", "Not Found")) ?? unexpectedErrorResponse();

export interface ErrorContext {
	code: unknown;
	error: unknown;
	path: string;
	request: Request;
}

export const answerError = (rt: QuarkRuntime, { code, error, path, request }: ErrorContext): Response => {
	const known = code === "NOT_FOUND" ? notFound() : quarkAnswer(error);
	if (!known) console.error("gatecheck: unexpected error", error);
	return withCorsHeaders(known ?? unexpectedErrorResponse(), corsHeaders(rt.cors, path, request.headers.get("origin")));
};
