// The two routes that say who the customer is, the ones a storefront calls on every page: GET
// /store/auth (fact 24: the session shape, with orders) and GET /store/customers/me (fact 28: the
// registration shape). Neither reads a body, so they come before the profile's parse hook and answer
// without a promise when the session or the token is known already (http/sync-route.ts), from kept
// answers (http/kept-answers.ts) that carry their CORS headers, as the profile's transform hook
// would set them (fact 1).
import { Elysia } from "elysia";
import type { Customer } from "../../core/store.ts";
import { whenReady } from "../../core/when-ready.ts";
import { allows } from "../../http/cors.ts";
import { keptAnswers } from "../../http/kept-answers.ts";
import { syncRoute } from "../../http/sync-route.ts";
import { requireCustomer } from "./authenticate.ts";
import { answerError } from "./error-answer.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { customerView, sessionCustomerView } from "./views.ts";

/** What of Elysia's context the routes and their rejection answer read. */
interface Context {
	path: string;
	request: Request;
}

export const currentCustomerRoutes = (rt: MedusaV1Runtime) => {
	const answerWith = (view: (customer: Customer) => Record<string, unknown>) => {
		const answer = keptAnswers((customer: Customer) => JSON.stringify({ customer: view(customer) }));
		return syncRoute(
			({ request }: Context) =>
				whenReady(requireCustomer(rt, request, rt.clock.now()), ({ customer }) => {
					const origin = request.headers.get("origin");
					return answer(customer, allows(rt.cors.store ?? [], origin) ? origin : null);
				}),
			({ path, request }, error) => answerError(rt, { code: "UNKNOWN", error, path, request }),
		);
	};
	return new Elysia({ name: "medusa-v1/current-customer" })
		.get("/store/auth", answerWith(sessionCustomerView))
		.get("/store/customers/me", answerWith(customerView));
};
