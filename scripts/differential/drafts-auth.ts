// Drafts of the /auth routes: register, login (customer and admin), session, logout, refresh,
// password reset request and update.
import fc from "fast-check";
import {
	actorArb,
	authArb,
	authHeaders,
	type Credential,
	type Draft,
	labelOf,
	emailOf,
	jsonRequest,
	newPassword,
	originArb,
	originHeaders,
	passwordOf,
	providerArb,
	type Who,
} from "./draft.ts";
import { type ProgramFacts, RESET_TOKEN, ref, type Step } from "./steps.ts";

export const registerDraft: fc.Arbitrary<Draft> = fc
	.record({
		actor: actorArb,
		provider: providerArb,
		who: fc.constantFrom<Who>("self", "self", "other", "upper-case self"),
		credential: fc.constantFrom<Credential>("right password", "right password", "other password"),
	})
	.map(({ actor, provider, who, credential }) => (ctx) => ({
		label: labelOf("register", actor, provider, who, credential),
		route: `/auth/${actor}/${provider}/register`,
		request: jsonRequest("POST", `/auth/${actor}/${provider}/register`, {}, {
			email: emailOf(ctx.facts, who),
			password: passwordOf(ctx.facts, credential, who),
		}),
		produces: ["token"],
	}));

/** Logins; with `admin`, the admin's credentials too, on any actor (one identity serves every actor, observed 09c). */
export const loginDraft = (admin: boolean): fc.Arbitrary<Draft> =>
	fc
		.record({
			actor: actorArb,
			provider: providerArb,
			who: fc.constantFrom<Who>("self", "self", "self", "other", "ghost", "upper-case self", ...(admin ? (["admin"] as const) : [])),
			credential: fc.constantFrom<Credential>("right password", "right password", "wrong password", "new password"),
			origin: originArb,
		})
		.map(({ actor, provider, who, credential, origin }) => (ctx) => ({
			label: labelOf("login", actor, provider, who, credential, origin && `Origin ${origin}`),
			route: `/auth/${actor}/${provider}`,
			request: jsonRequest("POST", `/auth/${actor}/${provider}`, originHeaders(origin), {
				email: emailOf(ctx.facts, who),
				password: passwordOf(ctx.facts, credential, who),
			}),
			produces: who === "admin" && actor === "user" && provider === "emailpass" ? ["token", "admin-token"] : ["token"],
		}));

export const adminLogin = (facts: ProgramFacts, credential: Credential): Step => ({
	label: labelOf("admin login", credential),
	route: "/auth/user/emailpass",
	request: jsonRequest("POST", "/auth/user/emailpass", {}, { email: emailOf(facts, "admin"), password: passwordOf(facts, credential, "admin") }),
	produces: credential === "right password" ? ["token", "admin-token"] : ["token"],
});

/** The admin's own login, so that the admin lists after it mostly get that far. */
export const adminLoginDraft: fc.Arbitrary<Draft> = fc
	.constantFrom<Credential>("right password", "right password", "right password", "wrong password")
	.map((credential) => (ctx) => adminLogin(ctx.facts, credential));

export const sessionDraft: fc.Arbitrary<Draft> = fc.record({ auth: authArb, origin: originArb }).map(({ auth, origin }) => (ctx) => {
	const { headers, label } = authHeaders(ctx, auth);
	return {
		label: labelOf("open session", label, origin && `Origin ${origin}`),
		route: "/auth/session",
		request: { method: "POST", path: "/auth/session", headers: { ...headers, ...originHeaders(origin) } },
		produces: ["cookie"],
	};
});

export const logoutDraft: fc.Arbitrary<Draft> = authArb.map((auth) => (ctx) => {
	// Logout is by cookie; other auth is the case where there is none.
	const { headers, label } = authHeaders(ctx, auth.via === "bearer" ? { ...auth, via: "cookie" } : auth);
	return { label: labelOf("logout", label), route: "/auth/session", request: { method: "DELETE", path: "/auth/session", headers }, produces: [] };
});

export const refreshDraft: fc.Arbitrary<Draft> = authArb.map((auth) => (ctx) => {
	const { headers, label } = authHeaders(ctx, auth);
	return {
		label: labelOf("refresh token", label),
		route: "/auth/token/refresh",
		request: { method: "POST", path: "/auth/token/refresh", headers },
		produces: ["token"],
	};
});

type ResetBody = "identifier" | "empty object" | "email instead" | "identifier a number" | "unknown field";

const resetRequest = (facts: ProgramFacts, actor: string, who: Who, body: ResetBody): Step => {
	const email = emailOf(facts, who);
	const json =
		body === "identifier" ? { identifier: email }
		: body === "email instead" ? { email }
		: body === "identifier a number" ? { identifier: 1 }
		: body === "unknown field" ? { identifier: email, locale: "da" }
		: {};
	const path = `/auth/${actor}/emailpass/reset-password`;
	return {
		label: labelOf("request password reset", actor, who, body),
		route: path,
		request: jsonRequest("POST", path, {}, json),
		// Only a request that names the address can mail it.
		...(typeof json.identifier === "string" ? { produces: ["mail"], resetRequest: { email, actor } } : { produces: [] }),
	};
};

export const resetRequestDraft: fc.Arbitrary<Draft> = fc
	.record({
		actor: fc.constantFrom("customer", "customer", "customer", "customer", "user", "seller"),
		who: fc.constantFrom<Who>("self", "self", "self", "ghost", "upper-case self", "other"),
		body: fc.constantFrom<ResetBody>("identifier", "identifier", "identifier", "identifier", "empty object", "email instead", "identifier a number", "unknown field"),
	})
	.map(({ actor, who, body }) => (ctx) => resetRequest(ctx.facts, actor, who, body));

type ResetTokenChoice = "token from mail" | "login token" | "garbage token" | "no token";
type UpdateBody = "email and password" | "password only" | "email only" | "other's email and password";

/** Password updates; the token from the reset mail only when both servers have a way to read it. */
export const resetUpdateDraft = (resetMail: boolean): fc.Arbitrary<Draft> =>
	fc
		.record({
			actor: fc.constantFrom("customer", "customer", "customer", "user"),
			token: fc.constantFrom<ResetTokenChoice>(...(resetMail ? (["token from mail", "token from mail", "token from mail"] as const) : []), "login token", "garbage token", "no token"),
			body: fc.constantFrom<UpdateBody>("email and password", "email and password", "password only", "email only", "other's email and password"),
			n: fc.nat(40),
		})
		.map(({ actor, token, body, n }) => (ctx) => {
			const { facts } = ctx;
			// The mail of an earlier reset request, on that request's route; with none, one is asked first.
			const earlier = token === "token from mail" ? ctx.pick("mail", n) : undefined;
			const asked = token === "token from mail" && earlier === undefined ? resetRequest(facts, "customer", "self", "identifier") : undefined;
			const mailStep = asked ? ctx.steps.length : earlier;
			const mail = asked?.resetRequest ?? (earlier !== undefined ? ctx.steps[earlier]?.resetRequest : undefined) ?? { email: facts.self, actor };
			const loginStep = token === "login token" ? ctx.pick("token", n) : undefined;
			const headers: Record<string, string> =
				token === "token from mail" ? { authorization: `Bearer ${RESET_TOKEN}` }
				: loginStep !== undefined ? { authorization: `Bearer ${ref("token", loginStep)}` }
				: token === "garbage token" ? { authorization: "Bearer not-a-token" }
				: {};
			const tokenLabel =
				mailStep !== undefined ? `token mailed after step ${mailStep}`
				: loginStep !== undefined ? `token of step ${loginStep}`
				: token === "login token" ? "no token"
				: token;
			const json =
				body === "password only" ? { password: newPassword(facts) }
				: body === "email only" ? { email: mail.email }
				: { email: body === "email and password" ? mail.email : facts.other, password: newPassword(facts) };
			const routeActor = token === "token from mail" ? mail.actor : actor;
			const path = `/auth/${routeActor}/emailpass/update`;
			const update: Step = {
				label: labelOf("update password", routeActor, tokenLabel, body),
				route: path,
				request: jsonRequest("POST", path, headers, json),
				produces: [],
				...(token === "token from mail" ? { resetToken: mail } : {}),
			};
			return asked ? [asked, update] : update;
		});
