import type { CheckContext } from "../../../src/context.ts";
import { Inconclusive } from "../../../src/expect.ts";
import { type Side, samplePairs } from "../../../src/timing/paired-sampling.ts";
import { describeVerdict, type EndpointSample, judgeEndpoints } from "../../../src/timing/verdict.ts";
import { defineMedusaV2Check } from "../../../profiles/medusa-v2.ts";
import { registerAccount } from "../flows.ts";

const LOGIN = "/auth/customer/emailpass";
const RESET = "/auth/customer/emailpass/reset-password";

/** One request of a side: the body is made anew each time (a fresh wrong password, a fresh unknown e-mail). */
const post =
	(ctx: CheckContext, path: string, body: () => Record<string, string>): Side =>
	(record) =>
		ctx.request({ path, json: body(), record });

export default defineMedusaV2Check({
	id: "medusa-v2/hardening/timing-does-not-reveal-accounts",
	title: "Login and reset-password take as long for unknown accounts as for existing ones",
	rule: `${LOGIN} with a wrong password and ${RESET}, sent about an existing and an unknown e-mail in random order, show no latency difference that Wilcoxon's signed-rank test finds at the run's α (Holm-corrected across both endpoints).`,
	refs: ["asvs:6.3.8", "observed:04i", "facts:A.8"],
	tier: "hardening",
	requires: ["customer-registration"],
	exclusive: true,
	async run(ctx: CheckContext) {
		const timing = ctx.options.timing;
		const account = await registerAccount(ctx, "timing");
		// A/A calibration times the existing account on both sides: whatever it finds is a false positive.
		const other = (): string => (timing.calibrate ? account.email : ctx.uniqueEmail("nobody"));
		const wrongPassword = (): string => `Wrong-${crypto.randomUUID()}`;
		const endpoints = [
			{
				endpoint: `POST ${LOGIN}`,
				known: post(ctx, LOGIN, () => ({ email: account.email, password: wrongPassword() })),
				unknown: post(ctx, LOGIN, () => ({ email: other(), password: wrongPassword() })),
			},
			{
				endpoint: `POST ${RESET}`,
				known: post(ctx, RESET, () => ({ identifier: account.email })),
				unknown: post(ctx, RESET, () => ({ identifier: other() })),
			},
		];
		const samples: EndpointSample[] = [];
		for (const [index, { endpoint, known, unknown }] of endpoints.entries()) {
			const sample = await samplePairs(known, unknown, { pairs: timing.pairs, warmup: timing.warmup, seed: ctx.options.seed + index });
			samples.push({ endpoint, ...sample });
		}
		const verdicts = judgeEndpoints(samples, timing);
		for (const verdict of verdicts) ctx.note(describeVerdict(verdict, timing));
		const leaks = verdicts.filter((verdict) => verdict.outcome === "leak");
		ctx.expect.that(leaks.length === 0, leaks.map((verdict) => describeVerdict(verdict, timing)).join("; "), {
			expected: "no latency difference between existing and unknown accounts",
			actual: leaks.map((verdict) => ({ endpoint: verdict.endpoint, differenceMs: verdict.estimateMs, intervalMs: verdict.intervalMs })),
		});
		const unsure = verdicts.filter((verdict) => verdict.outcome === "inconclusive");
		if (unsure.length > 0) throw new Inconclusive(unsure.map((verdict) => describeVerdict(verdict, timing)).join("; "));
	},
});

