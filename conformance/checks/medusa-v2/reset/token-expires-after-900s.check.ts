import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, INVALID_TOKEN, registerAccount, requestResetToken, updatePassword } from "../flows.ts";
import { expectLogsIn } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/token-expires-after-900s",
	title: "Reset tokens work for 899 s and not at 900 s",
	rule: 'A reset token changes the password 899 s after its iat and is refused with 401 {"type":"unauthorized","message":"Invalid token"} from 900 s on.',
	refs: ["observed:08a", "observed:12", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail", "control-clock"],
	async run(ctx: CheckContext) {
		const control = ctx.control;
		ctx.expect.that(control !== undefined, "this check needs the control clock");
		const account = await registerAccount(ctx);
		const issuedAtMs = async (token: string): Promise<number> => {
			const iat = decodeClaims(token)?.iat;
			ctx.expect.that(typeof iat === "number", "the reset token has no numeric iat", { actual: iat });
			return iat * 1000;
		};

		const early = await requestResetToken(ctx, account.email);
		await control.setTo((await issuedAtMs(early)) + 899_000);
		const changed = { email: account.email, password: `Early-${crypto.randomUUID()}` };
		ctx.expect.status(await updatePassword(ctx, early, changed), 200, "update 899 s after iat");
		await expectLogsIn(ctx, changed, "the password set at 899 s");

		const late = await requestResetToken(ctx, account.email);
		await control.setTo((await issuedAtMs(late)) + 900_000);
		const refused = await updatePassword(ctx, late, { email: account.email, password: `Late-${crypto.randomUUID()}` });
		ctx.expect.status(refused, 401, "update 900 s after iat");
		ctx.expect.json(refused, INVALID_TOKEN);
		await expectLogsIn(ctx, changed, "the password set at 899 s, after the refused update");
	},
});
