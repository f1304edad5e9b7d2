import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { EMAILPASS, EmailPass, readCredentials } from "./emailpass.ts";
import { type CoreErrorCode, GatecheckError } from "./errors.ts";
import { ARGON2_PRESETS, createPasswordHasher, type PasswordHasher } from "./passwords.ts";
import { MemoryStore } from "./store.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const hasher = createPasswordHasher(ARGON2_PRESETS.test, 2);
const ALICE = { email: "Alice@example.com", password: "s3cret" };

const fresh = (accounts = 100): { store: MemoryStore; emailpass: EmailPass } => {
	const store = new MemoryStore({ accounts });
	return { store, emailpass: new EmailPass(store, hasher) };
};

const codeOf = (run: () => unknown): CoreErrorCode | undefined => {
	try {
		run();
	} catch (error) {
		if (error instanceof GatecheckError) return error.code;
		throw error;
	}
	return undefined;
};

const rejectionCode = async (promise: Promise<unknown>): Promise<CoreErrorCode> => {
	try {
		await promise;
	} catch (error) {
		if (error instanceof GatecheckError) return error.code;
		throw new Error(`expected a GatecheckError, got ${String(error)}`);
	}
	throw new Error("expected a refusal, but the call succeeded");
};

describe("readCredentials", () => {
	test("accepts non-empty e-mail and password strings as they are", () => {
		expect(readCredentials({ email: " X@y ", password: " p ", extra: 1 })).toEqual({ email: " X@y ", password: " p " });
	});

	test("checks the password before the e-mail (FACTS.md §A.3)", () => {
		expect(codeOf(() => readCredentials({}))).toBe("ERR_PASSWORD_NOT_STRING");
		expect(codeOf(() => readCredentials({ email: 1, password: 1 }))).toBe("ERR_PASSWORD_NOT_STRING");
		expect(codeOf(() => readCredentials({ email: "", password: "" }))).toBe("ERR_PASSWORD_NOT_STRING");
		expect(codeOf(() => readCredentials({ password: "p" }))).toBe("ERR_EMAIL_NOT_STRING");
		expect(codeOf(() => readCredentials({ email: "", password: "p" }))).toBe("ERR_EMAIL_NOT_STRING");
		for (const body of [null, undefined, "text", 42, []]) expect(codeOf(() => readCredentials(body))).toBe("ERR_PASSWORD_NOT_STRING");
	});

	test("for any body: a missing or non-string password is reported whatever the e-mail is", () => {
		fc.assert(
			fc.property(fc.anything(), fc.anything(), (email, password) => {
				const code = codeOf(() => readCredentials({ email, password }));
				const passwordOk = typeof password === "string" && password !== "";
				const emailOk = typeof email === "string" && email !== "";
				expect(code).toBe(!passwordOk ? "ERR_PASSWORD_NOT_STRING" : !emailOk ? "ERR_EMAIL_NOT_STRING" : undefined);
			}),
			{ seed },
		);
	});
});

describe("EmailPass.register", () => {
	test("creates an unlinked emailpass identity keyed by the e-mail as sent, with an argon2id hash", async () => {
		const { store, emailpass } = fresh();
		const created = await emailpass.register(ALICE, T0);
		expect(created).toMatchObject({ provider: EMAILPASS, entityId: "Alice@example.com", appMetadata: {} });
		expect(created.id).toMatch(/^authid_[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(created.passwordHash).toStartWith("$argon2id$");
		expect(created.passwordHash).not.toContain(ALICE.password);
		expect(store.findIdentity(EMAILPASS, ALICE.email)).toBe(created);
	});

	test("a retry with the same password while unlinked returns the same identity (observed 02)", async () => {
		const { emailpass } = fresh();
		const first = await emailpass.register(ALICE, T0);
		const again = await emailpass.register(ALICE, T0 + 1000);
		expect(again).toBe(first);
	});

	test("a retry with another password is ERR_IDENTITY_EXISTS", async () => {
		const { emailpass } = fresh();
		await emailpass.register(ALICE, T0);
		expect(await rejectionCode(emailpass.register({ ...ALICE, password: "other" }, T0))).toBe("ERR_IDENTITY_EXISTS");
	});

	test("once an actor is linked, even the same password is ERR_IDENTITY_EXISTS (observed 03b)", async () => {
		const { emailpass } = fresh();
		const created = await emailpass.register(ALICE, T0);
		created.appMetadata.customer_id = "cus_1";
		expect(await rejectionCode(emailpass.register(ALICE, T0))).toBe("ERR_IDENTITY_EXISTS");
	});

	test("e-mails differing only in case are different identities (observed 13)", async () => {
		const { emailpass } = fresh();
		const upper = await emailpass.register(ALICE, T0);
		const lower = await emailpass.register({ email: "alice@example.com", password: "different" }, T0);
		expect(lower.id).not.toBe(upper.id);
	});

	test("a full store refuses a new identity with ERR_STORE_FULL", async () => {
		const { emailpass } = fresh(1);
		await emailpass.register(ALICE, T0);
		expect(await rejectionCode(emailpass.register({ email: "bob@example.com", password: "x" }, T0))).toBe("ERR_STORE_FULL");
	});
});

describe("EmailPass.authenticate", () => {
	test("opens the identity with the right password", async () => {
		const { emailpass } = fresh();
		const created = await emailpass.register(ALICE, T0);
		expect(await emailpass.authenticate(ALICE)).toBe(created);
	});

	test("a wrong password, an unknown e-mail and the e-mail in another case all give ERR_INVALID_CREDENTIALS", async () => {
		const { emailpass } = fresh();
		await emailpass.register(ALICE, T0);
		for (const credentials of [
			{ ...ALICE, password: "S3cret" },
			{ email: "nobody@example.com", password: ALICE.password },
			{ email: ALICE.email.toLowerCase(), password: ALICE.password },
		]) {
			expect(await rejectionCode(emailpass.authenticate(credentials))).toBe("ERR_INVALID_CREDENTIALS");
		}
	});

	test("an unknown e-mail still costs a password verification (no timing enumeration)", async () => {
		const calls: Array<string | undefined> = [];
		const counting: PasswordHasher = {
			hash: (password) => hasher.hash(password),
			verify: (encoded, password) => {
				calls.push(encoded);
				return hasher.verify(encoded, password);
			},
		};
		const emailpass = new EmailPass(new MemoryStore({ accounts: 10 }), counting);
		expect(await rejectionCode(emailpass.authenticate({ email: "nobody@example.com", password: "x" }))).toBe("ERR_INVALID_CREDENTIALS");
		expect(calls).toEqual([undefined]);
	});

	test("setPassword replaces the password: the new one works, the old one no longer does", async () => {
		const { emailpass } = fresh();
		const created = await emailpass.register(ALICE, T0);
		await emailpass.setPassword(created, "new password");
		expect(await emailpass.authenticate({ email: ALICE.email, password: "new password" })).toBe(created);
		expect(await rejectionCode(emailpass.authenticate(ALICE))).toBe("ERR_INVALID_CREDENTIALS");
	});
});
