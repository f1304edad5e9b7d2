import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { currentCustomer, expectRefused, newCustomer } from "../flows.ts";
import { openSession, signedParts, withCookie } from "./support.ts";

/** The first character replaced by another of the same alphabet, so the value keeps its shape. */
const swapFirst = (text: string): string => `${text.startsWith("A") ? "B" : "A"}${text.slice(1)}`;

export default defineMedusaV1Check({
	id: "medusa-v1/session/signature-checked",
	title: "A session cookie with a wrong signature, or none, is no session",
	rule: "GET /store/auth answers 401 to a connect.sid whose signature was altered, and to the bare session id without `s:` and signature, while the cookie as set answers 200: the server checks the cookie's signature before it looks the session up.",
	refs: ["observed:05c", "asvs:9.1.1"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const { cookie } = await openSession(ctx, await newCustomer(ctx));
		ctx.expect.status(await currentCustomer(ctx, withCookie(cookie.raw)), 200, "GET /store/auth with the cookie as set");
		const { id, signature } = signedParts(ctx, cookie);
		const forgeries: Array<[string, string]> = [
			["its signature's first character changed", encodeURIComponent(`s:${id}.${swapFirst(signature)}`)],
			["only the bare session id", encodeURIComponent(id)],
		];
		for (const [what, raw] of forgeries) expectRefused(ctx, await currentCustomer(ctx, withCookie(raw)), `GET /store/auth with ${what}`);
	},
});
