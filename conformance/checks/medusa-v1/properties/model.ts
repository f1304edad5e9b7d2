// A model of a few customer accounts, much simpler than any server: which e-mails have an account
// with which password, and which JWTs and session cookies were handed out. Commands pick accounts
// and credentials by index, act on the server, and assert that it agrees with the model.
//
// Where Medusa 1.20.11 and the reference part ways the model asserts nothing: after a password
// change, the account's other credentials may or may not go on working (N5: upstream keeps them,
// the reference ends them), so they are marked stale and left alone.
import fc from "fast-check";
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { customerOf, register, sessionCookieOf, UNAUTHORIZED } from "../flows.ts";

export const ACCOUNTS = 3;
/** Registrations and changes use the first three; the last is never set, so a login with it always fails. */
const PASSWORDS = ["Model-Pass-Alpha-1", "Model-Pass-Bravo-2", "Model-Pass-Charlie-3", "Model-Pass-Never-4"] as const;

interface AccountModel {
	/** The current password, or undefined before registration. */
	password?: string;
}

interface Credential {
	account: number;
	bearer?: string;
	/** A `connect.sid=<value>` pair. */
	cookie?: string;
	/** False once the session is logged out (JWTs outlive a log-out: fact 25). */
	live: boolean;
	/** Handed out before another credential changed the account's password (N5: no assertion either way). */
	stale: boolean;
}

export interface Model {
	accounts: AccountModel[];
	credentials: Credential[];
}

export interface Real {
	ctx: CheckContext;
	emails: string[];
}

type Command = fc.AsyncCommand<Model, Real>;

const accountOf = (m: Model, index: number): AccountModel => m.accounts[index] as AccountModel;
const pick = <T>(items: T[], index: number): T => items[index % items.length] as T;
/** The e-mail to send: the account's, or in capitals, which must work just as well (facts 9, 17). */
const emailOf = (r: Real, account: number, upper: boolean): string => {
	const email = r.emails[account] as string;
	return upper ? email.toUpperCase() : email;
};

const send = (r: Real, method: string, path: string, credential: Credential, json?: unknown): Promise<Reply> =>
	r.ctx.request({ method, path, json, bearer: credential.bearer, headers: credential.cookie === undefined ? {} : { cookie: credential.cookie }, useJar: false });

const expectLoginRefused = (ctx: CheckContext, reply: Reply, what: string): void => {
	ctx.expect.status(reply, 401, what);
	ctx.expect.exactBody(reply, UNAUTHORIZED, what);
};

const cookieOf = (ctx: CheckContext, reply: Reply, what: string): string => {
	const cookie = sessionCookieOf(reply)?.split(";")[0];
	ctx.expect.that(cookie !== undefined, `${what}: expected a connect.sid Set-Cookie`, { actual: reply.setCookies, exchange: reply.exchange });
	return cookie;
};

const expectAccount = (r: Real, reply: Reply, account: number, what: string): void =>
	r.ctx.expect.equal(customerOf(r.ctx, reply, what).email, r.emails[account], `${what}: customer.email`, reply.exchange);

class Register implements Command {
	constructor(readonly account: number, readonly password: number, readonly upper: boolean) {}
	check = (): boolean => true;
	async run(m: Model, r: Real): Promise<void> {
		const state = accountOf(m, this.account);
		const password = PASSWORDS[this.password] as string;
		const reply = await register(r.ctx, { email: emailOf(r, this.account, this.upper), password, first_name: "Model", last_name: "Run" });
		if (state.password !== undefined) return r.ctx.expect.status(reply, 422, `${this}: an e-mail that has an account`);
		// Registration logs the new customer in (fact 7).
		expectAccount(r, reply, this.account, String(this));
		m.credentials.push({ account: this.account, cookie: cookieOf(r.ctx, reply, String(this)), live: true, stale: false });
		state.password = password;
	}
	toString = (): string => `Register(account ${this.account}, password ${this.password}${this.upper ? ", upper case" : ""})`;
}

class TokenLogin implements Command {
	constructor(readonly account: number, readonly password: number, readonly upper: boolean) {}
	check = (): boolean => true;
	async run(m: Model, r: Real): Promise<void> {
		const password = PASSWORDS[this.password] as string;
		const reply = await r.ctx.request({ path: "/store/auth/token", json: { email: emailOf(r, this.account, this.upper), password }, useJar: false });
		if (accountOf(m, this.account).password !== password) return expectLoginRefused(r.ctx, reply, `${this}: not the current password`);
		r.ctx.expect.status(reply, 200, String(this));
		const token = (reply.body as { access_token?: unknown } | undefined)?.access_token;
		r.ctx.expect.that(typeof token === "string", `${this}: expected {"access_token"}`, { actual: reply.text.slice(0, 200), exchange: reply.exchange });
		m.credentials.push({ account: this.account, bearer: token, live: true, stale: false });
	}
	toString = (): string => `TokenLogin(account ${this.account}, password ${this.password}${this.upper ? ", upper case" : ""})`;
}

class CookieLogin implements Command {
	constructor(readonly account: number, readonly password: number, readonly upper: boolean) {}
	check = (): boolean => true;
	async run(m: Model, r: Real): Promise<void> {
		const password = PASSWORDS[this.password] as string;
		const reply = await r.ctx.request({ path: "/store/auth", json: { email: emailOf(r, this.account, this.upper), password }, useJar: false });
		if (accountOf(m, this.account).password !== password) return expectLoginRefused(r.ctx, reply, `${this}: not the current password`);
		expectAccount(r, reply, this.account, String(this));
		m.credentials.push({ account: this.account, cookie: cookieOf(r.ctx, reply, String(this)), live: true, stale: false });
	}
	toString = (): string => `CookieLogin(account ${this.account}, password ${this.password}${this.upper ? ", upper case" : ""})`;
}

class Me implements Command {
	constructor(readonly credential: number) {}
	check = (m: Readonly<Model>): boolean => m.credentials.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const held = pick(m.credentials, this.credential);
		if (held.stale) return;
		const reply = await send(r, "GET", "/store/customers/me", held);
		if (!held.live) return r.ctx.expect.status(reply, 401, `${this}: a logged-out session`);
		expectAccount(r, reply, held.account, String(this));
	}
	toString = (): string => `Me(credential ${this.credential})`;
}

class Logout implements Command {
	constructor(readonly credential: number) {}
	check = (m: Readonly<Model>): boolean => m.credentials.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const held = pick(m.credentials, this.credential);
		if (held.stale) return;
		// 200 `OK` with a session, without one, and with only a bearer (fact 25).
		const reply = await send(r, "DELETE", "/store/auth", held);
		r.ctx.expect.status(reply, 200, String(this));
		r.ctx.expect.exactBody(reply, "OK", String(this));
		if (held.cookie !== undefined) held.live = false;
	}
	toString = (): string => `Logout(credential ${this.credential})`;
}

class ChangePassword implements Command {
	constructor(readonly credential: number, readonly password: number) {}
	check = (m: Readonly<Model>): boolean => m.credentials.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const held = pick(m.credentials, this.credential);
		if (held.stale || !held.live) return;
		const password = PASSWORDS[this.password] as string;
		expectAccount(r, await send(r, "POST", "/store/customers/me", held, { password }), held.account, String(this));
		accountOf(m, held.account).password = password;
		for (const other of m.credentials) if (other.account === held.account && other !== held) other.stale = true;
	}
	toString = (): string => `ChangePassword(credential ${this.credential}, password ${this.password})`;
}

/** A run's start, so that every command has something to act on: accounts 0 and 1 registered, with a JWT for 0 and a cookie login for 1. */
export const setUp = async (r: Real): Promise<Model> => {
	const m: Model = { accounts: Array.from({ length: ACCOUNTS }, () => ({})), credentials: [] };
	for (const step of [new Register(0, 0, false), new Register(1, 1, false), new TokenLogin(0, 0, false), new CookieLogin(1, 1, false)]) await step.run(m, r);
	return m;
};

const account = fc.nat({ max: ACCOUNTS - 1 });
const password = fc.nat({ max: 2 });
const anyPassword = fc.nat({ max: PASSWORDS.length - 1 });
const index = fc.nat({ max: 11 });

export const commandArbitraries: Array<fc.Arbitrary<Command>> = [
	fc.tuple(account, password, fc.boolean()).map(([a, p, u]) => new Register(a, p, u)),
	fc.tuple(account, anyPassword, fc.boolean()).map(([a, p, u]) => new TokenLogin(a, p, u)),
	fc.tuple(account, anyPassword, fc.boolean()).map(([a, p, u]) => new CookieLogin(a, p, u)),
	index.map((c) => new Me(c)),
	index.map((c) => new Logout(c)),
	fc.tuple(index, password).map(([c, p]) => new ChangePassword(c, p)),
];
