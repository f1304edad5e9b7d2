import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { mailOf } from "../../../kit/mail/reader.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2/refs.ts";
import { ACCOUNTS, commandArbitraries, type Model, type Real, setUp } from "./model.ts";

// Small on purpose: every run signs accounts up afresh, and the whole check should stay within a
// few seconds against the reference with cheap argon2.
const MAX_RUNS = 25;
const MAX_COMMANDS = 16;

// Tier: observed. Most assertions are seed statements (register errors on an existing e-mail, login
// succeeds only with the current password, refresh returns a token, update with a live reset token
// succeeds), but sessions, logout revoking the cookie (06), single use (08b) and a newer request
// voiding the older token (08d) are Medusa 2.21.2 behaviour the seed does not state.
export default defineMedusaV2Check({
	id: "medusa-v2/properties/auth-model",
	title: "Random sequences of sign-ups, logins, sessions, refreshes and resets agree with a simple model",
	rule: "Over any sequence of sign-up, login, GET /store/customers/me, refresh, session create/use/logout, reset request and update: login succeeds iff the password is the account's current one; signing up an existing e-mail is an error; tokens and live sessions reach their own customer; a logged-out cookie gets 401; reset-password emits an event only for existing accounts; only the newest unused reset token changes the password.",
	refs: [
		"seed:identity-exists",
		"seed:login-error",
		"seed:token-in-header",
		"seed:refresh-token",
		"seed:reset-route",
		"seed:update-route",
		"observed:06",
		"observed:08b",
		"observed:08d",
	],
	tier: "observed",
	severity: "security",
	requires: ["customer-registration", "publishable-key", "reset-mail"],
	async run(ctx: CheckContext) {
		const mail = mailOf(ctx);
		const setup = async (): Promise<{ model: Model; real: Real }> => {
			const real: Real = { ctx, mail, emails: Array.from({ length: ACCOUNTS }, (_, index) => ctx.uniqueEmail(`model-${index}`)) };
			return { model: await setUp(real), real };
		};
		await ctx.property(
			fc.commands(commandArbitraries, { maxCommands: MAX_COMMANDS, size: "max" }),
			(commands) => fc.asyncModelRun(setup, commands),
			Math.min(ctx.options.runs, MAX_RUNS),
		);
	},
});
