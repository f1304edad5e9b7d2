// The medusa-v2 routes, whole: Medusa 2.21.2's auth contract (contracts README; seed 002 and the
// observed transcripts). Body parsing, CORS and error mapping are set here for the whole profile so
// that no Elysia default (422 validation errors, text 400s, plain 404s) ever reaches a client. A
// profile that builds on medusa-v2 serves these with its own error table and admin permissions.
import { Elysia } from "elysia";
import { parseHook } from "../../http/body.ts";
import { corsHeaders, preflightResponse } from "../../http/cors.ts";
import { type AdminAuthorization, adminRoutes } from "./admin.routes.ts";
import { authRoutes } from "./auth.routes.ts";
import { errorAnswers } from "./error-answer.ts";
import { healthRoutes } from "./health.ts";
import type { ErrorTable } from "../../http/error-table.ts";
import { MEDUSA_V2_ERRORS } from "./errors.ts";
import { resetRoutes } from "./reset.routes.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { sessionRoutes } from "./session.routes.ts";
import { storeRoutes } from "./store.routes.ts";
import { providerPageRoutes } from "./third-party/provider-page.ts";

export interface MedusaV2Extensions {
	/** The answers to every code the profile meets: medusa-v2's table, or one that extends it. */
	errors?: ErrorTable<string>;
	authorizeAdmin?: AdminAuthorization;
}

export const medusaV2Routes = (rt: MedusaV2Runtime, extensions: MedusaV2Extensions = {}) => {
	const errors = errorAnswers(rt, extensions.errors ?? MEDUSA_V2_ERRORS);
	return new Elysia({ name: "medusa-v2" })
		// Destructured: Elysia reads a hook's parameters to decide what to put in every request's
		// context (cookies, headers, query), and a context passed whole would mean all of it.
		.onError({ as: "global" }, ({ code, error, path, request }) =>
			code === "NOT_FOUND" ? errors.unrouted(request, path) : errors.answer({ code, error, path, request }),
		)
		// Only an OPTIONS naming the method it asks for is a CORS preflight (observed 14, 21).
		.options("/*", ({ path, request }) =>
			(request.headers.has("access-control-request-method") ? preflightResponse(rt.cors, path, request) : undefined) ??
			errors.unrouted(request, path),
		)
		// The /store routes put their CORS headers on the Response they build (store-answers.ts) and
		// parse their one body themselves, so they come before the hooks below: Elysia runs a hook only
		// for the routes registered after it, and a route with no hook is answered with no context to
		// copy: any hook on a route costs a large share of Elysia's throughput (bench/README.md), and a
		// parse hook also makes a GET route asynchronous (http/sync-route.ts).
		.use(storeRoutes(rt, errors))
		// Outside every CORS family and before the hooks, as upstream's /health runs no middleware (observed 36).
		.use(healthRoutes())
		.onParse({ as: "global" }, parseHook)
		// A transform hook runs after parsing, as upstream's cors middleware runs after its JSON parser.
		.onTransform({ as: "global" }, ({ path, request, set }) => {
			Object.assign(set.headers, corsHeaders(rt.cors, path, request.headers.get("origin")));
		})
		.use(sessionRoutes(rt))
		.use(resetRoutes(rt))
		.use(authRoutes(rt))
		.use(providerPageRoutes(rt))
		.use(adminRoutes(rt, extensions.authorizeAdmin));
};
