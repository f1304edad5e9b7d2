// Everything /__ui shows comes from somewhere a client or a fixtures file controls (names, titles,
// mail, request paths, answers), so every value must arrive as text: a `<script>` in a fixture, in the
// outbox or in the journal is shown, escaped, and never becomes an element or an attribute.
import { describe, expect, test } from "bun:test";
import { loadFixtures } from "../../src/core/fixtures.ts";
import type { JournalEntry } from "../../src/journal/entry.ts";
import { fixturesPath } from "../support/test-app.ts";
import { PROFILES, section, uiApp } from "./ui-support.ts";

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>"'&`;
const ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;";

/** The profile's fixtures with the hostile text as the first customer's first name (and the first key's title, where there are keys). */
const hostileFixtures = async (profile: string): Promise<Record<string, unknown>> => {
	const fixtures = structuredClone(await loadFixtures(fixturesPath(profile))) as Record<string, unknown>;
	const [customer] = fixtures.customers as Record<string, unknown>[];
	if (customer) customer.first_name = HOSTILE;
	const [key] = (fixtures.publishable_keys ?? []) as Record<string, unknown>[];
	if (key) key.title = HOSTILE;
	return fixtures;
};

const hostileEntry = (id: number): JournalEntry => ({
	id,
	time: "2026-12-07T06:32:56.113Z",
	method: "POST",
	path: `/store/${HOSTILE}`,
	query: `?q=${HOSTILE}`,
	status: 401,
	durationMs: 3,
	caller: { who: HOSTILE, refusal: HOSTILE },
	outcome: HOSTILE,
	injected: { latencyMs: 5 },
	request: { headers: {} },
	response: { headers: {}, body: JSON.stringify({ message: HOSTILE }) },
});

/** No element or attribute from HOSTILE survived, and the page still has no script. */
const expectNoMarkupFrom = (html: string): void => {
	expect(html).not.toMatch(/<script/i);
	expect(html).not.toContain("<img");
	expect(html).not.toContain(HOSTILE);
};

describe.each(PROFILES)("/__ui escapes everything on %s", (profile) => {
	test("a fixture customer's name (and a key's title) with <script> shows as text", async () => {
		const { page } = await uiApp(profile, { fixtures: await hostileFixtures(profile) });
		const { status, html } = await page();
		expect(status).toBe(200);
		expectNoMarkupFrom(html);
		expect(section(html, "accounts")).toContain(ESCAPED);
	});

	test("a journal entry with <script> in its path, query, caller, outcome and answer shows as text", async () => {
		const { gatecheck, page } = await uiApp(profile);
		gatecheck.journal.add(hostileEntry(gatecheck.journal.nextId()));
		const { html } = await page();
		expectNoMarkupFrom(html);
		const journal = section(html, "journal");
		// Path, query, who, refusal, outcome and the answer's message.
		expect(journal.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(6);
	});

	test("a mail with <script> in its recipient, subject, text and link shows as text", async () => {
		const { gatecheck, page } = await uiApp(profile);
		gatecheck.runtime.state.outbox.push({
			kind: "mail",
			at: gatecheck.runtime.clock.now(),
			to: HOSTILE,
			subject: HOSTILE,
			text: HOSTILE,
			link: `http://localhost:8000/reset?token=${HOSTILE}`,
			event: HOSTILE,
		});
		const { html } = await page();
		expectNoMarkupFrom(html);
		expect(section(html, "mail").split(ESCAPED).length - 1).toBeGreaterThanOrEqual(4);
	});

	test("what the reset form was given comes back in the notice as text", async () => {
		const { page } = await uiApp(profile);
		const { html } = await page(`?reset=201&to=${encodeURIComponent(HOSTILE)}&mailed=0`);
		expectNoMarkupFrom(html);
		expect(section(html, "flow")).toContain(ESCAPED);
	});
});
