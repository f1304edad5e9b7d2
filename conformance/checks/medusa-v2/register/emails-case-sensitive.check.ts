import type { CheckContext } from "../../../kit/context.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { decodeClaims, INVALID_CREDENTIALS, login, register, tokenOf } from "../flows.ts";

export default defineMedusaV2Check({
	id: "medusa-v2/register/emails-case-sensitive",
	title: "E-mails are compared exactly, case included",
	rule: 'An e-mail registered in mixed case logs in only as typed: its lower-cased form gets 401 {"type":"unauthorized","message":"Invalid email or password"}, and registering the lower-cased form creates a new, distinct identity.',
	refs: ["observed:13"],
	tier: "observed",
	severity: "interoperability",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const [local, domain] = ctx.uniqueEmail().split("@");
		const mixed = { email: `Mixed.${local}@${domain?.toUpperCase()}`, password: "Mixed-Pass-1" };
		const lower = mixed.email.toLowerCase();
		const first = tokenOf(ctx, await register(ctx, mixed), "register the mixed-case e-mail");
		tokenOf(ctx, await login(ctx, mixed), "login with the e-mail exactly as registered");
		const lowered = await login(ctx, { email: lower, password: mixed.password });
		ctx.expect.status(lowered, 401, "login with the lower-cased e-mail");
		ctx.expect.exactBody(lowered, JSON.stringify(INVALID_CREDENTIALS));
		const second = tokenOf(ctx, await register(ctx, { email: lower, password: "Lower-Pass-2" }), "register the lower-cased e-mail");
		const ids = [decodeClaims(first)?.auth_identity_id, decodeClaims(second)?.auth_identity_id];
		ctx.expect.that(typeof ids[0] === "string" && typeof ids[1] === "string" && ids[0] !== ids[1], "the lower-cased e-mail must get its own identity", {
			actual: ids,
		});
	},
});
