// The medusa-v2 profile: Medusa 2.21.2's auth contract (contracts README; seed 002 and the observed
// transcripts). Body parsing, CORS and error mapping are set here for the whole profile so that no
// Elysia default (422 validation errors, text 400s, plain 404s) ever reaches a client.
import { Elysia } from "elysia";
import { GatecheckError, isGatecheckError } from "../../core/errors.ts";
import { parseBody } from "../../http/body.ts";
import { corsHeaders, preflightResponse } from "../../http/cors.ts";
import { jsonResponse } from "../../http/respond.ts";
import type { Runtime } from "../../runtime.ts";
import { adminRoutes } from "./admin.routes.ts";
import { authRoutes } from "./auth.routes.ts";
import { errorResponse, unknownErrorResponse } from "./errors.ts";
import { resetRoutes } from "./reset.routes.ts";
import { sessionRoutes } from "./session.routes.ts";
import { storeRoutes } from "./store.routes.ts";

const notFound = (request: Request): GatecheckError =>
	new GatecheckError("ERR_NOT_FOUND", `Cannot ${request.method} ${new URL(request.url).pathname}`);

export const medusaV2 = (rt: Runtime) =>
	new Elysia({ name: "medusa-v2" })
		.onParse({ as: "global" }, ({ request, contentType }) => parseBody(request, contentType))
		.onError({ as: "global" }, ({ code, error, path, request, set }) => {
			// Every error answer but a body that could not be parsed carries the CORS headers: upstream's
			// cors middleware runs after its JSON parser (medusa-v2-observed.md, "Headers on every JSON response").
			if (code !== "PARSE") Object.assign(set.headers, corsHeaders(rt.cors, path, request.headers.get("origin")));
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
		})
		.options("/*", ({ path, request }) => preflightResponse(rt.cors, path, request) ?? errorResponse(notFound(request)))
		// The /store routes put their CORS headers on the Response they build (store-answers.ts), so they
		// come before the hook below: Elysia runs a hook only for the routes registered after it, and a
		// route with no hook is answered with no context to copy. A bare Elysia route measured 133k req/s
		// on Bun and 130k on Deno without a hook, 97k and 61k with one (wrk -t2 -c64).
		.use(storeRoutes(rt))
		// A transform hook runs after parsing, as upstream's cors middleware runs after its JSON parser.
		.onTransform({ as: "global" }, ({ path, request, set }) => {
			Object.assign(set.headers, corsHeaders(rt.cors, path, request.headers.get("origin")));
		})
		.use(sessionRoutes(rt))
		.use(resetRoutes(rt))
		.use(authRoutes(rt))
		.use(adminRoutes(rt));
