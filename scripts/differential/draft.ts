// What every step draft shares: a draft is a fast-check value that becomes a Step once it knows
// the steps before it (so "the token of step k" always names a step that can produce one), plus
// the variants several routes take: who is named, which credentials, key, origin and auth.
import fc from "fast-check";
import { ADMIN_EMAIL, ADMIN_PASSWORD, KEY, type ProgramFacts, type RefKind, ref, type Step, type StepRequest } from "./steps.ts";

export interface DraftContext {
	facts: ProgramFacts;
	/** The steps before this one. */
	steps: readonly Step[];
	/** A previous step that produces `kind`, chosen by `n`; undefined when none does. */
	pick(kind: RefKind, n: number): number | undefined;
}

/** One step, or a step with the step it needs first (an admin list with no admin login before it). */
export type Draft = (ctx: DraftContext) => Step | [Step, Step];

export type Who = "self" | "other" | "ghost" | "upper-case self" | "admin";

export const emailOf = (facts: ProgramFacts, who: Who): string => {
	switch (who) {
		case "self":
			return facts.self;
		case "other":
			return facts.other;
		case "ghost":
			return facts.ghost;
		case "upper-case self":
			// Medusa's identities are case-sensitive (observed 13): a real difference if a server folds case.
			return facts.self.toUpperCase();
		case "admin":
			return ADMIN_EMAIL;
	}
};

export type Credential = "right password" | "wrong password" | "new password" | "other password";

export const passwordOf = (facts: ProgramFacts, credential: Credential, who: Who): string => {
	if (credential === "right password") return who === "admin" ? ADMIN_PASSWORD : facts.password;
	if (credential === "wrong password") return `${facts.password}-wrong`;
	if (credential === "new password") return newPassword(facts);
	return `${facts.password}-other`;
};

/** The password a reset sets, so that a later login can tell whether it took. */
export const newPassword = (facts: ProgramFacts): string => `${facts.password}-new`;

/** A known and an unknown actor type, and a provider that does not exist (reference choice). */
export const actorArb = fc.constantFrom("customer", "customer", "customer", "user", "seller");
export const providerArb = fc.constantFrom("emailpass", "emailpass", "emailpass", "emailpass", "google");

export type KeyChoice = "own key" | "no key" | "invalid key" | "unknown key";
/** Mostly the server's own key, so that most store requests get past the key check to their route. */
export const keyArb = fc.constantFrom<KeyChoice>("own key", "own key", "own key", "own key", "own key", "own key", "no key", "invalid key", "unknown key");

export const keyHeaders = (choice: KeyChoice): Record<string, string> => {
	if (choice === "own key") return { "x-publishable-api-key": KEY };
	if (choice === "invalid key") return { "x-publishable-api-key": "pk_invalid" };
	// Well-formed, but no server has it (observed 05h).
	if (choice === "unknown key") return { "x-publishable-api-key": `pk_${"0".repeat(64)}` };
	return {};
};

/** Mostly none; an origin each CORS list of the recording allows, and one none allows. */
export const originArb = fc.constantFrom<string | undefined>(undefined, undefined, undefined, "http://localhost:8000", "http://evil.example");
export const originHeaders = (origin: string | undefined): Record<string, string> => (origin ? { origin } : {});

type AuthVia = "bearer" | "lower-case bearer" | "cookie" | "none" | "garbage bearer";
export interface AuthChoice {
	via: AuthVia;
	n: number;
}
export const authArb: fc.Arbitrary<AuthChoice> = fc.record({
	via: fc.constantFrom<AuthVia>("bearer", "bearer", "bearer", "bearer", "bearer", "cookie", "cookie", "none", "garbage bearer", "lower-case bearer"),
	n: fc.nat(40),
});

/** The auth headers of a choice and how to say it; a reference with no step to point at becomes no auth. */
export const authHeaders = (ctx: DraftContext, choice: AuthChoice, kind: RefKind = "token"): { headers: Record<string, string>; label: string } => {
	if (choice.via === "garbage bearer") return { headers: { authorization: "Bearer not-a-token" }, label: "garbage bearer" };
	if (choice.via === "cookie") {
		const step = ctx.pick("cookie", choice.n);
		if (step !== undefined) return { headers: { cookie: `connect.sid=${ref("cookie", step)}` }, label: `cookie of step ${step}` };
	} else if (choice.via !== "none") {
		const step = ctx.pick(kind, choice.n) ?? ctx.pick("token", choice.n);
		const scheme = choice.via === "bearer" ? "Bearer" : "bearer";
		if (step !== undefined) return { headers: { authorization: `${scheme} ${ref("token", step)}` }, label: `${choice.via} of step ${step}` };
	}
	return { headers: {}, label: "no auth" };
};

export const jsonRequest = (method: string, path: string, headers: Record<string, string>, json: unknown): StepRequest => ({
	method,
	path,
	headers: { "content-type": "application/json", ...headers },
	body: { json },
});

/** `op (variant, variant)`, leaving out the variants that are not there. */
export const labelOf = (op: string, ...variants: Array<string | undefined>): string => {
	const parts = variants.filter((part): part is string => Boolean(part));
	return parts.length > 0 ? `${op} (${parts.join(", ")})` : op;
};
