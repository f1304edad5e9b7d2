import type { CheckContext } from "../../../kit/context.ts";
import { SignJWT } from "jose";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_TOKEN, registerAccount, updatePassword } from "../flows.ts";

/** A reset-shaped token signed with a secret the target cannot know. */
const foreignResetToken = (email: string): Promise<string> =>
	new SignJWT({ entity_id: email, provider: "emailpass", actor_type: "customer", purpose: "reset", jti: crypto.randomUUID() })
		.setProtectedHeader({ alg: "HS256", typ: "JWT" })
		.setIssuedAt()
		.setExpirationTime("15m")
		.sign(crypto.getRandomValues(new Uint8Array(32)));

export default defineMedusaV2Check({
	id: "medusa-v2/reset/update-invalid-token-body",
	title: "update refuses bad tokens with 401 Invalid token",
	rule: 'POST /auth/customer/emailpass/update with no token, "Bearer garbage", or a reset-shaped token signed with another secret answers 401 {"type":"unauthorized","message":"Invalid token"}.',
	refs: ["observed:08c", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const attempt = { email: account.email, password: `Hijack-${crypto.randomUUID()}` };
		const cases: Array<[string, string | undefined]> = [
			["no token", undefined],
			["Bearer garbage", "garbage"],
			["a reset-shaped token signed with another secret", await foreignResetToken(account.email)],
		];
		for (const [what, bearer] of cases) {
			const reply = await updatePassword(ctx, bearer, attempt);
			ctx.expect.status(reply, 401, `update with ${what}`);
			ctx.expect.json(reply, INVALID_TOKEN, `update with ${what}`);
		}
	},
});
