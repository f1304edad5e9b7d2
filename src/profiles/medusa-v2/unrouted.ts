// What Medusa 2.21.2 answers to a request no route of its takes (observed 15, 21): the middlewares
// mounted on a whole prefix still run first, and only then does Express answer. Under /admin the
// global authenticate (401 {"message":"Unauthorized"}), under /store the publishable key and, on
// /store/customers/me*, the customer; then Express's 404 page, or for an OPTIONS request that is no
// CORS preflight (no Access-Control-Request-Method), Express's list of the path's methods. None of
// these answers carries CORS headers: upstream's cors middleware runs only for a matched route.
import { expressNotFound } from "../../http/express-not-found.ts";
import { adminRule } from "./admin.routes.ts";
import { authenticate } from "./authenticate.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { authenticateCustomer, CUSTOMER_RULE, publishableKey } from "./store-access.ts";

/**
 * Express's `Allow` list of each route, in the order upstream registers their methods (observed 21,
 * 31, 36). Upstream's lists are copied whole: /admin/products also allows POST, which the reference
 * does not serve.
 */
const ROUTE_METHODS: ReadonlyArray<readonly [RegExp, string]> = [
	[/^\/auth\/session\/?$/i, "POST,DELETE"],
	[/^\/auth\/[^/]+\/providers\/?$/i, "GET,HEAD,POST"],
	[/^\/auth\/[^/]+\/[^/]+\/(register|reset-password|update)\/?$/i, "POST"],
	[/^\/auth\/[^/]+\/[^/]+\/callback\/?$/i, "GET,HEAD,POST"],
	// /auth/token/refresh is also /auth/{actor}/{provider} to Express's router.
	[/^\/auth\/[^/]+\/[^/]+\/?$/i, "POST,GET,HEAD"],
	[/^\/store\/customers\/?$/i, "POST"],
	[/^\/store\/customers\/me(\/addresses)?\/?$/i, "GET,HEAD,POST"],
	[/^\/store\/customers\/me\/addresses\/[^/]+\/?$/i, "GET,HEAD,POST,DELETE"],
	[/^\/store\/products\/?$/i, "GET,HEAD"],
	[/^\/admin\/(api-keys|products)\/?$/i, "GET,HEAD,POST"],
	[/^\/admin\/(api-keys|users|products)\/[^/]+\/?$/i, "GET,HEAD,POST,DELETE"],
	[/^\/admin\/api-keys\/[^/]+\/revoke\/?$/i, "POST"],
	[/^\/health\/?$/i, "GET,HEAD"],
];

/** Express's automatic answer to OPTIONS: 200, the methods in `Allow` and as the body. */
const allowList = (methods: string): Response =>
	new Response(methods, { status: 200, headers: { allow: methods, "content-type": "text/html; charset=utf-8" } });

export const unroutedAnswer = async (rt: MedusaV2Runtime, request: Request, path: string): Promise<Response> => {
	const now = rt.clock.now();
	if (path.startsWith("/admin")) {
		await authenticate(rt, request, adminRule(rt), now);
	} else if (path.startsWith("/store")) {
		if (/^\/store\/customers\/me/.test(path)) await authenticateCustomer(rt, request, CUSTOMER_RULE, now);
		else publishableKey(rt, request, now);
	}
	const methods = request.method === "OPTIONS" ? ROUTE_METHODS.find(([pattern]) => pattern.test(path))?.[1] : undefined;
	return methods ? allowList(methods) : expressNotFound(request);
};
