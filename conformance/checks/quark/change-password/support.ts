import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { CHANGE_PASSWORD } from "../flows.ts";

/** POST /api/auth/change-password as the holder of `accessToken` (seed 003). */
export const changePassword = (ctx: CheckContext, accessToken: string, currentPassword: string, newPassword: string): Promise<Reply> =>
	ctx.request({ path: CHANGE_PASSWORD, json: { currentPassword, newPassword }, bearer: accessToken, useJar: false });
