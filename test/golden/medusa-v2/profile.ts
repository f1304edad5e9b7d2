// The medusa-v2 golden replay: cases recorded from a real Medusa 2.21.2 (01-14: medusa-v2-observed.md;
// 15 on: tools/oracle/record-medusa-v2.ts).
import { loadFixtures, type PersonFixture } from "../../../src/core/fixtures.ts";
import { fixturesPath, makeTestApp, PUBLISHABLE_KEY } from "../../support/test-app.ts";
import type { GoldenProfile } from "../profile.ts";
import { MEDUSA_V2_SKIPS } from "./skips.ts";
import { MEDUSA_V2_STEPS } from "./steps.ts";

/** Cases recorded on a copy of the oracle whose medusa-config.ts adds google and github (tools/oracle/medusa-v2/third-party-login.ts). */
export const PROVIDERS_CONFIGURED: ReadonlySet<string> = new Set(["35-third-party-login"]);

export const MEDUSA_V2_GOLDEN: GoldenProfile = {
	name: "medusa-v2",
	transcriptsDir: new URL("../../../fixtures/medusa-v2/transcripts/", import.meta.url),
	recordingJwtSecret: "oracle-jwt-secret-0123456789abcdef",
	// The recording databases' publishable keys (cases 01-14, then 15 on, recorded after the oracle was
	// installed again); ours comes from fixtures/medusa-v2.json.
	liveLiterals: [
		["pk_1959831834901bcc1ac989efbaaacadbbdbd4dc4779b19ec6d7184c46b321860", PUBLISHABLE_KEY],
		["pk_a656ffd78af6b77bf576edc0387cc8299da393051c35d6c05c8e8ffe6bbab855", PUBLISHABLE_KEY],
	],
	// The seeded admin of the second install (cases 15 on) is the admin of the first, as both are ours.
	sameRecords: new Map([
		["user_01M975PSWEY7QG7CVG12A2ZQ8P", "user_01M80DTW1C677VE0RSVGKCBFE5"],
		["authid_01M975PSZT1RR8BPRXG4MQN7EM", "authid_01M80DTW59F8QB5TJVKD0YVDEM"],
	]),
	// The oracle's own config registers emailpass only (observed 22); third-party-profile.ts replays the cases recorded with google and github.
	replays: (caseName) => !PROVIDERS_CONFIGURED.has(caseName),
	async makeApp(clock) {
		const { oauth_providers: _configuredHere, ...fixtures } = await loadFixtures(fixturesPath("medusa-v2"));
		const { app } = await makeTestApp({
			profile: "medusa-v2",
			clock,
			// The recording's database had no products (observed 09b, 10: count 0); its keys and sales
			// channels are what our fixtures provide. Its admin has no name and was created when the
			// second install was seeded (observed 27).
			fixtures: {
				...fixtures,
				products: [],
				users: (fixtures.users as PersonFixture[]).map(({ first_name: _first, last_name: _last, ...user }) => ({
					...user,
					created_at: "2026-12-07T02:35:42.863Z",
				})),
			},
			// 06p sends X-Forwarded-Proto behind Medusa's `trust proxy` 1; no other transcript sends it.
			trustProxy: true,
		});
		return app;
	},
	steps: MEDUSA_V2_STEPS,
	skips: MEDUSA_V2_SKIPS,
};
