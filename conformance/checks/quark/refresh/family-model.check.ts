import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { defineQuarkCheck } from "../../../profiles/quark/refs.ts";
import { LOGIN, PROFILE, REFRESH, registered } from "../flows.ts";
import { commandArbitraries, type Model, type Real, setUp } from "./model.ts";

// Small on purpose: most commands are auth requests, which the burst limit holds to 20 per 10 s (FACTS.md §D).
const MAX_RUNS = 10;
const MAX_COMMANDS = 10;

export default defineQuarkCheck({
	id: "quark/refresh/family-model",
	title: "Random sequences of logins, refreshes and reuses agree with a model of refresh-token families",
	rule: `Over any sequence of POST ${LOGIN}, POST ${REFRESH} with a family's live refresh token, POST ${REFRESH} with one it already spent, and GET ${PROFILE} with a family's newest access token, for one account: the live token of a family no reuse revoked refreshes (200, new tokens); a spent token is refused with a 4xx and revokes its family, whose live token is refused from then on; the account's other families go on; and the newest access token of a family not revoked opens the profile of the account.`,
	refs: ["choice:refresh-route", "choice:refresh-reuse", "asvs:7.4.1"],
	// Observed: several live families per account, and their surviving another's reuse, are the
	// reference's choices (its README); the hardening rule alone is reuse-revokes-family's.
	tier: "observed",
	severity: "security",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		// One account for every run: each run's families are its own, from its own logins.
		const account = await registered(ctx);
		const setup = async (): Promise<{ model: Model; real: Real }> => {
			const real: Real = { ctx, account };
			return { model: await setUp(real), real };
		};
		await ctx.property(
			fc.commands(commandArbitraries, { maxCommands: MAX_COMMANDS, size: "max" }),
			(commands) => fc.asyncModelRun(setup, commands),
			Math.min(ctx.options.runs, MAX_RUNS),
		);
	},
});
