// What the login checks share: the two login routes of seed 001, which answer failures alike
// (fact 19), and a POST to either with a body sent exactly as given.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply, RequestSpec } from "../../../kit/http.ts";

/** Customer Login (JWT) and Customer Login (cookie). */
export const LOGIN_ROUTES = ["/store/auth/token", "/store/auth"] as const;

export type LoginRoute = (typeof LOGIN_ROUTES)[number];

/** POST to a login route with this body (json, form or raw) and no cookie. */
export const postLogin = (ctx: CheckContext, path: LoginRoute, body: Pick<RequestSpec, "json" | "form" | "raw">): Promise<Reply> =>
	ctx.request({ method: "POST", path, ...body, useJar: false });

/** A v1 validation 400 (fact 3), byte for byte. */
export const invalidData = (message: string): string => JSON.stringify({ type: "invalid_data", message });
