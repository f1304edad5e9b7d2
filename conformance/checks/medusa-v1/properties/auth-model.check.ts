import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { ACCOUNTS, commandArbitraries, type Model, type Real, setUp } from "./model.ts";

// Small on purpose: every run registers its accounts afresh.
const MAX_RUNS = 25;
const MAX_COMMANDS = 16;

export default defineMedusaV1Check({
	id: "medusa-v1/properties/auth-model",
	title: "Random sequences of registrations, logins, log-outs and password changes agree with a simple model",
	rule: "Over any sequence of registration, JWT login, cookie login, GET /store/customers/me, DELETE /store/auth and a password change through POST /store/customers/me, with e-mails in any letter case: registering an e-mail that has an account is 422, and otherwise logs the new customer in; both logins succeed iff the password is the account's current one, else 401 `Unauthorized`; every JWT and live session reaches its own customer; DELETE /store/auth answers 200 `OK` and the logged-out cookie then gets 401; the credential that changed the password goes on working. Credentials the change may have ended (N5) are not judged.",
	refs: ["seed:jwt-login", "seed:bearer", "seed:cookie-set", "seed:connect-sid", "observed:01", "observed:02", "observed:04b", "observed:07", "observed:09i", "observed:17"],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const setup = async (): Promise<{ model: Model; real: Real }> => {
			const real: Real = { ctx, emails: Array.from({ length: ACCOUNTS }, (_, index) => ctx.uniqueEmail(`model-${index}`)) };
			return { model: await setUp(real), real };
		};
		await ctx.property(
			fc.commands(commandArbitraries, { maxCommands: MAX_COMMANDS, size: "max" }),
			(commands) => fc.asyncModelRun(setup, commands),
			Math.min(ctx.options.runs, MAX_RUNS),
		);
	},
});
