// What only carphacom remembers, rebuilt with the shared state by /__control/reset: its fixtures'
// admin roles and marketplace listings, the marketplace's request counts and the panel's failed logins.
import { type CoreFixtures, fixtureSection, type PersonFixture, readCoreFixtures } from "../../core/fixtures.ts";
import { RateLimiters } from "../../core/rate-limit.ts";
import type { Limits } from "../../core/state.ts";
import { LoginLockout } from "./admin-panel-lockout.ts";

export interface CarphacomFixtures extends CoreFixtures {
	users: Array<PersonFixture & { role?: string }>;
	/** Public federation listings (/store/marketplace). */
	marketplace_listings: Array<{ id: string; title: string; handle: string; description?: string; seller: string }>;
}

/** A product other shops may list through the public federation endpoints. */
export interface MarketplaceListing {
	id: string;
	title: string;
	handle: string;
	description: string | null;
	seller: string;
	createdAt: number;
}

export interface CarphacomSlice {
	/** Admin user id → role ("admin", "support"; permissions.ts); a user without one has none. */
	roles: ReadonlyMap<string, string>;
	listings: ReadonlyMap<string, MarketplaceListing>;
	/** Request counts per client, by limiter name. */
	rateLimits: RateLimiters;
	lockout: LoginLockout;
}

export const createCarphacomSlice = (fixtures: CarphacomFixtures, limits: Limits, now: number): CarphacomSlice => ({
	roles: new Map(fixtures.users.flatMap((user) => (user.role === undefined ? [] : [[user.id, user.role] as const]))),
	listings: new Map(
		fixtures.marketplace_listings.map((listing) => [listing.id, { ...listing, description: listing.description ?? null, createdAt: now }]),
	),
	rateLimits: new RateLimiters(limits.rateLimitKeys),
	lockout: new LoginLockout(),
});

/** carphacom's fixtures: medusa-v2's sections (users with their roles) and the marketplace listings. */
export const readCarphacomFixtures = (raw: Record<string, unknown>): CarphacomFixtures => ({
	...readCoreFixtures(raw),
	marketplace_listings: fixtureSection(raw, "marketplace_listings"),
});
