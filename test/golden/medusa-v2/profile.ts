// The medusa-v2 golden replay: 42 cases recorded from a real Medusa 2.21.2 (medusa-v2-observed.md).
import { loadFixtures } from "../../../src/core/fixtures.ts";
import { fixturesPath, makeTestApp, PUBLISHABLE_KEY } from "../../support/test-app.ts";
import type { GoldenProfile } from "../profile.ts";
import { MEDUSA_V2_SKIPS } from "./skips.ts";
import { MEDUSA_V2_STEPS } from "./steps.ts";

export const MEDUSA_V2_GOLDEN: GoldenProfile = {
	name: "medusa-v2",
	transcriptsDir: new URL("../../../fixtures/medusa-v2/transcripts/", import.meta.url),
	recordingJwtSecret: "oracle-jwt-secret-0123456789abcdef",
	// The recording database's publishable key; ours comes from fixtures/medusa-v2.json.
	liveLiterals: [["pk_1959831834901bcc1ac989efbaaacadbbdbd4dc4779b19ec6d7184c46b321860", PUBLISHABLE_KEY]],
	async makeApp(clock) {
		const fixtures = await loadFixtures(fixturesPath("medusa-v2"));
		const { app } = await makeTestApp({
			profile: "medusa-v2",
			clock,
			// The recording's database had no products (observed 09b, 10: count 0); its users, keys and
			// sales channels are what our fixtures provide.
			fixtures: { ...fixtures, products: [] },
			// 06p sends X-Forwarded-Proto behind Medusa's `trust proxy` 1; no other transcript sends it.
			trustProxy: true,
		});
		return app;
	},
	steps: MEDUSA_V2_STEPS,
	skips: MEDUSA_V2_SKIPS,
};
