// Steps the third-party login checks share: starting a login at the run's redirect provider and
// reading its location, approving it at the fake provider (control-provider), bringing the
// provider's redirect back to the target's callback, and reading a 401's message.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { oauthProvider } from "../../../profiles/medusa-v2/target.ts";
import { decodeClaims, tokenOf } from "../flows.ts";

/** The run's redirect provider (the check requires oauth-provider). */
export const providerOf = (ctx: CheckContext): string => {
	const provider = oauthProvider(ctx.config);
	ctx.expect.that(provider !== undefined, "this check needs --oauth-provider");
	return provider;
};

export interface Started {
	reply: Reply;
	location: URL;
	state: string;
}

/** The URL of a 200 `{location}` answer, or a failure naming the request (`what`). */
export const locationOf = (ctx: CheckContext, reply: Reply, what: string): URL => {
	ctx.expect.status(reply, 200, what);
	const location = (reply.body as { location?: unknown } | undefined)?.location;
	ctx.expect.that(typeof location === "string" && URL.canParse(location), `${what}: expected {"location": "<URL>"}`, {
		actual: reply.text.slice(0, 300),
		exchange: reply.exchange,
	});
	return new URL(location);
};

/** POST /auth/{actor}/{provider} with `body`: a 200 {location} whose URL carries a state (observed 35). */
export const startLogin = async (ctx: CheckContext, body: unknown = {}, actor = "customer"): Promise<Started> => {
	const path = `/auth/${actor}/${providerOf(ctx)}`;
	const reply = await ctx.request({ method: "POST", path, json: body });
	const location = locationOf(ctx, reply, `POST ${path}`);
	const state = location.searchParams.get("state");
	ctx.expect.that(state !== null && state !== "", `POST ${path}: the location has no state parameter`, { actual: location.toString(), exchange: reply.exchange });
	return { reply, location, state };
};

/** GET /auth/{actor}/{provider}/callback with this query string ("?code=…&state=…", or ""). */
export const callback = (ctx: CheckContext, search: string, actor = "customer", provider = providerOf(ctx)): Promise<Reply> =>
	ctx.request({ path: `/auth/${actor}/${provider}/callback${search}` });

/** Approves a started login at the fake provider; returns the query the provider sends the browser back with. */
export const approveAt = async (ctx: CheckContext, started: Started, as: { account: string } | { email: string; name: string }): Promise<string> => {
	ctx.expect.that(ctx.control !== undefined, "this check needs the control API's provider approval (--control)");
	const { redirect } = await ctx.control.approveLogin(started.location.toString(), as);
	return new URL(redirect).search;
};

/** A new person at the provider, approved: the query their browser comes back with. */
export const approveNewPerson = async (ctx: CheckContext, started: Started, label: string): Promise<{ email: string; search: string }> => {
	const email = ctx.uniqueEmail(label);
	return { email, search: await approveAt(ctx, started, { email, name: "Gate Check" }) };
};

/** A 401 with upstream's `{"type":"unauthorized","message":…}` (observed 35). */
export const expectRefusal = (ctx: CheckContext, reply: Reply, message: string, what: string): void => {
	ctx.expect.status(reply, 401, what);
	ctx.expect.equal(reply.body, { type: "unauthorized", message }, `${what}: body`, reply.exchange);
};

/** The token of a 200 callback, and its claims. */
export const callbackToken = (ctx: CheckContext, reply: Reply, what: string): { token: string; claims: Record<string, unknown> } => {
	const token = tokenOf(ctx, reply, what);
	return { token, claims: decodeClaims(token) ?? {} };
};

/** The message upstream's callback answers when the state is missing, unknown, used or expired (observed 35). */
export const NO_STATE = "No state provided, or session expired";
