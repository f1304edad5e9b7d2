// The medusa-v2 profile: Medusa 2.21.2's auth contract (contracts README; seed 002 and the observed
// transcripts). Body parsing, CORS and error mapping are set here for the whole profile so that no
// Elysia default (422 validation errors, text 400s, plain 404s) ever reaches a client.
import { Elysia } from "elysia";
import { parseHook } from "../../http/body.ts";
import { corsHeaders, preflightResponse } from "../../http/cors.ts";
import type { Runtime } from "../../runtime.ts";
import { adminRoutes } from "./admin.routes.ts";
import { authRoutes } from "./auth.routes.ts";
import { answerError, notFoundAnswer } from "./error-answer.ts";
import { resetRoutes } from "./reset.routes.ts";
import { sessionRoutes } from "./session.routes.ts";
import { storeRoutes } from "./store.routes.ts";

export const medusaV2 = (rt: Runtime) =>
	new Elysia({ name: "medusa-v2" })
		// Destructured: Elysia reads a hook's parameters to decide what to put in every request's
		// context (cookies, headers, query), and a context passed whole would mean all of it.
		.onError({ as: "global" }, ({ code, error, path, request }) => answerError(rt, { code, error, path, request }))
		.options("/*", ({ path, request }) => preflightResponse(rt.cors, path, request) ?? notFoundAnswer(request))
		// The /store routes put their CORS headers on the Response they build (store-answers.ts) and
		// parse their one body themselves, so they come before the hooks below: Elysia runs a hook only
		// for the routes registered after it, and a route with no hook is answered with no context to
		// copy. A bare Elysia route measured 133k req/s on Bun and 130k on Deno without a hook, 97k and
		// 61k with one (wrk -t2 -c64); a parse hook also makes a GET route asynchronous (http/sync-route.ts).
		.use(storeRoutes(rt))
		.onParse({ as: "global" }, parseHook)
		// A transform hook runs after parsing, as upstream's cors middleware runs after its JSON parser.
		.onTransform({ as: "global" }, ({ path, request, set }) => {
			Object.assign(set.headers, corsHeaders(rt.cors, path, request.headers.get("origin")));
		})
		.use(sessionRoutes(rt))
		.use(resetRoutes(rt))
		.use(authRoutes(rt))
		.use(adminRoutes(rt));
