import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { INVALID_TOKEN, registerAccount, requestResetToken, updatePassword } from "../flows.ts";
import { expectLogsIn } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/reset/newer-request-voids-older",
	title: "A newer reset request voids the older token",
	rule: 'After two reset-password requests for the same identifier, the first (unused) token is refused with 401 {"type":"unauthorized","message":"Invalid token"} and the second still changes the password.',
	refs: ["observed:08d", "facts:A.8"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "reset-mail"],
	async run(ctx: CheckContext) {
		const account = await registerAccount(ctx);
		const older = await requestResetToken(ctx, account.email);
		const newer = await requestResetToken(ctx, account.email);
		ctx.expect.that(older !== newer, "two reset requests returned the same token", { actual: older });
		const withOlder = await updatePassword(ctx, older, { email: account.email, password: `Older-${crypto.randomUUID()}` });
		ctx.expect.status(withOlder, 401, "update with the older token");
		ctx.expect.json(withOlder, INVALID_TOKEN);
		const changed = { email: account.email, password: `Newer-${crypto.randomUUID()}` };
		ctx.expect.status(await updatePassword(ctx, newer, changed), 200, "update with the newer token");
		await expectLogsIn(ctx, changed, "the password the newer token set");
	},
});
