// POST /auth/token/refresh, shared by the refresh checks.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";

/** POST /auth/token/refresh with this bearer (or none), without the jar's cookies. */
export const refresh = (ctx: CheckContext, bearer?: string): Promise<Reply> =>
	ctx.request({ method: "POST", path: "/auth/token/refresh", bearer, useJar: false });
