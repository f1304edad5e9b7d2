import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { ManualClock } from "./clock.ts";
import { SessionStore } from "./sessions.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const TEN_HOURS = 10 * 60 * 60;
const context = { actor_id: "cus_1", actor_type: "customer", auth_identity_id: "authid_1" };

describe("SessionStore", () => {
	test("creates a session with a 32-character URL-safe id that ends ttl seconds later", () => {
		const sessions = new SessionStore(TEN_HOURS, 10);
		const session = sessions.create(context, T0);
		expect(session.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
		expect(session).toEqual({ id: session.id, authContext: context, createdAt: T0, expiresAt: T0 + TEN_HOURS * 1000 });
		expect(sessions.get(session.id, T0)).toBe(session);
	});

	test("a session lives until expiresAt − 1 ms and is gone at expiresAt", () => {
		const clock = new ManualClock(T0);
		const sessions = new SessionStore(60, 10);
		const { id } = sessions.create(context, clock.now());
		clock.advance(59_999);
		expect(sessions.get(id, clock.now())?.authContext).toEqual(context);
		clock.advance(1);
		expect(sessions.get(id, clock.now())).toBeUndefined();
	});

	test("destroy ends a session once", () => {
		const sessions = new SessionStore(TEN_HOURS, 10);
		const kept = sessions.create(context, T0);
		const ended = sessions.create(context, T0);
		expect(sessions.destroy(ended.id)).toBe(true);
		expect(sessions.destroy(ended.id)).toBe(false);
		expect(sessions.get(ended.id, T0)).toBeUndefined();
		expect(sessions.get(kept.id, T0)).toBe(kept);
	});

	test("an unknown id finds nothing", () => {
		const sessions = new SessionStore(TEN_HOURS, 10);
		sessions.create(context, T0);
		expect(sessions.get("x".repeat(32), T0)).toBeUndefined();
	});

	test("holds at most `capacity` sessions; the oldest goes first", () => {
		const sessions = new SessionStore(TEN_HOURS, 3);
		const created = Array.from({ length: 5 }, (_, i) => sessions.create({ n: i }, T0 + i));
		const alive = created.map((s) => sessions.get(s.id, T0 + 10) !== undefined);
		expect(alive).toEqual([false, false, true, true, true]);
	});

	test("ids never repeat and each session finds its own context, for any number of sessions", () => {
		fc.assert(
			fc.property(fc.array(fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }), { maxLength: 50 }), (contexts) => {
				const sessions = new SessionStore(TEN_HOURS, 100);
				const created = contexts.map((c) => sessions.create(c, T0));
				expect(new Set(created.map((s) => s.id)).size).toBe(created.length);
				created.forEach((s, i) => expect(sessions.get(s.id, T0)?.authContext).toEqual(contexts[i] as Record<string, number>));
			}),
			{ seed },
		);
	});

	test("listLive lists the live sessions, oldest first, and ends none", () => {
		const sessions = new SessionStore(60, 10);
		const first = sessions.create(context, T0);
		const second = sessions.create(context, T0 + 30_000);
		expect(sessions.listLive(T0)).toEqual([first, second]);
		expect(sessions.listLive(T0 + 60_000)).toEqual([second]);
		expect(sessions.get(first.id, T0 + 59_999)).toBe(first);
	});

	test("for any lifetime and moment, a session is found exactly while now < expiresAt", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 2 * 10 ** 9 }), (ttlSeconds, elapsedMs) => {
				const sessions = new SessionStore(ttlSeconds, 10);
				const { id } = sessions.create(context, T0);
				expect(sessions.get(id, T0 + elapsedMs) !== undefined).toBe(elapsedMs < ttlSeconds * 1000);
			}),
			{ seed },
		);
	});
});

describe("SessionStore: auth contexts as kept", () => {
	const claims = (iat: number, customerId = "cus_1"): Record<string, unknown> =>
		JSON.parse(
			JSON.stringify({
				actor_id: customerId,
				actor_type: "customer",
				auth_identity_id: `authid_${customerId}`,
				mfa_challenge_completed_at: null,
				app_metadata: { customer_id: customerId },
				user_metadata: {},
				iat,
				exp: iat + 86_400,
			}),
		) as Record<string, unknown>;

	test("a session keeps a frozen copy with the same keys in the same order and the same JSON", () => {
		const sessions = new SessionStore(TEN_HOURS, 10);
		const given = claims(1);
		const kept = sessions.create(given, T0).authContext;
		expect(JSON.stringify(kept)).toBe(JSON.stringify(given));
		expect(Object.keys(kept)).toEqual(Object.keys(given));
		expect(Object.isFrozen(kept) && Object.isFrozen(kept.app_metadata)).toBe(true);
		expect(Object.isFrozen(given)).toBe(false);
	});

	test("sessions share equal nested values, and the same context object gets the same copy", () => {
		const sessions = new SessionStore(TEN_HOURS, 10);
		const a = sessions.create(claims(1), T0).authContext;
		const b = sessions.create(claims(2), T0).authContext;
		const other = sessions.create(claims(3, "cus_2"), T0).authContext;
		expect(a.app_metadata).toBe(b.app_metadata);
		expect(a.user_metadata).toBe(other.user_metadata);
		expect(other.app_metadata).not.toBe(a.app_metadata);
		expect(other.app_metadata).toEqual({ customer_id: "cus_2" });
		const token = claims(4);
		expect(sessions.create(token, T0).authContext).toBe(sessions.create(token, T0).authContext);
	});

	test("an own __proto__ key stays an own key", () => {
		const sessions = new SessionStore(TEN_HOURS, 10);
		const given = JSON.parse('{"__proto__":{"x":1},"nested":{"__proto__":2}}') as Record<string, unknown>;
		const kept = sessions.create(given, T0).authContext;
		expect(JSON.stringify(kept)).toBe(JSON.stringify(given));
		expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
	});

	test("the values kept for sharing are bounded", () => {
		const sessions = new SessionStore(TEN_HOURS, 100, 8);
		for (let i = 0; i < 40; i++) sessions.create(claims(i, `cus_${i}`), T0);
		expect(sessions.sharedValues).toBe(8);
	});

	test("for any JSON contexts, every session's context has its original's JSON", () => {
		fc.assert(
			fc.property(fc.array(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), { maxLength: 30 }), (contexts) => {
				const sessions = new SessionStore(TEN_HOURS, 100, 5);
				const created = contexts.map((c) => sessions.create(c as Record<string, unknown>, T0));
				created.forEach((s, i) => expect(JSON.stringify(sessions.get(s.id, T0)?.authContext)).toBe(JSON.stringify(contexts[i])));
			}),
			{ seed },
		);
	});
});
