import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { Outbox, type OutboxEvent, type OutboxItem, type OutboxMail } from "./outbox.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const event = (name: string, entityId: string, at = 0): OutboxEvent => ({
	kind: "event",
	name,
	at,
	data: { entity_id: entityId, token: "t" },
});

const mail = (to: string, eventName: string, at = 0): OutboxMail => ({
	kind: "mail",
	at,
	to,
	subject: "Reset your password",
	text: "…",
	link: "http://localhost/reset?token=t",
	event: eventName,
});

const names = fc.constantFrom("auth.password_reset", "customer.created", "user.created");
const addresses = fc.constantFrom("a@example.com", "b@example.com", "A@example.com");
const item: fc.Arbitrary<OutboxItem> = fc.oneof(
	fc.tuple(names, addresses, fc.nat()).map(([n, to, at]) => event(n, to, at)),
	fc.tuple(addresses, names, fc.nat()).map(([to, n, at]) => mail(to, n, at)),
);

describe("Outbox", () => {
	test("lists items in the order they were pushed, newest last", () => {
		const outbox = new Outbox(10);
		const first = event("auth.password_reset", "a@example.com", 1);
		const second = mail("a@example.com", "auth.password_reset", 2);
		outbox.push(first);
		outbox.push(second);
		expect(outbox.list()).toEqual([first, second]);
	});

	test("drops the oldest items beyond its capacity", () => {
		const outbox = new Outbox(2);
		const items = [1, 2, 3].map((at) => event("e", "x", at));
		for (const i of items) outbox.push(i);
		expect(outbox.list()).toEqual(items.slice(1));
	});

	test("filters by name: an event's name, or the event a mail was made from", () => {
		const outbox = new Outbox(10);
		const reset = event("auth.password_reset", "a@example.com");
		const resetMail = mail("a@example.com", "auth.password_reset");
		const other = event("customer.created", "a@example.com");
		for (const i of [reset, other, resetMail]) outbox.push(i);
		expect(outbox.list({ name: "auth.password_reset" })).toEqual([reset, resetMail]);
		expect(outbox.list({ name: "customer.created" })).toEqual([other]);
		expect(outbox.list({ name: "nothing" })).toEqual([]);
	});

	test("filters by recipient: a mail's `to` or an event's entity_id, case-sensitively", () => {
		const outbox = new Outbox(10);
		const forA = mail("a@example.com", "auth.password_reset");
		const eventA = event("auth.password_reset", "a@example.com");
		const forUpperA = mail("A@example.com", "auth.password_reset");
		for (const i of [forA, eventA, forUpperA]) outbox.push(i);
		expect(outbox.list({ to: "a@example.com" })).toEqual([forA, eventA]);
		expect(outbox.list({ to: "A@example.com" })).toEqual([forUpperA]);
		expect(outbox.list({ to: "a@example.com", name: "customer.created" })).toEqual([]);
	});

	test("an event with no entity_id is found by the e-mail of its data", () => {
		const outbox = new Outbox(10);
		const byEmail: OutboxEvent = { kind: "event", name: "customer.password_reset", at: 0, data: { id: "cus_1", email: "a@example.com", token: "t" } };
		outbox.push(byEmail);
		outbox.push(event("auth.password_reset", "b@example.com"));
		expect(outbox.list({ to: "a@example.com" })).toEqual([byEmail]);
	});

	test("list returns a copy: changing it does not change the outbox", () => {
		const outbox = new Outbox(10);
		outbox.push(event("e", "x"));
		outbox.list().pop();
		expect(outbox.list()).toHaveLength(1);
	});

	test("holds exactly the last `capacity` pushes, for any sequence", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20 }), fc.array(item, { maxLength: 60 }), (capacity, pushed) => {
				const outbox = new Outbox(capacity);
				pushed.forEach((i, n) => {
					outbox.push(i);
					expect(outbox.list()).toHaveLength(Math.min(n + 1, capacity));
				});
				expect(outbox.list()).toEqual(pushed.slice(-capacity));
			}),
			{ seed },
		);
	});

	test("a filtered list is the unfiltered list with the non-matching items removed", () => {
		fc.assert(
			fc.property(fc.array(item, { maxLength: 40 }), fc.option(names, { nil: undefined }), fc.option(addresses, { nil: undefined }), (pushed, name, to) => {
				const outbox = new Outbox(100);
				for (const i of pushed) outbox.push(i);
				const matches = (i: OutboxItem): boolean =>
					(name === undefined || (i.kind === "event" ? i.name : i.event) === name) &&
					(to === undefined || (i.kind === "mail" ? i.to : i.data.entity_id) === to);
				expect(outbox.list({ name, to })).toEqual(pushed.filter(matches));
			}),
			{ seed },
		);
	});
});
