// How defects break the reference: by wrapping the token signer, the password hasher and the
// emailpass provider, and by changing configuration. Faults that live in one route are a single
// `rt.defects.has(...)` test in that route.
import { decodeProtectedHeader, jwtVerify } from "jose";
import { BoundedMap } from "../core/bounded-map.ts";
import type { Credentials, EmailPassProvider } from "../core/emailpass.ts";
import { GatecheckError, isGatecheckError } from "../core/errors.ts";
import type { PasswordHasher } from "../core/passwords.ts";
import type { ResetPolicy } from "../core/reset-tokens.ts";
import { MEDUSA_2_16_RESET_POLICY } from "../core/reset-tokens.ts";
import type { AuthIdentity, MemoryStore } from "../core/store.ts";
import { type Claims, readClaimsUnverified, type TokenSigner } from "../core/tokens.ts";
import type { Defect } from "./catalogue.ts";

export type Defects = ReadonlySet<Defect>;

const unverified = (token: string): { alg: unknown; claims: Claims } | undefined => {
	const claims = readClaimsUnverified(token);
	if (!claims) return undefined;
	try {
		return { alg: decodeProtectedHeader(token).alg, claims };
	} catch {
		return undefined;
	}
};

/** The defects that change what verify accepts. */
const SIGNER_DEFECTS: Defect[] = ["accept-expired-tokens", "ignore-signature", "accept-alg-none", "accept-any-hmac-algorithm"];

/** The signer itself when none of its defects is on: the reference's hot path carries no wrapper. */
export const defectiveSigner = (signer: TokenSigner, secret: string, defects: Defects): TokenSigner =>
	SIGNER_DEFECTS.some((defect) => defects.has(defect)) ? brokenSigner(signer, secret, defects) : signer;

const brokenSigner = (signer: TokenSigner, secret: string, defects: Defects): TokenSigner => ({
	sign: (claims, options) => signer.sign(claims, options),
	// Every token goes through verify below, where the defects decide.
	remembered: () => undefined,
	async verify(token, now) {
		try {
			return await signer.verify(token, now);
		} catch (error) {
			const decoded = isGatecheckError(error) ? unverified(token) : undefined;
			if (!decoded || !isGatecheckError(error)) throw error;
			if (error.code === "ERR_TOKEN_EXPIRED" && defects.has("accept-expired-tokens")) return decoded.claims;
			if (error.code === "ERR_TOKEN_SIGNATURE" && defects.has("ignore-signature")) return decoded.claims;
			if (decoded.alg === "none" && defects.has("accept-alg-none")) return decoded.claims;
			if ((decoded.alg === "HS384" || decoded.alg === "HS512") && defects.has("accept-any-hmac-algorithm")) {
				const key = new TextEncoder().encode(secret);
				return (await jwtVerify(token, key, { algorithms: [decoded.alg], currentDate: new Date(now) })).payload as Claims;
			}
			throw error;
		}
	},
});

export const defectiveHasher = (hasher: PasswordHasher, defects: Defects): PasswordHasher => ({
	hash: (password) => hasher.hash(password),
	// login-timing-leak: what Medusa 2.21.2 does, answering unknown e-mails without hashing (observed 04i).
	verify: (encoded, password) =>
		encoded === undefined && defects.has("login-timing-leak") ? Promise.resolve(false) : hasher.verify(encoded, password),
});

/** Failed logins per e-mail, for the login-lockout defect. */
const LOCKOUT_AFTER = 5;

export const defectiveEmailPass = (provider: EmailPassProvider, store: MemoryStore, defects: Defects): EmailPassProvider => {
	const failures = new BoundedMap<string, { count: number; expiresAt: number }>(10_000);
	const normalise = (credentials: Credentials): Credentials =>
		defects.has("emails-case-insensitive") ? { ...credentials, email: credentials.email.toLowerCase() } : credentials;
	const authenticate = async (given: Credentials): Promise<AuthIdentity> => {
		const credentials = normalise(given);
		const identity = store.findIdentity("emailpass", credentials.email);
		if (identity && defects.has("login-accepts-any-password")) return identity;
		if (!identity && defects.has("login-reveals-unknown-email"))
			throw new GatecheckError("ERR_NOT_FOUND", `Identity with email ${credentials.email} was not found`);
		return provider.authenticate(credentials);
	};
	return {
		async authenticate(credentials) {
			if (!defects.has("login-lockout")) return authenticate(credentials);
			const failed = (): number => failures.get(credentials.email, 0)?.count ?? 0;
			if (failed() >= LOCKOUT_AFTER) throw new GatecheckError("ERR_TOO_MANY_ATTEMPTS", "Too many failed logins; try again later");
			return authenticate(credentials).catch((error: unknown) => {
				failures.set(credentials.email, { count: failed() + 1, expiresAt: Number.POSITIVE_INFINITY }, 0);
				throw error;
			});
		},
		async register(given, now) {
			const credentials = normalise(given);
			const identity = store.findIdentity("emailpass", credentials.email);
			if (identity && defects.has("register-overwrites-identity")) return identity;
			return provider.register(credentials, now);
		},
		async setPassword(identity, password) {
			if (!defects.has("update-does-not-change-password")) await provider.setPassword(identity, password);
		},
	};
};

/** Defects that are only other settings. */
export const defectiveSettings = (defects: Defects) => ({
	tokenTtlSeconds: defects.has("token-lifetime-7d") ? 7 * 86_400 : undefined,
	sessionTtlSeconds: defects.has("cookie-lifetime-24h") ? 86_400 : undefined,
	resetPolicy: {
		ttlSeconds: defects.has("reset-token-24h") ? 86_400 : MEDUSA_2_16_RESET_POLICY.ttlSeconds,
		singleUse: !defects.has("reset-token-reusable"),
		newerVoidsOlder: !defects.has("reset-token-older-valid"),
		stateless: defects.has("reset-jti-not-checked"),
	} satisfies ResetPolicy,
});
