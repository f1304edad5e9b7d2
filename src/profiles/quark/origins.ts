// The origin lists quark reads from the environment at start-up, as every profile's CORS families
// are read (http/cors.ts): QUARK_CORS for the /api routes, and QUARK_RESET_ORIGINS, the origins a
// password-reset link may point to (contracts README: "only sent to origins on an allow-list").
// Both default to a storefront in development on port 3000 (reference choice: a Next.js default).
import { allows, type CorsFamily, type CorsPolicy, type OriginRule } from "../../http/cors.ts";

/**
 * The key of the reset-link origins in the CORS policy. It is no route family: a request path is
 * percent-encoded and so never holds the space in it, and no CORS header is ever made from it. A
 * defect wrapping CORS would widen this list too, which is why quark has no such defect.
 */
const RESET_LINKS = "(reset links)";

const DEVELOPMENT_STOREFRONT = "http://localhost:3000";

export const QUARK_ORIGINS: readonly CorsFamily[] = [
	{ prefix: "api", env: "QUARK_CORS", defaults: DEVELOPMENT_STOREFRONT },
	{ prefix: RESET_LINKS, env: "QUARK_RESET_ORIGINS", defaults: DEVELOPMENT_STOREFRONT },
];

/** The origins allowed to call /api with credentials. */
export const apiOrigins = (cors: CorsPolicy): OriginRule[] => cors.api ?? [];

/** Whether a reset link built on `resetBaseUrl` would go to an allowed origin. */
export const isAllowedResetBase = (cors: CorsPolicy, resetBaseUrl: string): boolean => {
	let origin: string;
	try {
		origin = new URL(resetBaseUrl).origin;
	} catch {
		return false;
	}
	return allows(cors[RESET_LINKS] ?? [], origin);
};

/** The first plain origin of the allow-list, for the kit's target (CONTROL.md). */
export const firstResetOrigin = (cors: CorsPolicy): string | undefined => cors[RESET_LINKS]?.find((rule) => typeof rule === "string");
