// The medusa-v1 routes, whole. Body parsing, CORS and error answers are set here for the whole
// profile, so that no Elysia default (422 validation errors, text 400s, plain 404s) reaches a client.
import { Elysia } from "elysia";
import { coreError } from "../../core/errors.ts";
import { jsonOnlyParseHook } from "../../http/body.ts";
import { corsHeaders, preflightResponse, withCorsHeaders } from "../../http/cors.ts";
import { adminListRoutes } from "./admin-lists.routes.ts";
import { adminRoutes } from "./admin.routes.ts";
import { authRoutes } from "./auth.routes.ts";
import { customerRoutes } from "./customers.routes.ts";
import { passwordRoutes } from "./password.routes.ts";
import { productRoutes } from "./products.routes.ts";
import { medusaV1Answer, unknownErrorResponse } from "./errors.ts";
import type { MedusaV1Runtime } from "./runtime.ts";

const notFound = (request: Request): Response =>
	medusaV1Answer(coreError("ERR_NOT_FOUND", `Cannot ${request.method} ${new URL(request.url).pathname}`)) ?? unknownErrorResponse();

interface ErrorContext {
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
const answerError = (rt: MedusaV1Runtime, { code, error, path, request }: ErrorContext): Response => {
	if (code === "NOT_FOUND") return withCorsHeaders(notFound(request), corsHeaders(rt.cors, path, request.headers.get("origin")));
	const cause = code === "PARSE" ? (error as Error).cause : error;
	const known = medusaV1Answer(cause);
	if (!known) console.error("gatecheck: unexpected error", error);
	const answer = known ?? unknownErrorResponse();
	return code === "PARSE" ? answer : withCorsHeaders(answer, corsHeaders(rt.cors, path, request.headers.get("origin")));
};

export const medusaV1Routes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1" })
		// Destructured: Elysia reads a hook's parameters to decide what to put in every request's context.
		.onError({ as: "global" }, ({ code, error, path, request }) => answerError(rt, { code, error, path, request }))
		.options("/*", ({ path, request }) => preflightResponse(rt.cors, path, request) ?? notFound(request))
		.onParse({ as: "global" }, jsonOnlyParseHook)
		// After parsing, as upstream's cors middleware runs after its JSON parser (fact 4).
		.onTransform({ as: "global" }, ({ path, request, set }) => {
			Object.assign(set.headers, corsHeaders(rt.cors, path, request.headers.get("origin")));
		})
		// Upstream's health check: 200 text/html `OK`, with no CORS headers (facts 20, 47).
		.get("/health", () => new Response("OK", { headers: { "content-type": "text/html; charset=utf-8" } }))
		.use(authRoutes(rt))
		.use(customerRoutes(rt))
		.use(passwordRoutes(rt))
		.use(productRoutes(rt))
		.use(adminRoutes(rt))
		.use(adminListRoutes(rt));
