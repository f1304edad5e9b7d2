// What the medusa-v2 family reads from its fixtures beyond the shared sections, and remembers beyond
// the shared state: third-party login (third-party/login-state.ts). A profile that builds on
// medusa-v2 extends both.
import { type CoreFixtures, readCoreFixtures } from "../../core/fixtures.ts";
import type { Limits } from "../../core/state.ts";
import type { MemoryStore } from "../../core/store.ts";
import { createThirdPartyLogin, type OAuthProvidersFixture, readOAuthProviders, type ThirdPartyLogin } from "./third-party/login-state.ts";

export interface MedusaV2Fixtures extends CoreFixtures {
	oauth_providers: OAuthProvidersFixture;
}

export const readMedusaV2Fixtures = (raw: Record<string, unknown>): MedusaV2Fixtures => ({
	...readCoreFixtures(raw),
	oauth_providers: readOAuthProviders(raw),
});

export interface MedusaV2Slice {
	thirdParty: ThirdPartyLogin;
}

export const createMedusaV2Slice = (fixtures: MedusaV2Fixtures, limits: Limits, now: number, store: MemoryStore): MedusaV2Slice => ({
	thirdParty: createThirdPartyLogin(fixtures.oauth_providers, new Set(fixtures.customers.map((customer) => customer.id)), store, limits, now),
});
