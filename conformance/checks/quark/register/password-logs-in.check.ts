import type { CheckContext } from "../../../kit/context.ts";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN, REGISTER, registered } from "../flows.ts";
import { expectLoginRefused, expectLogsIn } from "../login/support.ts";

/** The password with the letter case of each letter swapped. */
const caseSwapped = (password: string): string =>
	[...password].map((char) => (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase())).join("");

export default defineQuarkCheck({
	id: "quark/register/password-logs-in",
	title: "The password given at registration logs in exactly as it was given",
	rule: `After POST ${REGISTER} answered 200, POST ${LOGIN} with the registered e-mail and password answers 200 with tokens, while the same password with its letter case swapped, or without its last character, is refused with a 4xx: every character of a password counts.`,
	refs: ["seed:register", "seed:login"],
	tier: "contract",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const account = await registered(ctx);
		await expectLogsIn(ctx, account, "the registered password");
		await expectLoginRefused(ctx, { email: account.email, password: caseSwapped(account.password) }, "the password with its letter case swapped");
		await expectLoginRefused(ctx, { email: account.email, password: account.password.slice(0, -1) }, "the password without its last character");
	},
});
