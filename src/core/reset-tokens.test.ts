import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { decodeJwt } from "jose";
import { ManualClock } from "./clock.ts";
import { type CoreErrorCode, GatecheckError } from "./errors.ts";
import { RESET_TOKEN_TTL_SECONDS, type ResetTarget, ResetTokens } from "./reset-tokens.ts";
import { createTokenSigner } from "./tokens.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const signer = await createTokenSigner("reset-secret");
const ALICE: ResetTarget = { entityId: "alice@example.com", provider: "emailpass", actorType: "customer" };
const BOB: ResetTarget = { entityId: "bob@example.com", provider: "emailpass", actorType: "customer" };

const rejectionCode = async (promise: Promise<unknown>): Promise<CoreErrorCode> => {
	try {
		await promise;
	} catch (error) {
		if (error instanceof GatecheckError) return error.code;
		throw new Error(`expected a GatecheckError, got ${String(error)}`);
	}
	throw new Error("expected the token to be refused, but it was accepted");
};

const issue = async (tokens: ResetTokens, target: ResetTarget, now: number): Promise<string> => {
	const token = await tokens.request(target, true, now);
	if (token === undefined) throw new Error("a known identity got no token");
	return token;
};

describe("ResetTokens.request", () => {
	test("issues an HS256 JWT {entity_id, provider, actor_type, purpose, iat, exp, jti} valid 900 s", async () => {
		const tokens = new ResetTokens(signer, 10);
		const token = await issue(tokens, ALICE, T0);
		const claims = decodeJwt(token);
		expect(Object.keys(claims)).toEqual(["entity_id", "provider", "actor_type", "purpose", "iat", "exp", "jti"]);
		expect(claims).toMatchObject({ entity_id: ALICE.entityId, provider: "emailpass", actor_type: "customer", purpose: "reset" });
		expect(RESET_TOKEN_TTL_SECONDS).toBe(900);
		expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);
		expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
	});

	test("gives no token for an unknown identity, and such a request leaves a live token alone", async () => {
		const tokens = new ResetTokens(signer, 10);
		const live = await issue(tokens, ALICE, T0);
		expect(await tokens.request(ALICE, false, T0)).toBeUndefined();
		expect(await tokens.consume(live, "customer", T0)).toEqual(ALICE);
	});
});

describe("ResetTokens.consume", () => {
	test("returns the target once, then the token is used up", async () => {
		const tokens = new ResetTokens(signer, 10);
		const token = await issue(tokens, ALICE, T0);
		expect(await tokens.consume(token, "customer", T0)).toEqual(ALICE);
		expect(await rejectionCode(tokens.consume(token, "customer", T0))).toBe("ERR_RESET_TOKEN_INVALID");
	});

	test("a newer token voids the older one, and only for the same identity", async () => {
		const tokens = new ResetTokens(signer, 10);
		const older = await issue(tokens, ALICE, T0);
		const bobs = await issue(tokens, BOB, T0);
		const newer = await issue(tokens, ALICE, T0 + 1000);
		expect(await rejectionCode(tokens.consume(older, "customer", T0 + 2000))).toBe("ERR_RESET_TOKEN_INVALID");
		expect(await tokens.consume(newer, "customer", T0 + 2000)).toEqual(ALICE);
		expect(await tokens.consume(bobs, "customer", T0 + 2000)).toEqual(BOB);
	});

	test("a token for another actor type is refused without being used up (observed 08f)", async () => {
		const tokens = new ResetTokens(signer, 10);
		const token = await issue(tokens, ALICE, T0);
		expect(await rejectionCode(tokens.consume(token, "user", T0))).toBe("ERR_RESET_TOKEN_INVALID");
		expect(await tokens.consume(token, "customer", T0)).toEqual(ALICE);
	});

	test("valid until 900 s after issue: accepted at exp − 1 s, ERR_RESET_TOKEN_INVALID at exp", async () => {
		const clock = new ManualClock(T0);
		const tokens = new ResetTokens(signer, 10);
		const early = await issue(tokens, ALICE, clock.now());
		clock.advance(899_999);
		expect(await tokens.consume(early, "customer", clock.now())).toEqual(ALICE);

		const late = await issue(tokens, ALICE, clock.now());
		clock.advance(900_000);
		expect(await rejectionCode(tokens.consume(late, "customer", clock.now()))).toBe("ERR_RESET_TOKEN_INVALID");
	});

	test("the server's record of a token ends with its exp, even for a token issued mid-second", async () => {
		// A signer that lets expired tokens through (a broken one): only the
		// record can refuse the token then, and it must not outlive exp by the issue's milliseconds.
		const lenient = { ...signer, verify: (token: string) => signer.verify(token, T0) };
		const tokens = new ResetTokens(lenient, 10);
		const issuedAt = T0 + 999;
		const token = await issue(tokens, ALICE, issuedAt);
		const exp = decodeJwt(token).exp ?? 0;
		expect(await rejectionCode(tokens.consume(token, "customer", exp * 1000))).toBe("ERR_RESET_TOKEN_INVALID");
		const again = await issue(tokens, ALICE, issuedAt);
		expect(await tokens.consume(again, "customer", exp * 1000 - 1)).toEqual(ALICE);
	});

	test("refuses a missing token, garbage, another secret's token and a non-reset token, all as ERR_RESET_TOKEN_INVALID", async () => {
		const tokens = new ResetTokens(signer, 10);
		await issue(tokens, ALICE, T0);
		const otherSigner = await createTokenSigner("another secret");
		const foreign = await new ResetTokens(otherSigner, 10).request(ALICE, true, T0);
		const session = await signer.sign(
			{ actor_id: "cus_1", actor_type: "customer", auth_identity_id: "authid_1", app_metadata: {} },
			{ now: T0, ttlSeconds: 3600 },
		);
		const noJti = await signer.sign(
			{ entity_id: ALICE.entityId, provider: "emailpass", actor_type: "customer", purpose: "reset" },
			{ now: T0, ttlSeconds: 900 },
		);
		for (const token of [undefined, "", "not-a-jwt", foreign, session, noJti]) {
			expect(await rejectionCode(tokens.consume(token, "customer", T0))).toBe("ERR_RESET_TOKEN_INVALID");
		}
	});

	test("a well-signed reset token that was never issued by this store is refused", async () => {
		const tokens = new ResetTokens(signer, 10);
		await issue(tokens, ALICE, T0);
		const forged = await signer.sign(
			{ entity_id: ALICE.entityId, provider: "emailpass", actor_type: "customer", purpose: "reset" },
			{ now: T0, ttlSeconds: 900, trailing: { jti: crypto.randomUUID() } },
		);
		expect(await rejectionCode(tokens.consume(forged, "customer", T0))).toBe("ERR_RESET_TOKEN_INVALID");
	});

	test("keeps at most `capacity` identities' grants; the oldest request goes first", async () => {
		const tokens = new ResetTokens(signer, 2);
		const carol: ResetTarget = { ...ALICE, entityId: "carol@example.com" };
		const a = await issue(tokens, ALICE, T0);
		const b = await issue(tokens, BOB, T0);
		const c = await issue(tokens, carol, T0);
		expect(await rejectionCode(tokens.consume(a, "customer", T0))).toBe("ERR_RESET_TOKEN_INVALID");
		expect(await tokens.consume(b, "customer", T0)).toEqual(BOB);
		expect(await tokens.consume(c, "customer", T0)).toEqual(carol);
	});
});

type Op = { kind: "request"; who: number } | { kind: "consume"; pick: number; asOther: boolean } | { kind: "advance"; seconds: number };

describe("ResetTokens model", () => {
	// Model: each identity has at most one live token, the latest one issued; a token works exactly
	// once, only for its own actor type, and only before its exp.
	test("single use, newest wins, and expiry, for any sequence of requests, uses and waits", async () => {
		const targets: ResetTarget[] = [ALICE, BOB, { entityId: "u@example.com", provider: "emailpass", actorType: "user" }];
		const op: fc.Arbitrary<Op> = fc.oneof(
			fc.record({ kind: fc.constant("request" as const), who: fc.nat(targets.length - 1) }),
			fc.record({ kind: fc.constant("consume" as const), pick: fc.nat(), asOther: fc.boolean() }),
			fc.record({ kind: fc.constant("advance" as const), seconds: fc.integer({ min: 0, max: 400 }) }),
		);
		await fc.assert(
			fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
				const tokens = new ResetTokens(signer, 100);
				let now = T0;
				const issued: Array<{ token: string; who: number; expiresAt: number }> = [];
				const live = new Map<number, string>();
				for (const o of ops) {
					if (o.kind === "advance") now += o.seconds * 1000;
					else if (o.kind === "request") {
						const target = targets[o.who] as ResetTarget;
						const token = await issue(tokens, target, now);
						issued.push({ token, who: o.who, expiresAt: now + 900_000 });
						live.set(o.who, token);
					} else if (issued.length > 0) {
						const { token, who, expiresAt } = issued[o.pick % issued.length] as (typeof issued)[number];
						const target = targets[who] as ResetTarget;
						const actor = o.asOther ? (target.actorType === "user" ? "customer" : "user") : target.actorType;
						const shouldWork = !o.asOther && live.get(who) === token && now < expiresAt;
						if (shouldWork) {
							expect(await tokens.consume(token, actor, now)).toEqual(target);
							live.delete(who);
						} else {
							expect(await rejectionCode(tokens.consume(token, actor, now))).toBe("ERR_RESET_TOKEN_INVALID");
						}
					}
				}
			}),
			{ seed, numRuns: 60 },
		);
	});
});
