// The one request of the exists checks.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";

/** GET /store/auth/{email} (Check if Email Exists) with this path segment as given, and no credentials. */
export const emailExists = (ctx: CheckContext, segment: string): Promise<Reply> => ctx.request({ path: `/store/auth/${segment}`, useJar: false });
