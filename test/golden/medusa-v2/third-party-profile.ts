// The medusa-v2 cases recorded with google and github configured (35), replayed against an app whose
// oauth_providers carry the recording's client ids and callback URLs. The provider's address in a
// location is the reference's own page (profile README, third-party login), so the recorded Google
// and GitHub addresses stand for it; the states bind like ids; the recording's failed token exchange
// stands for the reference's provider refusing an unknown code.
import { loadFixtures } from "../../../src/core/fixtures.ts";
import { fixturesPath, makeTestApp } from "../../support/test-app.ts";
import type { GoldenProfile } from "../profile.ts";
import { MEDUSA_V2_GOLDEN, PROVIDERS_CONFIGURED } from "./profile.ts";

const CASE = "35-third-party-login";

const GITHUB_REACHED =
	"without internet the recording's token exchange failed with `fetch failed`; the reference's GitHub answers a code it never issued as GitHub does, HTTP 200 with an error and no expires_in, which upstream turns into 401 `Invalid time value` (docs/upstream/medusa-v2-third-party-login.md §2)";
const STATE_BOUND =
	"upstream takes a state minted by another provider or actor type; the reference's state answers only the flow that opened it, so this is 401 `No state provided, or session expired` (profile README, reference choices; test/third-party-login.test.ts)";

export const MEDUSA_V2_THIRD_PARTY_GOLDEN: GoldenProfile = {
	...MEDUSA_V2_GOLDEN,
	name: "medusa-v2 with google and github",
	replays: (caseName) => PROVIDERS_CONFIGURED.has(caseName),
	liveLiterals: [
		["https://accounts.google.com/o/oauth2/v2/auth", "http://localhost/__provider/google/authorize"],
		["https://github.com/login/oauth/authorize", "http://localhost/__provider/github/authorize"],
		// Without internet the recording's token exchange failed; the reference's provider is its own
		// page, which refuses a code it never issued (`abc`) as Google's token endpoint does (400).
		["fetch failed", "Could not exchange token, 400, Bad Request"],
	],
	async makeApp(clock) {
		const fixtures = await loadFixtures(fixturesPath("medusa-v2"));
		const { app } = await makeTestApp({ profile: "medusa-v2", clock, fixtures });
		return app;
	},
	steps: [],
	skips: {
		[`${CASE}#27`]: GITHUB_REACHED,
		[`${CASE}#23`]: STATE_BOUND,
		[`${CASE}#25`]: STATE_BOUND,
	},
};
