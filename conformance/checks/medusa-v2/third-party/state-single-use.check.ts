import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { callback, expectRefusal, NO_STATE, startLogin } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/third-party/state-single-use",
	title: "A state survives a callback without code, and is used up by the first one with a code",
	rule: 'A fresh state: callback with the state and no code → 401 "No code provided" (the state is kept); with the state and a code the provider never issued → 401 with another message than "No state provided, or session expired" (the state was accepted, the code refused); the same again → 401 "No state provided, or session expired".',
	refs: ["observed:35", "rfc6749:10.12"],
	tier: "observed",
	severity: "security",
	requires: ["oauth-provider"],
	async run(ctx: CheckContext) {
		const { state } = await startLogin(ctx);
		expectRefusal(ctx, await callback(ctx, `?state=${state}`), "No code provided", "callback with the state and no code");
		const first = await callback(ctx, `?state=${state}&code=gatecheck-unknown-code`);
		ctx.expect.status(first, 401, "callback with the state and an unknown code");
		const message = (first.body as { message?: unknown } | undefined)?.message;
		ctx.expect.that(message !== NO_STATE, "the state was refused before it was used: a callback without code spent it, or it never worked", { actual: first.text, exchange: first.exchange });
		expectRefusal(ctx, await callback(ctx, `?state=${state}&code=gatecheck-unknown-code`), NO_STATE, "the same callback again");
	},
});
