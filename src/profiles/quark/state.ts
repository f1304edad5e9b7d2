// What only quark remembers, rebuilt with the shared state by /__control/reset: the catalogue, the
// accounts' roles, addresses, orders and consents, baskets, refresh tokens, and the request counts
// of the rate limits, so that each server (each test's app) counts its own clients.
import { RateLimiters } from "../../core/rate-limiters.ts";
import type { Limits } from "../../core/state.ts";
import { type Accounts, createAccounts } from "./accounts.ts";
import { Baskets } from "./baskets.ts";
import { type Catalogue, createCatalogue } from "./catalogue.ts";
import type { QuarkFixtures } from "./fixtures.ts";
import { RefreshTokens } from "./refresh-tokens.ts";

export interface QuarkSlice {
	catalogue: Catalogue;
	accounts: Accounts;
	baskets: Baskets;
	refreshTokens: RefreshTokens;
	/** Request counts per client, by policy name (rate-limits.ts). */
	rateLimits: RateLimiters;
	/** The number the next order placed gets (`QC-<n>`). */
	nextOrderNumber: number;
}

/** Order numbers continue after the fixtures' (reference choice: QC-1001, QC-1002, …). */
const FIRST_ORDER_NUMBER = 1001;

export const createQuarkSlice = (fixtures: QuarkFixtures, limits: Limits, now: number): QuarkSlice => {
	const catalogue = createCatalogue(fixtures);
	return {
		catalogue,
		accounts: createAccounts(fixtures, catalogue, now),
		// Refresh tokens and baskets are what a client creates most, as sessions are elsewhere.
		baskets: new Baskets(limits.sessions),
		refreshTokens: new RefreshTokens(limits.sessions),
		rateLimits: new RateLimiters(limits.rateLimitKeys),
		nextOrderNumber: FIRST_ORDER_NUMBER + fixtures.orders.length,
	};
};
