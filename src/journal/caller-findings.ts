// What a profile's caller note (Profile.describeCaller) is built from: each credential a request
// carries adds whom it names or what is wrong with it. The session and bearer readings are the
// same for every profile that has them; the profile says what claims mean and which credentials count.
import type { Session, SessionStore } from "../core/sessions.ts";
import type { Claims, TokenSigner } from "../core/tokens.ts";
import { tokenVerdict } from "../core/token-verdict.ts";
import { bearerToken } from "../http/credentials.ts";
import { SESSION_COOKIE, sessionCookieValue } from "../http/session-cookie.ts";
import type { CallerNote } from "./entry.ts";

export class CallerFindings {
	readonly who: string[] = [];
	readonly problems: string[] = [];
	/** Whether the request carried a credential naming a person (a publishable key names none). */
	#credentialSeen = false;

	sawCredential(): void {
		this.#credentialSeen = true;
	}

	/** No credential at all, where the route needs one: the refusal says so rather than nothing. */
	noneWhereNeeded(needed: boolean): void {
		if (needed && !this.#credentialSeen) this.problems.push("no credentials sent (no session cookie, no bearer token)");
	}

	note(): CallerNote {
		return {
			...(this.who.length > 0 ? { who: this.who.join(", ") } : {}),
			...(this.problems.length > 0 ? { refusal: this.problems.join("; ") } : {}),
		};
	}
}

export interface SessionLookup {
	sessionId(cookieHeader: string, secret: string): string | undefined;
	cookieSecret: string;
	sessions: SessionStore;
}

/** The live session of the request's connect.sid; a cookie that names none is a problem, no cookie is nothing. */
export const findSession = (lookup: SessionLookup, request: Request, now: number, found: CallerFindings): Session | undefined => {
	const cookies = request.headers.get("cookie");
	if (cookies === null || sessionCookieValue(cookies) === undefined) return undefined;
	found.sawCredential();
	const id = lookup.sessionId(cookies, lookup.cookieSecret);
	if (id === undefined) {
		found.problems.push(`${SESSION_COOKIE} signature does not verify (another COOKIE_SECRET, or altered)`);
		return undefined;
	}
	const session = lookup.sessions.get(id, now);
	if (!session) found.problems.push(`${SESSION_COOKIE} names no live session (expired, logged out, or from an earlier run)`);
	return session;
};

/** The request's bearer token with its verified claims; a token that does not verify is a problem saying why. */
export const findBearer = async (signer: TokenSigner, request: Request, now: number, found: CallerFindings): Promise<{ token: string; claims: Claims } | undefined> => {
	const token = bearerToken(request.headers.get("authorization"));
	if (token === undefined) return undefined;
	found.sawCredential();
	const verdict = await tokenVerdict(signer, token, now);
	if ("claims" in verdict) return { token, claims: verdict.claims };
	found.problems.push(`bearer ${verdict.problem}`);
	return undefined;
};
