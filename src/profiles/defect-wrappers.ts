// The wrappers profiles' defects (<profile>/defects.ts) break the shared building blocks with. Each keeps
// the reference's own path for what it does not break: a signer wrapper answers a token the
// reference has verified before from the reference's cache, as the reference does.
import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { BoundedMap } from "../core/bounded-map.ts";
import { EMAILPASS, type EmailPassProvider } from "../core/emailpass.ts";
import { type GatecheckError, isGatecheckError } from "../core/errors.ts";
import type { PasswordHasher } from "../core/passwords.ts";
import type { MemoryStore } from "../core/store.ts";
import type { Claims, TokenSigner } from "../core/tokens.ts";
import type { CorsPolicy } from "../http/cors.ts";
import { sessionCookieValue } from "../http/session-cookie.ts";

/** A token's header algorithm and claims, read without checking anything: never to trust a caller. */
export const decodedUnverified = (token: string): { alg: unknown; claims: Claims } | undefined => {
	try {
		return { alg: decodeProtectedHeader(token).alg, claims: decodeJwt(token) as Claims };
	} catch {
		return undefined;
	}
};

/** The claims a broken signer accepts a refused token with, or undefined to keep the refusal. */
type Acceptance = (error: GatecheckError, token: string, secret: string, now: number) => Claims | undefined | Promise<Claims | undefined>;

/** A signer that accepts what the reference refuses whenever `accept` says so. */
export const acceptingSigner =
	(accept: Acceptance) =>
	(signer: TokenSigner, secret: string): TokenSigner => ({
		sign: (claims, options) => signer.sign(claims, options),
		remembered(token, now) {
			try {
				return signer.remembered(token, now);
			} catch (error) {
				const accepted = isGatecheckError(error) ? accept(error, token, secret, now) : undefined;
				// An acceptance that must wait is for verify to give.
				if (accepted instanceof Promise) return undefined;
				if (accepted === undefined) throw error;
				return accepted;
			}
		},
		async verify(token, now) {
			try {
				return await signer.verify(token, now);
			} catch (error) {
				const accepted = isGatecheckError(error) ? await accept(error, token, secret, now) : undefined;
				if (accepted === undefined) throw error;
				return accepted;
			}
		},
	});

/** Expired tokens, whose claims are taken as they are. */
export const acceptsExpired: Acceptance = (error, token) => (error.code === "ERR_TOKEN_EXPIRED" ? decodedUnverified(token)?.claims : undefined);

/** Tokens whose signature does not verify, whose claims are taken as they are. */
export const acceptsBadSignature: Acceptance = (error, token) =>
	error.code === "ERR_TOKEN_SIGNATURE" ? decodedUnverified(token)?.claims : undefined;

/** Unsigned tokens (alg: none), whose claims are taken as they are. */
export const acceptsAlgNone: Acceptance = (_error, token) => {
	const decoded = decodedUnverified(token);
	return decoded?.alg === "none" ? decoded.claims : undefined;
};

/** CORS that allows credentials from any origin on every route family. */
export const anyOriginAllowed = (configured: CorsPolicy): CorsPolicy =>
	Object.fromEntries(Object.keys(configured).map((prefix) => [prefix, [/.*/]]));

/** HS384 and HS512 tokens made with the same secret, verified with the algorithm they name. */
export const acceptsAnyHmac: Acceptance = async (_error, token, secret, now) => {
	const alg = decodedUnverified(token)?.alg;
	if (alg !== "HS384" && alg !== "HS512") return undefined;
	const key = new TextEncoder().encode(secret);
	return (await jwtVerify(token, key, { algorithms: [alg], currentDate: new Date(now) })).payload as Claims;
};

/** HS256 tokens with a good signature but no `exp`, which never expire. */
export const acceptsWithoutExp: Acceptance = async (error, token, secret, now) => {
	if (error.code !== "ERR_TOKEN_CLAIMS" || decodedUnverified(token)?.claims.exp !== undefined) return undefined;
	const key = new TextEncoder().encode(secret);
	return (await jwtVerify(token, key, { algorithms: ["HS256"], currentDate: new Date(now) })).payload as Claims;
};

/** A hasher that answers an unknown account (no hash) at once instead of verifying against a dummy hash. */
export const unknownAccountsSkipHashing = (hasher: PasswordHasher): PasswordHasher => ({
	hash: (password) => hasher.hash(password),
	verify: (encoded, password) => (encoded === undefined ? Promise.resolve(false) : hasher.verify(encoded, password)),
});

/** The provider with some of its methods replaced; the rest are the reference's. */
export const emailpassWith =
	(replace: (provider: EmailPassProvider, store: MemoryStore) => Partial<EmailPassProvider>) =>
	(provider: EmailPassProvider, store: MemoryStore): EmailPassProvider => ({
		authenticate: (credentials) => provider.authenticate(credentials),
		register: (credentials, now) => provider.register(credentials, now),
		setPassword: (identity, password) => provider.setPassword(identity, password),
		...replace(provider, store),
	});

/** Any password logs in to an identity that exists; unknown e-mails are refused as before. */
export const anyPasswordLogsIn = emailpassWith((provider, store) => ({
	authenticate: (credentials) => {
		const identity = store.findIdentity(EMAILPASS, credentials.email);
		return identity ? Promise.resolve(identity) : provider.authenticate(credentials);
	},
}));

/** Logins refused with `refusal()` once an e-mail has failed `limit` times, for as long as the server runs. */
export const lockoutAfterFailures = (limit: number, refusal: () => Error) =>
	emailpassWith((provider) => {
		const failures = new BoundedMap<string, { count: number; expiresAt: number }>(10_000);
		const failed = (email: string): number => failures.get(email, 0)?.count ?? 0;
		return {
			authenticate: async (credentials) => {
				if (failed(credentials.email) >= limit) throw refusal();
				return provider.authenticate(credentials).catch((error: unknown) => {
					failures.set(credentials.email, { count: failed(credentials.email) + 1, expiresAt: Number.POSITIVE_INFINITY }, 0);
					throw error;
				});
			},
		};
	});

/** The session id of a `connect.sid` whatever its signature says: `s:<id>.<anything>`. */
export const unsignedSessionId = (cookieHeader: string): string | undefined => {
	const value = sessionCookieValue(cookieHeader);
	if (value === undefined) return undefined;
	const dot = value.lastIndexOf(".");
	return value.slice(2, dot === -1 ? undefined : dot);
};
