// The ways a request proves who sends it, as OpenAPI security schemes, under the names the
// routes' descriptions use (operation.ts). One list for every profile: a profile's document
// carries the schemes its routes name (document.ts).

export const SECURITY_SCHEMES = {
	/** Medusa's storefront key: every /store route needs one (seed 002; FACTS.md §A). */
	publishableKey: {
		type: "apiKey",
		in: "header",
		name: "x-publishable-api-key",
		description: "A publishable API key of the store (`pk_…`); a sales channel scope, not a secret.",
	},
	/** A JWT the profile issued, in `Authorization: Bearer`. */
	bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A token the login or register route issued." },
	/** An express-session cookie, signed with the cookie secret. */
	session: {
		type: "apiKey",
		in: "cookie",
		name: "connect.sid",
		description: "The session cookie a cookie login sets (`POST /auth/session` on Medusa v2, `POST /store/auth` on v1).",
	},
	/** Medusa v2's secret API key, in HTTP Basic with the key as the user name (observed 24). */
	secretKey: { type: "http", scheme: "basic", description: "A secret API key (`sk_…`) as the Basic user name, with an empty password." },
	/** A bundled admin panel's own signed cookie, set by POST /app/api/admin/auth (seed 000; FACTS.md §C). */
	adminSession: {
		type: "apiKey",
		in: "cookie",
		name: "admin_session",
		description: "The admin panel's session cookie, signed with the cookie secret; the panel's proxy also reads `medusa_token`, the JWT it set beside it.",
	},
} as const;

export type SchemeName = keyof typeof SECURITY_SCHEMES;
