// /health, as `app.MapHealthChecks("/health")` answers with no checks registered (reference choice:
// no Quark document names a health route; README, "Health"). ASP.NET Core's HealthCheckMiddleware
// answers 200 for Healthy and, with AllowCachingResponses off (its default), sets Cache-Control,
// Pragma and Expires against caching; its default writer (HealthCheckResponseWriters.
// WriteMinimalPlaintext) sends `text/plain` and the status's name. MapHealthChecks maps the path
// with `endpoints.Map`, which has no method constraint, so every method gets the same answer.
// Outside /api: no CORS headers and no rate limit, as an orchestrator's probe needs.
import { Elysia } from "elysia";
import { operation } from "../../openapi/operation.ts";
import { HEALTHY } from "./api-schemas.ts";

const healthy = (): Response =>
	new Response("Healthy", {
		headers: {
			"content-type": "text/plain",
			"cache-control": "no-store, no-cache",
			pragma: "no-cache",
			expires: "Thu, 01 Jan 1970 00:00:00 GMT",
		},
	});

/** Registered before the profile's parse and CORS hooks, so that none of them runs for it. */
export const healthRoutes = () =>
	new Elysia({ name: "quark/health" }).all(
		"/health",
		healthy,
		operation({
			summary: "Health probe",
			description:
				'Reference choice: what ASP.NET Core\'s `app.MapHealthChecks("/health")` answers with no check registered, for any method (HEAD without ' +
				"the body). Outside /api: no CORS headers, no rate limit, and neither a token nor a body is read.",
			tags: ["health"],
			answers: {
				200: {
					description: "Healthy, not to be cached (HealthCheckMiddleware's defaults).",
					contentType: "text/plain",
					schema: HEALTHY,
					headers: { "cache-control": "`no-store, no-cache`", pragma: "`no-cache`", expires: "`Thu, 01 Jan 1970 00:00:00 GMT`" },
				},
			},
		}),
	);
