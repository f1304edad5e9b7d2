import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { UNAUTHORIZED } from "../flows.ts";
import { meWithAuthorization, resignedWith, strangerSecret, withAlgNone, workingToken } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/bearer/refusal-body",
	title: "Every refused bearer gets upstream's bare 401",
	rule: 'GET /store/customers/me (with the publishable key) answers 401 with exactly {"message":"Unauthorized"} and no WWW-Authenticate for no token, a garbage token, a token with a changed signature, an alg:none copy and a copy signed with another secret.',
	refs: ["observed:05", "observed:error-shapes"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key"],
	async run(ctx: CheckContext) {
		const token = await workingToken(ctx);
		const [header, payload, signature = ""] = token.split(".");
		const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
		const cases: Array<[string, string | undefined]> = [
			["no Authorization header", undefined],
			["a garbage token", "Bearer not-a-token"],
			["a changed signature", `Bearer ${header}.${payload}.${flipped}`],
			["an alg:none copy", `Bearer ${withAlgNone(token)}`],
			["a copy signed with another secret", `Bearer ${await resignedWith(token, strangerSecret())}`],
		];
		for (const [what, authorization] of cases) {
			const reply = await meWithAuthorization(ctx, authorization);
			ctx.expect.status(reply, 401, what);
			ctx.expect.exactBody(reply, JSON.stringify(UNAUTHORIZED), what);
			ctx.expect.header(reply, "www-authenticate", null);
		}
	},
});
