// The mixed soak: virtual users that each loop [register → create customer →] log in → me (bearer)
// → refresh → me → session → me (cookie) → logout → me with the old cookie (401), counting every
// status that is not the expected one; afterwards every account registered logs in again. Every
// `registerEvery`-th loop of a user signs up a new account; the others log in to its latest one.
import { PK } from "./lib/servers.ts";

export interface SoakStats {
	flows: number;
	requests: number;
	/** `step: expected → got` and how often. */
	unexpected: Map<string, number>;
	accounts: Array<{ email: string; password: string }>;
}

export const emptyStats = (): SoakStats => ({ flows: 0, requests: 0, unexpected: new Map(), accounts: [] });

interface Answer {
	status: number;
	json: Record<string, unknown>;
	cookie: string | undefined;
}

const call = async (url: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> => {
	const response = await fetch(`${url}${path}`, {
		method,
		headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	let json: Record<string, unknown> = {};
	try {
		json = JSON.parse(text) as Record<string, unknown>;
	} catch {}
	return { status: response.status, json, cookie: response.headers.get("set-cookie")?.split(";")[0] };
};

const ME_BEARER = 10;
const ME_COOKIE = 5;

type Expect = (step: string, status: number, answer: Promise<Answer>) => Promise<Answer | undefined>;

/** Counts the request, and an answer other than `status` as unexpected. */
const expecting =
	(stats: SoakStats): Expect =>
	async (step, status, answer) => {
		const got = await answer;
		stats.requests++;
		if (got.status === status) return got;
		const key = `${step}: expected ${status}, got ${got.status}`;
		stats.unexpected.set(key, (stats.unexpected.get(key) ?? 0) + 1);
		return undefined;
	};

const bearer = (token: unknown): Record<string, string> => ({ authorization: `Bearer ${String(token)}`, "x-publishable-api-key": PK });

/** A new account: register, then create its customer; counted in `stats.accounts` once both succeed. */
export const signUp = async (url: string, email: string, password: string, stats: SoakStats): Promise<boolean> => {
	const expect = expecting(stats);
	const registered = await expect("register", 200, call(url, "POST", "/auth/customer/emailpass/register", {}, { email, password }));
	if (!registered) return false;
	const customer = await expect("create customer", 200, call(url, "POST", "/store/customers", bearer(registered.json.token), { email, first_name: "Soak" }));
	if (!customer) return false;
	stats.accounts.push({ email, password });
	return true;
};

/** One loop of a user; when a step that later ones depend on fails, the rest is skipped. */
const flow = async (url: string, email: string, password: string, register: boolean, stats: SoakStats): Promise<void> => {
	const expect = expecting(stats);
	if (register && !(await signUp(url, email, password, stats))) return;
	const login = await expect("login", 200, call(url, "POST", "/auth/customer/emailpass", {}, { email, password }));
	if (!login) return;
	for (let i = 0; i < ME_BEARER; i++) await expect("me (bearer)", 200, call(url, "GET", "/store/customers/me", bearer(login.json.token)));
	const refreshed = await expect("refresh", 200, call(url, "POST", "/auth/token/refresh", bearer(login.json.token)));
	if (!refreshed) return;
	await expect("me (refreshed bearer)", 200, call(url, "GET", "/store/customers/me", bearer(refreshed.json.token)));
	const session = await expect("session", 200, call(url, "POST", "/auth/session", bearer(refreshed.json.token)));
	if (!session?.cookie) return;
	const cookie = { cookie: session.cookie, "x-publishable-api-key": PK };
	for (let i = 0; i < ME_COOKIE; i++) await expect("me (cookie)", 200, call(url, "GET", "/store/customers/me", cookie));
	await expect("logout", 200, call(url, "DELETE", "/auth/session", { cookie: session.cookie }));
	await expect("me (cookie after logout)", 401, call(url, "GET", "/store/customers/me", cookie));
	stats.flows++;
};

/** `users` loops of `flow` for `seconds`; e-mails carry `tag` so that runs never collide. */
export const soak = async (url: string, seconds: number, users: number, tag: string, registerEvery = 1, stats = emptyStats()): Promise<SoakStats> => {
	const deadline = performance.now() + seconds * 1000;
	await Promise.all(
		Array.from({ length: users }, async (_, user) => {
			let account = -1;
			for (let n = 0; performance.now() < deadline; n++) {
				const register = account < 0 || n % registerEvery === 0;
				if (register) account = n;
				await flow(url, `soak-${tag}-${user}-${account}@example.com`, `pw-${tag}-${user}-${account}`, register, stats);
			}
		}),
	);
	return stats;
};

/** Logs every account in again, `users` at a time; the ones that fail are lost. */
export const loginAll = async (url: string, accounts: SoakStats["accounts"], users: number): Promise<{ ok: number; lost: string[] }> => {
	const lost: string[] = [];
	let next = 0;
	let ok = 0;
	await Promise.all(
		Array.from({ length: users }, async () => {
			for (let i = next++; i < accounts.length; i = next++) {
				const account = accounts[i];
				if (!account) continue;
				const answer = await call(url, "POST", "/auth/customer/emailpass", {}, account);
				if (answer.status === 200 && typeof answer.json.token === "string") ok++;
				else lost.push(`${account.email} (${answer.status})`);
			}
		}),
	);
	return { ok, lost };
};
