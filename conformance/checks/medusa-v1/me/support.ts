// Steps the /store/customers/me checks share: POST /store/customers/me with chosen credentials.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import type { Credentials } from "../flows.ts";

/** POST /store/customers/me (Update Customer). */
export const updateMe = (ctx: CheckContext, body: Record<string, unknown>, credentials: Credentials = {}): Promise<Reply> =>
	ctx.request({
		path: "/store/customers/me",
		json: body,
		bearer: credentials.bearer,
		useJar: credentials.useJar ?? false,
		headers: credentials.headers,
	});
