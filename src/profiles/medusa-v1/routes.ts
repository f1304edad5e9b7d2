// The medusa-v1 routes, whole. Body parsing, CORS and error answers are set here for the whole
// profile, so that no Elysia default (422 validation errors, text 400s, plain 404s) reaches a client.
import { Elysia } from "elysia";
import { jsonOnlyParseHook } from "../../http/body.ts";
import { corsHeaders, preflightResponse } from "../../http/cors.ts";
import { operation } from "../../openapi/operation.ts";
import { adminListRoutes } from "./admin-lists.routes.ts";
import { adminRoutes } from "./admin.routes.ts";
import { authRoutes } from "./auth.routes.ts";
import { currentCustomerRoutes } from "./current-customer.routes.ts";
import { customerRoutes } from "./customers.routes.ts";
import { passwordRoutes } from "./password.routes.ts";
import { productRoutes } from "./products.routes.ts";
import { answerError, notFound } from "./error-answer.ts";
import { OK_TEXT } from "./api-schemas.ts";
import type { MedusaV1Runtime } from "./runtime.ts";

export const medusaV1Routes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1" })
		// Destructured: Elysia reads a hook's parameters to decide what to put in every request's context.
		.onError({ as: "global" }, ({ code, error, path, request }) => answerError(rt, { code, error, path, request }))
		.options("/*", ({ path, request }) => preflightResponse(rt.cors, path, request) ?? notFound(request))
		// Before the parse and transform hooks, so that Elysia composes them without an await.
		.use(currentCustomerRoutes(rt))
		.onParse({ as: "global" }, jsonOnlyParseHook)
		// After parsing, as upstream's cors middleware runs after its JSON parser (fact 4).
		.onTransform({ as: "global" }, ({ path, request, set }) => {
			Object.assign(set.headers, corsHeaders(rt.cors, path, request.headers.get("origin")));
		})
		// Upstream's health check: 200 text/html `OK`, with no CORS headers (facts 20, 47).
		.get(
			"/health",
			() => new Response("OK", { headers: { "content-type": "text/html; charset=utf-8" } }),
			operation({
				summary: "Health check",
				description: "Upstream's: 200 text/html `OK`, with no CORS headers (facts 20, 47).",
				tags: ["health"],
				answers: { 200: { description: "The server is up.", contentType: "text/html", schema: OK_TEXT } },
			}),
		)
		.use(authRoutes(rt))
		.use(customerRoutes(rt))
		.use(passwordRoutes(rt))
		.use(productRoutes(rt))
		.use(adminRoutes(rt))
		.use(adminListRoutes(rt));
