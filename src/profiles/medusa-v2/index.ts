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
		// After parsing, as upstream's cors middleware runs after its JSON parser: the malformed-JSON
		// 400 carries no CORS headers (medusa-v2-observed.md, "Headers on every JSON response").
		.onTransform({ as: "global" }, ({ request, set }) => {
			Object.assign(set.headers, corsHeaders(rt.cors, request));
		})
		.onError({ as: "global" }, ({ code, error, request, set }) => {
			if (code === "NOT_FOUND") {
				Object.assign(set.headers, corsHeaders(rt.cors, request));
				return errorResponse(notFound(request));
			}
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
		.options("/*", ({ request }) => preflightResponse(rt.cors, request) ?? errorResponse(notFound(request)))
		.use(sessionRoutes(rt))
		.use(resetRoutes(rt))
		.use(authRoutes(rt))
		.use(storeRoutes(rt))
		.use(adminRoutes(rt));
