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
import { operation } from "../../openapi/operation.ts";
import { CUSTOMER_BODY, CUSTOMER_CALLER, MIDDLEWARE_UNAUTHORIZED, SESSION_CUSTOMER_BODY } from "./api-schemas.ts";
import { requireCustomer } from "./authenticate.ts";
import { answerError } from "./error-answer.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { customerView, sessionCustomerView } from "./views.ts";

/** What of Elysia's context the routes and their rejection answer read. */
interface Context {
	path: string;
	request: Request;
}

const DESCRIBE_SESSION = operation({
	summary: "The customer calling, as the session login answers it",
	description: "Fact 24: the customer of the session cookie, else of a store JWT, with its orders and shipping addresses.",
	tags: ["auth"],
	security: CUSTOMER_CALLER,
	answers: { 200: { description: "The customer.", schema: SESSION_CUSTOMER_BODY }, ...MIDDLEWARE_UNAUTHORIZED },
});

const DESCRIBE_ME = operation({
	summary: "The customer calling, as registration answers it",
	description: "Fact 28: the customer of the session cookie, else of a store JWT, with its billing address and shipping addresses.",
	tags: ["customers"],
	security: CUSTOMER_CALLER,
	answers: { 200: { description: "The customer.", schema: CUSTOMER_BODY }, ...MIDDLEWARE_UNAUTHORIZED },
});

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
		.get("/store/auth", answerWith(sessionCustomerView), DESCRIBE_SESSION)
		.get("/store/customers/me", answerWith(customerView), DESCRIBE_ME);
};
