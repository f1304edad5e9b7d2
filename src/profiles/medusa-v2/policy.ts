// The values the medusa-v2 routes read, as Medusa 2.21.2 has them (medusa-v2-observed.md, FACTS.md
// §A). A defect (defects.ts) overrides some of them; the routes never ask which defect is on.
import type { CodePolicy, StatePolicy } from "../../core/oauth-flow.ts";
import { MEDUSA_2_16_RESET_POLICY } from "../../core/reset-tokens.ts";
import { sessionIdOf } from "../../http/session-cookie.ts";
import type { BasePolicy } from "../profile.ts";

export interface MedusaV2Policy extends BasePolicy {
	/** The `Bearer` scheme in any letter case (observed 05k). */
	bearerSchemeAnyCase: boolean;
	sessionCookie: {
		httpOnly: boolean;
		/** Sent over https only, with Secure (observed 06p). */
		sameSite: "Lax" | "None";
		/** The session id a request's Cookie header carries: express-session's signed `connect.sid`. */
		sessionId(cookieHeader: string, secret: string): string | undefined;
	};
	session: {
		/** POST /auth/session takes a registration token too (observed 06p). */
		acceptsRegistrationToken: boolean;
		/** DELETE /auth/session destroys the server-side session (observed 06). */
		logoutDestroys: boolean;
		/**
		 * A session cookie brought to POST /auth/session with another actor's token is replaced by a new
		 * session id (OWASP Session Management: renew the id on any privilege change, CWE-384). Upstream
		 * keeps the id, so whoever planted the cookie shares the new actor's session (observed 23 #8).
		 */
		renewsIdForAnotherActor: boolean;
	};
	/** POST /auth/token/refresh signs the claims again with a fresh iat/exp (observed 07). */
	refreshReissues: boolean;
	publishableKey: {
		/** Every /store route needs one (FACTS.md §A.10; observed 05g, 10). */
		required: boolean;
		/** Checked before authentication, so its errors come first (observed 05l). */
		checkedFirst: boolean;
		refusesRevoked: boolean;
		/** A key sees the products of its own sales channels only (publishable_key_context). */
		scopesProducts: boolean;
	};
	store: {
		/** POST /store/customers turns a registration token's identity into a customer (observed 03). */
		registrationOpen: boolean;
		/** GET /store/customers/me wants a customer, not a registration token (observed 05i). */
		meAcceptsRegistrationToken: boolean;
		/** The customer's answer never holds the password hash. */
		meShowsPasswordHash: boolean;
	};
	admin: {
		/** The actor types /admin/* authenticates (FACTS.md §A.11). */
		actorTypes: string[];
		/** A secret API key as `Authorization: Basic` opens /admin/* (FACTS.md §A.4). */
		secretKeys: boolean;
	};
	reset: {
		/** reset-password answers 404 for an unknown identifier; upstream answers 201 for every one, since a 404 would list accounts (observed 08a). */
		notFoundForUnknown: boolean;
		/** The mail is only queued (Medusa's event bus sends it after the answer): no wait before answering. */
		mailerWaitMs: number;
		emitsEvent: boolean;
	};
	update: {
		/** Whose password a reset changes: the token's account only (observed 08e). */
		account: "token" | "token-else-body" | "body-over-token";
		/** The token is used up before the body is read, so a failed update still spends it (observed 08f). */
		validatesBeforeConsuming: boolean;
		/** A token sent to another actor type's update route is refused and left unused (observed 08f). */
		consumesOtherActorsToken: boolean;
	};
	/** Login through google and github (docs/upstream/medusa-v2-third-party-login.md, observed 35). */
	thirdParty: {
		state: StatePolicy;
		/** The callback wants a state the server opened (§2). */
		checksState: boolean;
		/**
		 * A state answers only the provider and actor type that opened it. Upstream keys its cache by
		 * the bare state, so any provider's callback takes any state (observed 35); a reference choice.
		 */
		stateBoundToFlow: boolean;
		/** The fake provider's codes: upstream's providers (Google, GitHub) grant codes for 10 minutes, once. */
		code: CodePolicy;
	};
	/** How bodies that cannot be used are answered: Medusa's 400s (observed 04e, 08a). */
	bodyErrors: {
		malformedJson: "400" | "500";
		validation: "400" | "422";
	};
}

export const MEDUSA_V2_POLICY: MedusaV2Policy = {
	// Medusa's defaults: `jwtExpiresIn` "1d" and the session's 10 h (observed 12).
	tokenTtlSeconds: 86_400,
	sessionTtlSeconds: 36_000,
	resetTokens: MEDUSA_2_16_RESET_POLICY,
	bearerSchemeAnyCase: true,
	sessionCookie: { httpOnly: true, sameSite: "Lax", sessionId: sessionIdOf },
	session: { acceptsRegistrationToken: true, logoutDestroys: true, renewsIdForAnotherActor: true },
	refreshReissues: true,
	publishableKey: { required: true, checkedFirst: true, refusesRevoked: true, scopesProducts: true },
	store: { registrationOpen: true, meAcceptsRegistrationToken: false, meShowsPasswordHash: false },
	admin: { actorTypes: ["user"], secretKeys: true },
	reset: { notFoundForUnknown: false, mailerWaitMs: 0, emitsEvent: true },
	update: { account: "token", validatesBeforeConsuming: false, consumesOtherActorsToken: false },
	thirdParty: {
		state: { bytes: 32, ttlSeconds: 1_200, singleUse: true },
		checksState: true,
		stateBoundToFlow: true,
		code: { ttlSeconds: 600, singleUse: true },
	},
	bodyErrors: { malformedJson: "400", validation: "400" },
};
