// The emailpass provider: identities keyed by the e-mail exactly as sent (case-sensitive, observed 13),
// argon2id hashes, and the provider's checks in upstream order: password before e-mail
// (FACTS.md §A.3; observed 04d–04g). Unlike upstream, an unknown e-mail costs the same password
// work as a wrong password (contracts README, "No timing enumeration").
import { fieldsOf } from "./body-fields.ts";
import { coreError } from "./errors.ts";
import { newId } from "./ids.ts";
import type { PasswordHasher } from "./passwords.ts";
import type { AuthIdentity, MemoryStore } from "./store.ts";

export const EMAILPASS = "emailpass";

export interface Credentials {
	email: string;
	password: string;
}

/** Upstream accepts any non-empty string as a password and any non-empty string as an e-mail. */
export const readCredentials = (body: unknown): Credentials => {
	const { email, password } = fieldsOf(body);
	if (typeof password !== "string" || password === "") throw coreError("ERR_PASSWORD_NOT_STRING");
	if (typeof email !== "string" || email === "") throw coreError("ERR_EMAIL_NOT_STRING");
	return { email, password };
};

/** What routes use of the provider. */
export type EmailPassProvider = Pick<EmailPass, "authenticate" | "register" | "setPassword">;

export class EmailPass {
	constructor(
		private readonly store: MemoryStore,
		private readonly hasher: PasswordHasher,
	) {}

	/** The identity these credentials open, or ERR_INVALID_CREDENTIALS for a wrong password and an unknown e-mail alike. */
	async authenticate({ email, password }: Credentials): Promise<AuthIdentity> {
		const identity = this.store.findIdentity(EMAILPASS, email);
		if (await this.hasher.verify(identity?.passwordHash, password)) return identity as AuthIdentity;
		throw coreError("ERR_INVALID_CREDENTIALS");
	}

	/**
	 * A new identity. Registering again with the same password while no actor is linked yet returns
	 * the existing identity (a retry, observed 02); anything else is ERR_IDENTITY_EXISTS (observed 02, 03b).
	 */
	async register({ email, password }: Credentials, now: number): Promise<AuthIdentity> {
		const existing = this.store.findIdentity(EMAILPASS, email);
		if (existing) {
			const unlinked = Object.keys(existing.appMetadata).length === 0;
			if (unlinked && (await this.hasher.verify(existing.passwordHash, password))) return existing;
			throw coreError("ERR_IDENTITY_EXISTS");
		}
		const identity: AuthIdentity = {
			id: newId("authid", now),
			provider: EMAILPASS,
			entityId: email,
			passwordHash: await this.hasher.hash(password),
			appMetadata: {},
		};
		this.store.addIdentity(identity);
		return identity;
	}

	async setPassword(identity: AuthIdentity, password: string): Promise<void> {
		identity.passwordHash = await this.hasher.hash(password);
	}
}
