// The quark routes, whole. Rate limits, body parsing, CORS and error answers are set here for the
// whole profile, so that no Elysia default (422 validation errors, text 400s, plain 404s) reaches
// a client.
import { Elysia } from "elysia";
import { corsHeaders, preflightResponse, withCorsHeaders } from "../../http/cors.ts";
import { addressRoutes } from "./addresses.routes.ts";
import { authRoutes } from "./auth.routes.ts";
import { basketRoutes } from "./basket.routes.ts";
import { catalogueRoutes } from "./catalogue.routes.ts";
import { answerError, notFound } from "./error-answer.ts";
import { gdprRoutes } from "./gdpr.routes.ts";
import { healthRoutes } from "./health.ts";
import { orderRoutes } from "./orders.routes.ts";
import { passwordRoutes } from "./password.routes.ts";
import { profileRoutes } from "./profile.routes.ts";
import { rateLimitHook } from "./rate-limits.ts";
import { deferredParseHook } from "./request-body.ts";
import type { QuarkRuntime } from "./runtime.ts";

export const quarkRoutes = (rt: QuarkRuntime) =>
	new Elysia({ name: "quark" })
		// Destructured: Elysia reads a hook's parameters to decide what to put in every request's context.
		.onError({ as: "global" }, ({ code, error, path, request }) => answerError(rt, { code, error, path, request }))
		// Before routing, for every request, and synchronous (rate-limits.ts).
		.onRequest(rateLimitHook(rt))
		.options("/*", ({ path, request }) => preflightResponse(rt.cors, path, request) ?? withCorsHeaders(notFound(), corsHeaders(rt.cors, path, request.headers.get("origin"))))
		// Before the parse and transform hooks: the profile so that Elysia composes it without an await,
		// /health so that neither runs for it.
		.use(profileRoutes(rt))
		.use(healthRoutes())
		.onParse({ as: "global" }, deferredParseHook)
		.onTransform({ as: "global" }, ({ path, request, set }) => {
			Object.assign(set.headers, corsHeaders(rt.cors, path, request.headers.get("origin")));
		})
		.use(authRoutes(rt))
		.use(passwordRoutes(rt))
		.use(catalogueRoutes(rt))
		.use(basketRoutes(rt))
		.use(orderRoutes(rt))
		.use(addressRoutes(rt))
		.use(gdprRoutes(rt));
