import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { deleteSession, postSession } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/session/requires-credentials",
	title: "The session routes refuse callers without credentials",
	rule: 'POST /auth/session without a bearer token, and DELETE /auth/session without a session cookie, both answer 401 {"message":"Unauthorized"} and set no connect.sid.',
	refs: ["observed:06"],
	tier: "observed",
	severity: "interoperability",
	requires: [],
	async run(ctx: CheckContext) {
		for (const [what, reply] of [
			["POST /auth/session without a bearer", await postSession(ctx)],
			["DELETE /auth/session without a cookie", await deleteSession(ctx)],
		] as const) {
			ctx.expect.status(reply, 401, what);
			ctx.expect.json(reply, UNAUTHORIZED, what);
			const opened = reply.setCookies.filter((header) => /^connect\.sid=[^;]/.test(header));
			ctx.expect.that(opened.length === 0, `${what}: a refused request must not open a session`, { actual: opened, exchange: reply.exchange });
		}
	},
});
