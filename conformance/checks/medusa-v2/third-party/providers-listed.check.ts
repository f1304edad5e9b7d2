import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { providerOf } from "./support.ts";

const listed = (body: unknown): Array<Record<string, unknown>> => ((body as { providers?: unknown } | undefined)?.providers as Array<Record<string, unknown>>) ?? [];

export default defineMedusaV2Check({
	id: "medusa-v2/third-party/providers-listed",
	title: "The providers list shows a redirect provider to customers, not to admin users",
	rule: 'GET /auth/customer/providers lists {id, identifier, display_name, flow: "redirect"} for the provider; GET /auth/user/providers does not list it (a user may use emailpass only).',
	refs: ["observed:22", "observed:35"],
	tier: "observed",
	severity: "interoperability",
	requires: ["oauth-provider"],
	async run(ctx: CheckContext) {
		const provider = providerOf(ctx);
		const customers = await ctx.request({ path: "/auth/customer/providers" });
		ctx.expect.status(customers, 200, "GET /auth/customer/providers");
		const entry = listed(customers.body).find((item) => item.id === provider);
		ctx.expect.that(entry !== undefined, `GET /auth/customer/providers does not list ${provider}`, { actual: customers.text.slice(0, 400), exchange: customers.exchange });
		ctx.expect.equal(Object.keys(entry), ["id", "identifier", "display_name", "flow"], `the ${provider} entry's keys`, customers.exchange);
		ctx.expect.equal(entry.flow, "redirect", `the ${provider} entry's flow`, customers.exchange);
		const users = await ctx.request({ path: "/auth/user/providers" });
		ctx.expect.status(users, 200, "GET /auth/user/providers");
		ctx.expect.that(!listed(users.body).some((item) => item.id === provider), `GET /auth/user/providers lists ${provider}, which a user may not use`, { actual: users.text.slice(0, 400), exchange: users.exchange });
	},
});
