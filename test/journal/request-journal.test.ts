// The request journal (issue 19, scope 1) in-process: who each request's credentials name or why
// they were refused, what an answer gave, secrets redacted, and GET /__control/requests's filters
// and bounds. The same entries are what `serve --log` prints (serve-log.test.ts).
import { describe, expect, test } from "bun:test";
import { stripVTControlCharacters } from "node:util";
import type { JournalEntry } from "../../src/journal/entry.ts";
import { logLine } from "../../src/journal/log-line.ts";
import { RequestJournal } from "../../src/journal/request-journal.ts";
import { CUSTOMER, call, type Handler, login, makeTestApp, PUBLISHABLE_KEY, REVOKED_KEY, SECRET_KEY } from "../support/test-app.ts";

/** A journaled server in-process, and what it journaled. */
const journaled = async (overrides: Parameters<typeof makeTestApp>[0] = {}) => {
	const entries: JournalEntry[] = [];
	const gatecheck = await makeTestApp({ log: (entry) => entries.push(entry), ...overrides });
	const front: Handler = { handle: gatecheck.fetch };
	const last = (): JournalEntry => {
		const entry = entries.at(-1);
		if (!entry) throw new Error("nothing journaled");
		return entry;
	};
	return { gatecheck, front, entries, last };
};

const me = (front: Handler, headers: Record<string, string>) => call(front, "/store/customers/me", { headers });

describe("who the journal says called (medusa-v2)", () => {
	test("a login: anonymous, and the answer's token names the customer", async () => {
		const { front, last } = await journaled();
		const response = await call(front, "/auth/customer/emailpass", { body: CUSTOMER });
		expect(response.status).toBe(200);
		const entry = last();
		expect(entry.caller).toEqual({});
		expect(entry.outcome).toMatch(/^token for customer cus_\w+$/);
		expect(stripVTControlCharacters(logLine(entry))).toMatch(/ POST \/auth\/customer\/emailpass 200 \d+ms anonymous → token for customer cus_\w+$/);
	});

	test("a /store call: the publishable key's title and the customer with how it proved itself", async () => {
		const { gatecheck, front, last } = await journaled();
		const token = await login(gatecheck.app, "customer", CUSTOMER);
		expect((await me(front, { "x-publishable-api-key": PUBLISHABLE_KEY, authorization: `Bearer ${token}` })).status).toBe(200);
		expect(last().caller).toEqual({ who: expect.stringMatching(/^key "Storefront", customer cus_\w+ via bearer$/) });
	});

	test("each refusal says why, though upstream's answer says only Unauthorized", async () => {
		const { gatecheck, front, last } = await journaled();
		const token = await login(gatecheck.app, "customer", CUSTOMER);
		const cases: Array<[Record<string, string>, number, RegExp]> = [
			[{ authorization: `Bearer ${token}` }, 400, /^no publishable key \(x-publishable-api-key\)$/],
			[{ "x-publishable-api-key": REVOKED_KEY, authorization: `Bearer ${token}` }, 400, /^publishable key "Retired storefront" was revoked$/],
			[{ "x-publishable-api-key": "pk_nope" }, 400, /^publishable key pk_nope is not one of this server's; no credentials sent \(no session cookie, no bearer token\)$/],
			[{ "x-publishable-api-key": PUBLISHABLE_KEY, authorization: `Bearer ${token}x` }, 401, /^bearer token signature does not verify/],
			[{ "x-publishable-api-key": PUBLISHABLE_KEY, authorization: "Bearer not-a-jwt" }, 401, /^bearer token is not a well-formed JWT$/],
			[{ "x-publishable-api-key": PUBLISHABLE_KEY, cookie: "connect.sid=s%3Aforged.bad" }, 401, /^connect\.sid signature does not verify/],
			[{ "x-publishable-api-key": PUBLISHABLE_KEY, authorization: `Bearer ${SECRET_KEY}` }, 401, /^a secret key sent as a bearer token \(send it as Basic\)$/],
			[{ "x-publishable-api-key": PUBLISHABLE_KEY }, 401, /^no credentials sent \(no session cookie, no bearer token\)$/],
		];
		for (const [headers, status, refusal] of cases) {
			expect((await me(front, headers)).status).toBe(status);
			expect(last().caller.refusal).toMatch(refusal);
		}
	});

	test("an expired token: how long ago, on the server's clock", async () => {
		const { gatecheck, front, last } = await journaled();
		const token = await login(gatecheck.app, "customer", CUSTOMER);
		// Medusa's tokens live a day (observed 12); three minutes past that.
		gatecheck.runtime.clock.advance((86_400 + 180) * 1000);
		expect((await me(front, { "x-publishable-api-key": PUBLISHABLE_KEY, authorization: `Bearer ${token}` })).status).toBe(401);
		expect(last().caller.refusal).toBe("bearer token expired 3 minutes ago");
		expect(stripVTControlCharacters(logLine(last()))).toEndWith('✗ bearer token expired 3 minutes ago · "Unauthorized"');
	});

	test("a session: its cookie set by POST /auth/session, then the customer via session, then cleared", async () => {
		const { gatecheck, front, last } = await journaled();
		const token = await login(gatecheck.app, "customer", CUSTOMER);
		const started = await call(front, "/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}` } });
		expect(last().outcome).toBe("cookie connect.sid set");
		const cookie = String(started.headers.get("set-cookie")).split(";")[0] ?? "";
		await me(front, { "x-publishable-api-key": PUBLISHABLE_KEY, cookie });
		expect(last().caller.who).toMatch(/customer cus_\w+ via session$/);
		await call(front, "/auth/session", { method: "DELETE", headers: { cookie } });
		expect(last().outcome).toBe("cookie connect.sid cleared");
		await me(front, { "x-publishable-api-key": PUBLISHABLE_KEY, cookie });
		expect(last().caller.refusal).toMatch(/^connect\.sid names no live session/);
	});
});

describe("other profiles' notes", () => {
	test("medusa-v1: a store token names its customer; a wrong password is anonymous with upstream's message", async () => {
		const { front, last } = await journaled({ profile: "medusa-v1" });
		const response = await call(front, "/store/auth/token", { body: CUSTOMER });
		expect(response.status).toBe(200);
		expect(last().outcome).toMatch(/^token for customer cus_\w+$/);
		const { access_token } = (await response.json()) as { access_token: string };
		await call(front, "/store/auth", { headers: { authorization: `Bearer ${access_token}` } });
		expect(last().caller.who).toMatch(/^customer cus_\w+ via bearer \(store token\)$/);
	});

	test("quark: a token of another issuer is refused with that reason", async () => {
		const { gatecheck, front, last } = await journaled({ profile: "quark" });
		const foreign = await gatecheck.runtime.signer.sign({ sub: "x", iss: "someone-else" }, { now: gatecheck.runtime.clock.now(), ttlSeconds: 60 });
		expect((await call(front, "/api/storefront/profile", { headers: { authorization: `Bearer ${foreign}` } })).status).toBe(401);
		expect(last().caller.refusal).toBe("bearer token is not issued by this API for its clients (iss or aud)");
	});
});

describe("secrets never reach the journal", () => {
	test("passwords, tokens, cookies and authorization headers are redacted; publishable keys stay", async () => {
		const { gatecheck, front, entries } = await journaled();
		const token = await login(gatecheck.app, "customer", CUSTOMER);
		await call(front, "/auth/customer/emailpass", { body: CUSTOMER });
		const started = await call(front, "/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}` } });
		const cookie = String(started.headers.get("set-cookie")).split(";")[0] ?? "";
		await me(front, { "x-publishable-api-key": PUBLISHABLE_KEY, cookie, authorization: `Basic ${SECRET_KEY}` });
		const text = JSON.stringify(entries);
		for (const secret of [CUSTOMER.password, token, cookie.slice("connect.sid=".length), SECRET_KEY]) expect(text).not.toContain(secret);
		expect(entries[0]?.request.body).toBe('{"email":"customer@example.com","password":"[redacted]"}');
		expect(entries[0]?.response.body).toBe('{"token":"[redacted]"}');
		expect(entries[1]?.request.headers.authorization).toBe("Bearer [redacted]");
		expect(entries[1]?.response.headers["set-cookie"]).toMatch(/^connect\.sid=\[redacted\]; Path=\/; Expires=/);
		expect(entries[2]?.request.headers.cookie).toBe("connect.sid=[redacted]");
		expect(entries[2]?.request.headers["x-publishable-api-key"]).toBe(PUBLISHABLE_KEY);
	});

	test("a provider's code in a redirect's query is redacted, its state kept", async () => {
		const { front, entries } = await journaled();
		const started = await call(front, "/auth/customer/google", { method: "POST", body: {} });
		const location = new URL(String(((await started.json()) as { location: string }).location));
		const form = new URLSearchParams({ ...Object.fromEntries(location.searchParams), account: "109876543210987654321" });
		await call(front, `${location.pathname}`, { method: "POST", body: form.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
		const redirect = entries.at(-1)?.response.headers.location ?? "";
		expect(redirect).toContain("code=%5Bredacted%5D");
		expect(redirect).toContain(`state=${location.searchParams.get("state")}`);
	});
});

describe("GET /__control/requests", () => {
	const listing = async (front: Handler, query = "") => {
		const response = await call(front, `/__control/requests${query}`);
		return { status: response.status, body: (await response.json()) as { requests: JournalEntry[]; message?: string } };
	};

	test("lists the exchanges oldest first, filtered by method, path, status, after and limit; never its own", async () => {
		const { front } = await journaled();
		await call(front, "/store/products", { headers: { "x-publishable-api-key": PUBLISHABLE_KEY } });
		await call(front, "/store/products");
		await call(front, "/auth/customer/emailpass", { body: { ...CUSTOMER, password: "wrong" } });
		await call(front, "/auth/customer/emailpass", { body: CUSTOMER });
		const all = (await listing(front)).body.requests;
		expect(all.map((entry) => `${entry.id} ${entry.method} ${entry.path} ${entry.status}`)).toEqual([
			"1 GET /store/products 200",
			"2 GET /store/products 400",
			"3 POST /auth/customer/emailpass 401",
			"4 POST /auth/customer/emailpass 200",
		]);
		const ids = async (query: string) => (await listing(front, query)).body.requests.map((entry) => entry.id);
		expect(await ids("?method=post")).toEqual([3, 4]);
		expect(await ids("?path=/store/*")).toEqual([1, 2]);
		expect(await ids("?path=/store")).toEqual([]);
		expect(await ids("?status=4xx")).toEqual([2, 3]);
		expect(await ids("?status=401")).toEqual([3]);
		expect(await ids("?after=2")).toEqual([3, 4]);
		expect(await ids("?limit=1")).toEqual([4]);
	});

	test("a filter it cannot read is a 400 saying which; DELETE empties it", async () => {
		const { front } = await journaled();
		await call(front, "/store/products");
		expect(await listing(front, "?limit=ten")).toEqual({ status: 400, body: { type: "invalid_data", message: 'limit must be a whole number, got "ten"' } as never });
		expect((await listing(front, "?status=4x")).status).toBe(400);
		expect((await call(front, "/__control/requests", { method: "DELETE" })).status).toBe(200);
		expect((await listing(front)).body.requests).toEqual([]);
	});

	test("is listed among the control capabilities", async () => {
		const { front } = await journaled();
		expect(((await (await call(front, "/__control")).json()) as { capabilities: string[] }).capabilities).toContain("requests");
	});
});

describe("the journal's memory stays bounded", () => {
	test("a full journal drops its oldest entry; entries stay in arrival order", () => {
		const journal = new RequestJournal(3);
		const entry = (id: number) => ({ id }) as JournalEntry;
		for (const id of [1, 2, 4, 3, 5]) journal.add(entry(id));
		expect(journal.list().map(({ id }) => id)).toEqual([3, 4, 5]);
	});

	test("a body is kept to 4096 characters and marked cut", async () => {
		const { front, last } = await journaled();
		await call(front, "/auth/customer/emailpass", { body: { email: "x".repeat(100_000), password: "p" } });
		expect(last().request.body?.length).toBe(4096);
		expect(last().request.truncated).toBe(true);
	});
});
