// A reference server holding N live sessions (default 1,000,000), for the memory benchmark: the
// medusa-v2 app with the fixtures and a session cap above N (the CLI's cap is 100,000), listening on
// the port given. Two ways to fill it:
// - "route": N × POST /auth/session through the app's own handler, round-robin over 1,000 customer
//   tokens issued at distinct instants (what a test suite with many users does);
// - "distinct": N sessions straight from SessionStore.create, each with its own auth context parsed
//   from the JSON of its own token (a distinct iat/exp per session: no two share an object).
// Prints one JSON line when ready: RSS before and after, and cookies for the first, last and a new session.
import { createApp } from "../src/app.ts";
import { loadFixtures } from "../src/core/fixtures.ts";
import { ARGON2_PRESETS } from "../src/core/passwords.ts";
import { sessionCookieHeader } from "../src/http/session-cookie.ts";
import { claimsFor } from "../src/profiles/medusa-v2/claims.ts";
import { CUSTOMER, PK, ROOT } from "./lib/servers.ts";

const [port = "0", count = "1000000", mode = "route"] = process.argv.slice(2);
const sessions = Number(count);
const TOKENS = 1000;
const IN_FLIGHT = 64;
const cookieSecret = "bench-cookie-secret";
const { app, runtime } = await createApp({
	fixtures: await loadFixtures(`${ROOT}/fixtures/medusa-v2.json`),
	jwtSecret: "bench-jwt-secret",
	cookieSecret,
	argon2: ARGON2_PRESETS.owasp,
	limits: { sessions: sessions + 16 },
});
app.listen({ port: Number(port), hostname: "127.0.0.1" });

const rss = (): number => process.memoryUsage().rss / 2 ** 20;
const local = (path: string, init?: RequestInit): Promise<Response> => app.handle(new Request(`http://localhost${path}`, init));
const identity = runtime.state.store.findIdentity("emailpass", CUSTOMER.email);
if (!identity) throw new Error("no fixture customer");
const now = runtime.clock.now();
const tokenAt = (ms: number): Promise<string> => runtime.signer.sign(claimsFor(identity, "customer"), { now: ms, ttlSeconds: 86_400 });
const tokens = await Promise.all(Array.from({ length: TOKENS }, (_, i) => tokenAt(now - i * 1000)));
Bun.gc(true);
const rssBefore = rss();

const started = performance.now();
let first = "";
let last = "";
const idOf = (setCookie: string | null): string => decodeURIComponent(setCookie?.split(";")[0]?.split("=")[1] ?? "").slice(2).split(".")[0] ?? "";
if (mode === "route") {
	let next = 0;
	let refused = 0;
	await Promise.all(
		Array.from({ length: IN_FLIGHT }, async () => {
			for (let i = next++; i < sessions; i = next++) {
				const response = await local("/auth/session", { method: "POST", headers: { authorization: `Bearer ${tokens[i % TOKENS]}` } });
				if (response.status !== 200) refused++;
				if (i === 0) first = idOf(response.headers.get("set-cookie"));
				if (i === sessions - 1) last = idOf(response.headers.get("set-cookie"));
			}
		}),
	);
	if (refused > 0) throw new Error(`${refused} POST /auth/session refused`);
} else {
	for (let i = 0; i < sessions; i++) {
		// The payload a verify of a token issued i seconds earlier hands over: JSON.parse of its JSON.
		const claims = { ...claimsFor(identity, "customer"), iat: Math.floor(now / 1000) - i, exp: Math.floor(now / 1000) - i + 86_400 };
		const session = runtime.state.sessions.create(JSON.parse(JSON.stringify(claims)) as Record<string, unknown>, now);
		if (i === 0) first = session.id;
		last = session.id;
	}
}
const fillSeconds = (performance.now() - started) / 1000;
const made = await local("/auth/session", { method: "POST", headers: { authorization: `Bearer ${tokens[0]}` } });
// At rest: a full collection, a few seconds for the allocator to hand freed pages back, another collection.
Bun.gc(true);
const rssFilled = rss();
await Bun.sleep(5000);
Bun.gc(true);
const cookieOf = async (id: string): Promise<string> =>
	(await sessionCookieHeader(id, now + 3_600_000, cookieSecret, { secure: false, httpOnly: true, sameSite: "Lax" })).split(";")[0] ?? "";
console.log(
	JSON.stringify({
		mode,
		sessions,
		fillSeconds,
		rssBeforeMiB: rssBefore,
		rssFilledMiB: rssFilled,
		rssAfterMiB: rss(),
		heapMiB: process.memoryUsage().heapUsed / 2 ** 20,
		url: `http://127.0.0.1:${app.server?.port}`,
		pk: PK,
		cookies: { first: await cookieOf(first), last: await cookieOf(last), fresh: made.headers.get("set-cookie")?.split(";")[0] ?? "" },
	}),
);
