import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { ManualClock } from "./clock.ts";
import { SessionStore } from "./sessions.ts";

const seed = ((): number => {
	const raw = process.env.GATECHECK_SEED;
	const value = raw === undefined ? Math.floor(Math.random() * 0x7fffffff) : Number(raw);
	if (!Number.isSafeInteger(value)) throw new Error(`GATECHECK_SEED must be an integer, got ${raw}`);
	console.log(`sessions.test.ts: fast-check seed ${value}`);
	return value;
})();

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
				created.forEach((s, i) => expect(sessions.get(s.id, T0)?.authContext).toBe(contexts[i]));
			}),
			{ seed },
		);
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
