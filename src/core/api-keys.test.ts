import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { decodeTime } from "ulid";
import { createApiKey, isKeyActive } from "./api-keys.ts";
import { sha256Hex } from "./digest.ts";
import { MemoryStore } from "./store.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const SK = `sk_000${"a".repeat(58)}001`;

describe("createApiKey", () => {
	test("a secret key shows its token once and stores only its SHA-256 digest", async () => {
		const { key, token } = await createApiKey({ type: "secret", title: "CI", createdBy: "user_1", token: SK }, T0);
		expect(token).toBe(SK);
		expect(key.token).toBeNull();
		expect(key.secretDigest).toBe(await sha256Hex(SK));
		expect(JSON.stringify(key)).not.toContain(SK.slice(6, -3));
	});

	test("redacts as the first 6 characters, ***, and the last 3: sk_000***001", async () => {
		const { key } = await createApiKey({ type: "secret", title: "CI", createdBy: "user_1", token: SK }, T0);
		expect(key.redacted).toBe("sk_000***001");
	});

	test("a publishable key keeps its token in the clear and has no digest", async () => {
		const { key, token } = await createApiKey({ type: "publishable", title: "Web", createdBy: "user_1", salesChannelIds: ["sc_1"] }, T0);
		expect(token).toMatch(/^pk_[0-9a-f]{64}$/);
		expect(key.token).toBe(token);
		expect(key.secretDigest).toBeNull();
		expect(key.redacted).toBe(`${token.slice(0, 6)}***${token.slice(-3)}`);
		expect(key.salesChannelIds).toEqual(["sc_1"]);
	});

	test("fills in the record: apk_ id from `now`, creator, no revocation, no sales channels by default", async () => {
		const { key, token } = await createApiKey({ type: "secret", title: "CI", createdBy: "user_1" }, T0);
		expect(token).toMatch(/^sk_[0-9a-f]{64}$/);
		expect(key.id).toMatch(/^apk_[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(decodeTime(key.id.slice(4))).toBe(T0);
		expect(key).toMatchObject({ type: "secret", title: "CI", createdBy: "user_1", createdAt: T0, revokedAt: null, revokedBy: null, salesChannelIds: [] });
	});

	test("generated tokens are fresh each time, and never leak past the redaction for secret keys", async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom("secret" as const, "publishable" as const), async (type) => {
				const a = await createApiKey({ type, title: "t", createdBy: "user_1" }, T0);
				const b = await createApiKey({ type, title: "t", createdBy: "user_1" }, T0);
				expect(a.token).not.toBe(b.token);
				expect(a.key.id).not.toBe(b.key.id);
				expect(a.key.redacted).toMatch(/^(sk|pk)_[0-9a-f]{3}\*\*\*[0-9a-f]{3}$/);
				if (type === "secret") expect(JSON.stringify(a.key)).not.toContain(a.token.slice(6, -3));
			}),
			{ seed, numRuns: 30 },
		);
	});

	test("a stored secret key is found by its digest, never by its raw token", async () => {
		const store = new MemoryStore({ accounts: 10 });
		const { key, token } = await createApiKey({ type: "secret", title: "CI", createdBy: "user_1" }, T0);
		store.addApiKey(key);
		expect(store.findApiKey("secret", await sha256Hex(token))).toBe(key);
		expect(store.findApiKey("secret", token)).toBeUndefined();
	});
});

describe("isKeyActive", () => {
	test("active until revokedAt, inactive from revokedAt on (a key revoked in the future still works)", async () => {
		const { key } = await createApiKey({ type: "publishable", title: "Web", createdBy: "user_1" }, T0);
		expect(isKeyActive(key, T0)).toBe(true);
		key.revokedAt = T0 + 60_000;
		expect(isKeyActive(key, T0 + 59_999)).toBe(true);
		expect(isKeyActive(key, T0 + 60_000)).toBe(false);
		expect(isKeyActive(key, T0 + 120_000)).toBe(false);
	});

	test("for any revocation time and moment, active exactly while now < revokedAt", async () => {
		const { key } = await createApiKey({ type: "secret", title: "CI", createdBy: "user_1" }, T0);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 2 ** 45 }), (revokedAt, now) => {
				expect(isKeyActive({ ...key, revokedAt }, now)).toBe(now < revokedAt);
				expect(isKeyActive({ ...key, revokedAt: null }, now)).toBe(true);
			}),
			{ seed },
		);
	});
});
