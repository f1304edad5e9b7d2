// What the medusa-v2 family reads from its fixtures beyond the shared sections, and remembers beyond
// the shared state: third-party login (third-party/login-state.ts). A profile that builds on
// medusa-v2 extends both.
import { CORE_SECTIONS, type CoreFixtures, fixturesFileSchema } from "../../core/fixture-schemas.ts";
import { readCoreFixtures } from "../../core/fixtures.ts";
import type { Limits } from "../../core/state.ts";
import type { MemoryStore } from "../../core/store.ts";
import {
	createThirdPartyLogin,
	OAUTH_PROVIDERS_SECTION,
	type OAuthProvidersFixture,
	readOAuthProviders,
	type ThirdPartyLogin,
} from "./third-party/login-state.ts";

export interface MedusaV2Fixtures extends CoreFixtures {
	oauth_providers: OAuthProvidersFixture;
}

/** Every section a medusa-v2 fixtures file may have: what readMedusaV2Fixtures reads. */
export const MEDUSA_V2_SECTIONS = { ...CORE_SECTIONS, oauth_providers: OAUTH_PROVIDERS_SECTION };

export const MEDUSA_V2_FIXTURES_SCHEMA = fixturesFileSchema(MEDUSA_V2_SECTIONS);

export const readMedusaV2Fixtures = (raw: Record<string, unknown>): MedusaV2Fixtures => {
	const core = readCoreFixtures(raw);
	return { ...core, oauth_providers: readOAuthProviders(raw, core.customers.map((customer) => customer.id)) };
};

export interface MedusaV2Slice {
	thirdParty: ThirdPartyLogin;
}

export const createMedusaV2Slice = (fixtures: MedusaV2Fixtures, limits: Limits, now: number, store: MemoryStore): MedusaV2Slice => ({
	thirdParty: createThirdPartyLogin(fixtures.oauth_providers, store, limits, now),
});
