// What carphacom remembers beyond medusa-v2's slice, rebuilt with the shared state by /__control/reset:
// its fixtures' admin roles and marketplace listings, the marketplace's request counts and the panel's
// failed logins.
import { type Static, Type } from "@sinclair/typebox";
import { fieldValues, refuseDuplicates } from "../../core/fixture-references.ts";
import { fixtureList, fixturesFileSchema, PERSON_FIXTURE } from "../../core/fixture-schemas.ts";
import { fixtureSection } from "../../core/fixtures.ts";
import { RateLimiters } from "../../core/rate-limiters.ts";
import type { Limits } from "../../core/state.ts";
import type { MemoryStore } from "../../core/store.ts";
import { createMedusaV2Slice, MEDUSA_V2_SECTIONS, type MedusaV2Fixtures, type MedusaV2Slice, readMedusaV2Fixtures } from "../medusa-v2/slice.ts";
import { LoginLockout } from "./admin-panel-lockout.ts";

/** carphacom's own sections: admin users with their role, and the public federation listings (/store/marketplace). */
const SECTIONS = {
	users: fixtureList(
		Type.Object({
			...PERSON_FIXTURE.properties,
			role: Type.Optional(Type.String({ description: '"admin" may do anything, "support" may only read (permissions.ts); a user without a role may do nothing.' })),
		}),
		"Admin users, each with an e-mail and password identity and the role the panel and /admin check.",
	),
	marketplace_listings: fixtureList(
		Type.Object({ id: Type.String(), title: Type.String(), handle: Type.String(), description: Type.Optional(Type.String()), seller: Type.String() }),
		"Products other shops may list through the public federation endpoints (/store/marketplace).",
	),
};

/** Every section a carphacom fixtures file may have: medusa-v2's, with carphacom's users and listings. */
export const CARPHACOM_FIXTURES_SCHEMA = fixturesFileSchema({ ...MEDUSA_V2_SECTIONS, ...SECTIONS });

export interface CarphacomFixtures extends MedusaV2Fixtures {
	users: Static<typeof SECTIONS.users>;
	marketplace_listings: Static<typeof SECTIONS.marketplace_listings>;
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

export interface CarphacomSlice extends MedusaV2Slice {
	/** Admin user id → role ("admin", "support"; permissions.ts); a user without one has none. */
	roles: ReadonlyMap<string, string>;
	listings: ReadonlyMap<string, MarketplaceListing>;
	/** Request counts per client, by limiter name. */
	rateLimits: RateLimiters;
	lockout: LoginLockout;
}

export const createCarphacomSlice = (fixtures: CarphacomFixtures, limits: Limits, now: number, store: MemoryStore): CarphacomSlice => ({
	...createMedusaV2Slice(fixtures, limits, now, store),
	roles: new Map(fixtures.users.flatMap((user) => (user.role === undefined ? [] : [[user.id, user.role] as const]))),
	listings: new Map(
		fixtures.marketplace_listings.map((listing) => [listing.id, { ...listing, description: listing.description ?? null, createdAt: now }]),
	),
	rateLimits: new RateLimiters(limits.rateLimitKeys),
	lockout: new LoginLockout(),
});

/** carphacom's fixtures: medusa-v2's sections (users with their roles) and the marketplace listings. */
export const readCarphacomFixtures = (raw: Record<string, unknown>): CarphacomFixtures => {
	const marketplace_listings = fixtureSection(raw, "marketplace_listings", SECTIONS.marketplace_listings);
	refuseDuplicates(fieldValues("marketplace_listings", marketplace_listings, "id"));
	return { ...readMedusaV2Fixtures(raw), users: fixtureSection(raw, "users", SECTIONS.users), marketplace_listings };
};
