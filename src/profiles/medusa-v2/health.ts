// GET /health, the route Medusa's own start script waits on, as Medusa 2.21.2 answers it (transcript
// 36-health): 200 `text/html; charset=utf-8`, the two bytes `OK` (Express's res.send of a string).
// The route sits outside /store, /admin and /auth, so none of their middlewares runs for it: no CORS
// headers whatever the Origin (not even Vary), no publishable key, and a token or a key, good or
// bad, changes nothing. HEAD gets the same head without the body (Elysia answers HEAD from the GET
// route, as Express does); any other method gets Express's 404 page, and OPTIONS, preflight or
// not, Express's `Allow: GET,HEAD` list (unrouted.ts).
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { operation } from "../../openapi/operation.ts";

const healthy = (): Response => new Response("OK", { headers: { "content-type": "text/html; charset=utf-8" } });

/** Registered before the profile's parse and CORS hooks, so that none of them runs for it. */
export const healthRoutes = () =>
	new Elysia({ name: "medusa-v2-health" }).get(
		"/health",
		healthy,
		operation({
			summary: "Whether the server is up",
			description: "Outside /store, /admin and /auth: no key, no credentials, no CORS headers (observed 36).",
			tags: ["health"],
			answers: { 200: { description: "`OK`.", schema: Type.String(), contentType: "text/html" } },
		}),
	);
