// A model of one run's accounts, much simpler than any server: which of a few e-mails are signed
// up with which password, which login tokens and session cookies were handed out, and which reset
// tokens are live. Commands pick accounts, tokens and sessions by index, act on the server, and
// assert that it agrees with the model.
import fc from "fast-check";
import type { CheckContext } from "../../../kit/context.ts";
import type { MailReader } from "../../../kit/mail/reader.ts";
import type { Reply } from "../../../kit/http.ts";
import { login, register, storeHeaders, tokenOf, updatePassword } from "../flows.ts";

export const ACCOUNTS = 3;
/** Sign-ups and updates use the first three; the last is never set, so a login with it always fails. */
const PASSWORDS = ["Model-Pass-Alpha-1", "Model-Pass-Bravo-2", "Model-Pass-Charlie-3", "Model-Pass-Never-4"] as const;

interface AccountModel {
	/** The current password, or undefined before sign-up. */
	password?: string;
	/**
	 * Bumped by every password change. Tokens and sessions from an older generation may or may not
	 * survive it (upstream keeps them; a server may revoke them), so the model asserts nothing about them.
	 */
	generation: number;
	resetTokens: Array<{ token: string; live: boolean }>;
}

interface Credential {
	account: number;
	generation: number;
}

export interface Model {
	accounts: AccountModel[];
	tokens: Array<Credential & { token: string }>;
	sessions: Array<Credential & { cookie: string; live: boolean }>;
}

export interface Real {
	ctx: CheckContext;
	mail: MailReader;
	emails: string[];
}

type Command = fc.AsyncCommand<Model, Real>;

const accountOf = (m: Model, index: number): AccountModel => m.accounts[index] as AccountModel;
const current = (m: Model, credential: Credential): boolean => accountOf(m, credential.account).generation === credential.generation;
const pick = <T>(items: T[], index: number): T => items[index % items.length] as T;

const expectError = (ctx: CheckContext, reply: Reply, what: string): void =>
	ctx.expect.that(reply.status >= 400 && reply.status < 500, `${what}: expected a 4xx error, got ${reply.status}`, {
		actual: reply.status,
		exchange: reply.exchange,
	});

const expectCustomer = (ctx: CheckContext, reply: Reply, email: string, what: string): void => {
	ctx.expect.status(reply, 200, what);
	ctx.expect.equal((reply.body as { customer?: { email?: unknown } } | undefined)?.customer?.email, email, `${what}: customer.email`, reply.exchange);
};

const sessionRequest = (r: Real, method: string, path: string, cookie: string): Promise<Reply> =>
	r.ctx.request({ method, path, headers: { ...storeHeaders(r.ctx), cookie: `connect.sid=${cookie}` }, useJar: false });

/** Registers `password` for the account's e-mail and creates its customer; updates the model. */
const signUp = async (m: Model, r: Real, account: number, password: string, what: string): Promise<void> => {
	const state = accountOf(m, account);
	const credentials = { email: r.emails[account] as string, password };
	const registered = await register(r.ctx, credentials);
	if (state.password !== undefined) return expectError(r.ctx, registered, `${what} on an existing e-mail`);
	const registrationToken = tokenOf(r.ctx, registered, what);
	const created = await r.ctx.request({
		path: "/store/customers",
		bearer: registrationToken,
		headers: storeHeaders(r.ctx),
		json: { email: credentials.email, first_name: "Model", last_name: "Run" },
		useJar: false,
	});
	r.ctx.expect.status(created, 200, `${what}: POST /store/customers`);
	state.password = password;
};

/**
 * A run's start, so that every command has something to act on from the first step: accounts 0
 * and 1 signed up, account 0 logged in with a session, two reset tokens (the older voided) for
 * account 1; account 2 free.
 */
export const setUp = async (r: Real): Promise<Model> => {
	const m: Model = {
		accounts: Array.from({ length: ACCOUNTS }, () => ({ generation: 0, resetTokens: [] })),
		tokens: [],
		sessions: [],
	};
	const steps = [new SignUp(0, 0), new SignUp(1, 1), new Login(0, 0), new OpenSession(0), new RequestReset(1), new RequestReset(1)];
	for (const step of steps) await step.run(m, r);
	return m;
};

class SignUp implements Command {
	constructor(readonly account: number, readonly password: number) {}
	check = (): boolean => true;
	run = (m: Model, r: Real): Promise<void> => signUp(m, r, this.account, PASSWORDS[this.password] as string, String(this));
	toString = (): string => `SignUp(account ${this.account}, password ${this.password})`;
}

class Login implements Command {
	constructor(readonly account: number, readonly password: number) {}
	check = (): boolean => true;
	async run(m: Model, r: Real): Promise<void> {
		const state = accountOf(m, this.account);
		const password = PASSWORDS[this.password] as string;
		const reply = await login(r.ctx, { email: r.emails[this.account] as string, password });
		if (state.password !== password) return expectError(r.ctx, reply, `${this}: not the current password`);
		m.tokens.push({ account: this.account, generation: state.generation, token: tokenOf(r.ctx, reply, String(this)) });
	}
	toString = (): string => `Login(account ${this.account}, password ${this.password})`;
}

class Me implements Command {
	constructor(readonly token: number) {}
	check = (m: Readonly<Model>): boolean => m.tokens.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const held = pick(m.tokens, this.token);
		if (!current(m, held)) return;
		const reply = await r.ctx.request({ path: "/store/customers/me", bearer: held.token, headers: storeHeaders(r.ctx), useJar: false });
		expectCustomer(r.ctx, reply, r.emails[held.account] as string, String(this));
	}
	toString = (): string => `Me(token ${this.token})`;
}

class Refresh implements Command {
	constructor(readonly token: number) {}
	check = (m: Readonly<Model>): boolean => m.tokens.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const held = pick(m.tokens, this.token);
		if (!current(m, held)) return;
		const reply = await r.ctx.request({ method: "POST", path: "/auth/token/refresh", bearer: held.token, useJar: false });
		m.tokens.push({ ...held, token: tokenOf(r.ctx, reply, String(this)) });
	}
	toString = (): string => `Refresh(token ${this.token})`;
}

class OpenSession implements Command {
	constructor(readonly token: number) {}
	check = (m: Readonly<Model>): boolean => m.tokens.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const held = pick(m.tokens, this.token);
		if (!current(m, held)) return;
		const reply = await r.ctx.request({ method: "POST", path: "/auth/session", bearer: held.token, useJar: false });
		r.ctx.expect.status(reply, 200, String(this));
		const cookie = reply.setCookies.map((line) => /^connect\.sid=([^;]+)/.exec(line)?.[1]).find((value) => value !== undefined);
		r.ctx.expect.that(cookie !== undefined, `${this}: no connect.sid cookie`, { exchange: reply.exchange });
		m.sessions.push({ account: held.account, generation: held.generation, cookie, live: true });
	}
	toString = (): string => `OpenSession(token ${this.token})`;
}

class UseSession implements Command {
	constructor(readonly session: number) {}
	check = (m: Readonly<Model>): boolean => m.sessions.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const session = pick(m.sessions, this.session);
		if (session.live && !current(m, session)) return;
		const reply = await sessionRequest(r, "GET", "/store/customers/me", session.cookie);
		if (session.live) return expectCustomer(r.ctx, reply, r.emails[session.account] as string, String(this));
		r.ctx.expect.status(reply, 401, `${this}: a logged-out session`);
	}
	toString = (): string => `UseSession(session ${this.session})`;
}

class Logout implements Command {
	constructor(readonly session: number) {}
	check = (m: Readonly<Model>): boolean => m.sessions.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const session = pick(m.sessions, this.session);
		if (session.live && !current(m, session)) return;
		const reply = await sessionRequest(r, "DELETE", "/auth/session", session.cookie);
		r.ctx.expect.status(reply, session.live ? 200 : 401, `${this}: ${session.live ? "a live" : "a logged-out"} session`);
		session.live = false;
	}
	toString = (): string => `Logout(session ${this.session})`;
}

class RequestReset implements Command {
	constructor(readonly account: number) {}
	check = (): boolean => true;
	async run(m: Model, r: Real): Promise<void> {
		const state = accountOf(m, this.account);
		const email = r.emails[this.account] as string;
		const filter = { event: "auth.password_reset", to: email };
		const before = (await r.mail.now(filter)).length;
		const reply = await r.ctx.request({ path: "/auth/customer/emailpass/reset-password", json: { identifier: email } });
		r.ctx.expect.status(reply, 201, String(this));
		const expected = before + (state.password === undefined ? 0 : 1);
		const events = await r.mail.expected(filter, expected, before);
		r.ctx.expect.equal(events.length, expected, `${this}: auth.password_reset events for the account`, reply.exchange);
		if (state.password === undefined) return;
		const token = events.at(-1)?.data.token;
		r.ctx.expect.that(typeof token === "string", `${this}: the event carries no token`, { actual: events.at(-1)?.data });
		for (const older of state.resetTokens) older.live = false;
		state.resetTokens.push({ token, live: true });
	}
	toString = (): string => `RequestReset(account ${this.account})`;
}

class UpdatePassword implements Command {
	/** `account` counts among the accounts that hold reset tokens, so that the command rarely has nothing to do. */
	constructor(readonly account: number, readonly resetToken: number, readonly password: number) {}
	check = (m: Readonly<Model>): boolean => m.accounts.some((state) => state.resetTokens.length > 0);
	async run(m: Model, r: Real): Promise<void> {
		const holders = m.accounts.flatMap((state, index) => (state.resetTokens.length > 0 ? [index] : []));
		const account = pick(holders, this.account);
		const state = accountOf(m, account);
		const held = pick(state.resetTokens, this.resetToken);
		const password = PASSWORDS[this.password] as string;
		const email = r.emails[account] as string;
		const reply = await updatePassword(r.ctx, held.token, { email, password });
		if (!held.live) return r.ctx.expect.status(reply, 401, `${this}: a used or voided reset token of account ${account}`);
		r.ctx.expect.status(reply, 200, `${this}: a live reset token of account ${account}`);
		r.ctx.expect.equal((reply.body as { success?: unknown } | undefined)?.success, true, `${this}: success`, reply.exchange);
		held.live = false;
		const previous = state.password;
		state.password = password;
		state.generation += 1;
		r.ctx.expect.status(await login(r.ctx, { email, password }), 200, `${this}: login with the new password`);
		if (previous !== undefined && previous !== password)
			expectError(r.ctx, await login(r.ctx, { email, password: previous }), `${this}: login with the old password`);
	}
	toString = (): string => `UpdatePassword(reset-token holder ${this.account}, reset token ${this.resetToken}, password ${this.password})`;
}

const account = fc.nat({ max: ACCOUNTS - 1 });
const password = fc.nat({ max: 2 });
const index = fc.nat({ max: 7 });

export const commandArbitraries: Array<fc.Arbitrary<Command>> = [
	fc.tuple(account, password).map(([a, p]) => new SignUp(a, p)),
	fc.tuple(account, fc.nat({ max: PASSWORDS.length - 1 })).map(([a, p]) => new Login(a, p)),
	index.map((t) => new Me(t)),
	index.map((t) => new Refresh(t)),
	index.map((t) => new OpenSession(t)),
	index.map((s) => new UseSession(s)),
	index.map((s) => new Logout(s)),
	account.map((a) => new RequestReset(a)),
	fc.tuple(account, index, password).map(([a, t, p]) => new UpdatePassword(a, t, p)),
];
