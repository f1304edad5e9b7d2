import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { expectRefusal, providerOf } from "./support.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/third-party/register-refused",
	title: "A redirect provider refuses registration: accounts are made at the callback",
	rule: 'POST /auth/customer/{provider}/register → 401 "<Provider> does not support registration. Use method `authenticate` instead." (Google, Github).',
	refs: ["seed:register-route", "observed:35"],
	tier: "observed",
	severity: "interoperability",
	requires: ["oauth-provider"],
	async run(ctx: CheckContext) {
		const provider = providerOf(ctx);
		const name = `${provider.charAt(0).toUpperCase()}${provider.slice(1)}`;
		const path = `/auth/customer/${provider}/register`;
		expectRefusal(ctx, await ctx.request({ path, json: {} }), `${name} does not support registration. Use method \`authenticate\` instead.`, `POST ${path}`);
	},
});
