// The claim set of Medusa 2.21.2 session tokens, in upstream order (observed 01, 04a, 09a, 09c):
// actor_id ("" until an actor of that type is linked), actor_type, auth_identity_id, auth_provider,
// the MFA pair, the identity's whole app_metadata, user_metadata; iat and exp follow. No identity has
// MFA factors here; a refresh carries the MFA pair of the token it refreshes (observed 24). A
// third-party identity's user_metadata is what its provider said of the person (docs/upstream/
// medusa-v2-third-party-login.md §2, "Response body and JWT").
import type { AuthIdentity } from "../../core/store.ts";
import type { Claims } from "../../core/tokens.ts";

export interface MfaClaims {
	mfa_enabled?: unknown;
	mfa_challenge_completed_at?: unknown;
}

export const claimsFor = (identity: AuthIdentity, actorType: string, mfa: MfaClaims = {}): Claims => ({
	actor_id: identity.appMetadata[`${actorType}_id`] ?? "",
	actor_type: actorType,
	auth_identity_id: identity.id,
	auth_provider: identity.provider,
	mfa_enabled: mfa.mfa_enabled ?? false,
	mfa_challenge_completed_at: mfa.mfa_challenge_completed_at ?? null,
	app_metadata: { ...identity.appMetadata },
	user_metadata: { ...identity.userMetadata },
});
