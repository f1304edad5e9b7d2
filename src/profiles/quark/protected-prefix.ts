// Seed 003 protects whole prefixes ("POST /api/storefront/checkout/*", "*/api/storefront/addresses/*",
// "POST /api/storefront/gdpr/*"), so any path under one needs a Customer's token before anything
// else is said about it: without one it is the 401 (or 403), with one the 404 of a path no route
// has (reference choice: a client probing the prefix learns nothing without a token).
import { Elysia } from "elysia";
import { protectedPrefixOperation } from "./api-schemas.ts";
import { requireCustomer } from "./authenticate.ts";
import { quarkError } from "./errors.ts";
import type { QuarkRuntime } from "./runtime.ts";

/** The catch-all under `prefix`, listed in the API document under `tag` (it answers 401/403 before its 404). */
export const protectedPrefix = (rt: QuarkRuntime, prefix: string, tag: string) =>
	new Elysia({ name: `quark/protected ${prefix}` }).all(
		`${prefix}/*`,
		async ({ request }) => {
			await requireCustomer(rt, request, rt.clock.now());
			throw quarkError("ERR_NOT_FOUND", "Not Found");
		},
		protectedPrefixOperation(prefix, tag),
	);
