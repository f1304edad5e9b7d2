// A model of one account's refresh-token families (choice:refresh-route, choice:refresh-reuse): each
// login begins a family whose live token refreshes into the next; a spent token presented again
// revokes its family, the live token included, and leaves the account's other families alone.
// Commands pick a family by index, act on the server, and assert that it agrees with the model.
//
// Access tokens of a revoked family are not judged: JwtBearer's are stateless and live out their hour
// (the reference's choice), while a server that also ends them does nothing wrong.
import fc from "fast-check";
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { type Account, LOGIN, login, PROFILE, profile, REFRESH, refresh, sessionOf } from "../flows.ts";

/** Enough to show one family's reuse leaving another alone. */
const MAX_FAMILIES = 3;

interface Family {
	live: string;
	/** Tokens this family already spent, oldest first. */
	spent: string[];
	/** The newest access token it was given. */
	access: string;
	revoked: boolean;
}

export interface Model {
	families: Family[];
}

export interface Real {
	ctx: CheckContext;
	account: Account;
}

type Command = fc.AsyncCommand<Model, Real>;

const pick = <T>(items: T[], index: number): T => items[index % items.length] as T;

const expectRefused = (ctx: CheckContext, reply: Reply, what: string): void =>
	ctx.expect.that(reply.status >= 400 && reply.status < 500, `${what}: expected a 4xx, got ${reply.status}`, { actual: reply.text.slice(0, 300), exchange: reply.exchange });

class Login implements Command {
	check = (m: Readonly<Model>): boolean => m.families.length < MAX_FAMILIES;
	async run(m: Model, r: Real): Promise<void> {
		const session = sessionOf(r.ctx, await login(r.ctx, r.account), `${this}: POST ${LOGIN}`);
		m.families.push({ live: session.refreshToken, spent: [], access: session.accessToken, revoked: false });
	}
	toString = (): string => "Login";
}

class RefreshLive implements Command {
	constructor(readonly family: number) {}
	check = (): boolean => true;
	async run(m: Model, r: Real): Promise<void> {
		const family = pick(m.families, this.family);
		const reply = await refresh(r.ctx, family.live);
		if (family.revoked) return expectRefused(r.ctx, reply, `${this}: the live token of a family revoked by a reuse`);
		const next = sessionOf(r.ctx, reply, `${this}: POST ${REFRESH}`);
		r.ctx.expect.that(next.refreshToken !== family.live, `${this}: the refresh answered the same refresh token`, { exchange: reply.exchange });
		family.spent.push(family.live);
		family.live = next.refreshToken;
		family.access = next.accessToken;
	}
	toString = (): string => `RefreshLive(family ${this.family})`;
}

class RefreshSpent implements Command {
	constructor(
		readonly family: number,
		readonly token: number,
	) {}
	check = (m: Readonly<Model>): boolean => pick(m.families, this.family).spent.length > 0;
	async run(m: Model, r: Real): Promise<void> {
		const family = pick(m.families, this.family);
		expectRefused(r.ctx, await refresh(r.ctx, pick(family.spent, this.token)), `${this}: a spent refresh token`);
		family.revoked = true;
	}
	toString = (): string => `RefreshSpent(family ${this.family}, token ${this.token})`;
}

class Profile implements Command {
	constructor(readonly family: number) {}
	check = (): boolean => true;
	async run(m: Model, r: Real): Promise<void> {
		const family = pick(m.families, this.family);
		if (family.revoked) return;
		const reply = await profile(r.ctx, family.access);
		r.ctx.expect.status(reply, 200, `${this}: GET ${PROFILE} with the family's newest access token`);
		r.ctx.expect.equal((reply.body as { email?: unknown } | undefined)?.email, r.account.email, `${this}: the profile's email`, reply.exchange);
	}
	toString = (): string => `Profile(family ${this.family})`;
}

/** A run's start: a login and one refresh, so that every command has a family and a spent token to act on. */
export const setUp = async (r: Real): Promise<Model> => {
	const m: Model = { families: [] };
	for (const step of [new Login(), new RefreshLive(0)]) await step.run(m, r);
	return m;
};

const index = fc.nat({ max: 5 });

export const commandArbitraries: Array<fc.Arbitrary<Command>> = [
	fc.constant(new Login()),
	index.map((f) => new RefreshLive(f)),
	fc.tuple(index, index).map(([f, t]) => new RefreshSpent(f, t)),
	index.map((f) => new Profile(f)),
];
