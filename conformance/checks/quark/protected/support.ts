// Seed 003's protected endpoints, one request each: the documented paths as they are, and for the
// prefixes ("POST /api/storefront/checkout/*", "*/api/storefront/addresses/*", "POST
// /api/storefront/gdpr/*") one path under each. None of them changes anything, even on a server that
// lets the request through: the checkout gets ids of nothing, the GDPR request is the export (FACTS.md §D).
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { PROFILE } from "../flows.ts";

export interface Route {
	method: "GET" | "POST";
	path: string;
	json?: unknown;
}

export const PROTECTED_ROUTES: readonly Route[] = [
	{ method: "GET", path: "/api/storefront/orders" },
	{ method: "GET", path: "/api/storefront/basket/user" },
	{ method: "POST", path: "/api/storefront/checkout/place-order", json: { basketId: crypto.randomUUID(), addressId: crypto.randomUUID() } },
	{ method: "GET", path: PROFILE },
	{ method: "GET", path: "/api/storefront/addresses" },
	{ method: "POST", path: "/api/storefront/gdpr/export", json: {} },
];

export const nameOf = (route: Route): string => `${route.method} ${route.path}`;

/** The route with `bearer`, or with no Authorization header. */
export const call = (ctx: CheckContext, route: Route, bearer?: string): Promise<Reply> =>
	ctx.request({ method: route.method, path: route.path, json: route.json, bearer, useJar: false });
