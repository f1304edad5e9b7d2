// GET /api/storefront/profile (seed 003: "User profile"), the route a storefront calls on every
// page: the login's `user` of the caller, for a Customer's token. It reads no body, so it comes
// before the profile's parse hook and answers without a promise when the token was verified before
// (http/sync-route.ts), from kept answers (http/kept-answers.ts) that carry the CORS headers the
// transform hook would set. The rate limits count it before routing (rate-limits.ts), as any route.
import { Elysia } from "elysia";
import type { Customer } from "../../core/store.ts";
import { whenReady } from "../../core/when-ready.ts";
import { allows } from "../../http/cors.ts";
import { keptAnswers } from "../../http/kept-answers.ts";
import { syncRoute } from "../../http/sync-route.ts";
import { operation } from "../../openapi/operation.ts";
import { BEARER, CUSTOMER_ONLY, RATE_LIMITED, USER } from "./api-schemas.ts";
import { requireCustomer } from "./authenticate.ts";
import { answerError } from "./error-answer.ts";
import { apiOrigins } from "./origins.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { userView } from "./views.ts";

/** What of Elysia's context the route and its rejection answer read. */
interface Context {
	path: string;
	request: Request;
}

export const profileRoutes = (rt: QuarkRuntime) => {
	// An account's roles never change once it exists, so the record alone decides when to render again.
	const answer = keptAnswers((customer: Customer) => JSON.stringify(userView(customer, rt.state.slice.accounts.get(customer.id)?.roles ?? [])));
	return new Elysia({ name: "quark/profile" }).get(
		"/api/storefront/profile",
		syncRoute(
			({ request }: Context) =>
				whenReady(requireCustomer(rt, request, rt.clock.now()), ({ customer }) => {
					const origin = request.headers.get("origin");
					return answer(customer, allows(apiOrigins(rt.cors), origin) ? origin : null);
				}),
			({ path, request }, error) => answerError(rt, { code: "UNKNOWN", error, path, request }),
		),
		operation({
			summary: "The caller's profile",
			description: "Seed 003 (\"User profile\"): the login's `user` of the caller, for a Customer's token.",
			tags: ["profile"],
			security: BEARER,
			answers: { 200: { description: "The login's `user` (seed 003).", schema: USER }, ...CUSTOMER_ONLY, ...RATE_LIMITED },
		}),
	);
};
