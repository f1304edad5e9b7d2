// Whether a password logs in, and a refusal of any 4xx: what the register, change-password,
// validation and reset-password checks assert after they set or fail to set a password.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { type Account, LOGIN, login, sessionOf } from "../flows.ts";

type Credentials = Pick<Account, "email" | "password">;

/** The answer's JSON object, or {} when it is none. */
export const fieldsOf = (reply: Reply): Record<string, unknown> =>
	typeof reply.body === "object" && reply.body !== null && !Array.isArray(reply.body) ? (reply.body as Record<string, unknown>) : {};

/** Fails unless `reply` is a 4xx: the statuses of change/forgot/reset errors are not documented (FACTS.md §D). */
export const expectClientError = (ctx: CheckContext, reply: Reply, what: string): void =>
	ctx.expect.that(reply.status >= 400 && reply.status < 500, `${what}: expected a 4xx, got ${reply.status}`, {
		expected: "a 4xx status",
		actual: reply.status,
		exchange: reply.exchange,
	});

/** Fails unless `reply` is a 2xx: change/forgot/reset answer bodies are not documented (contracts README). */
export const expectSuccess = (ctx: CheckContext, reply: Reply, what: string): void =>
	ctx.expect.that(reply.status >= 200 && reply.status < 300, `${what}: expected a 2xx, got ${reply.status}`, {
		expected: "a 2xx status",
		actual: reply.status,
		exchange: reply.exchange,
	});

/** Fails unless the credentials log in: 200 with tokens (seed 003). */
export const expectLogsIn = async (ctx: CheckContext, credentials: Credentials, what: string): Promise<void> =>
	void sessionOf(ctx, await login(ctx, credentials), `${what}: POST ${LOGIN}`);

/** Fails unless the credentials are refused: a 4xx holding no access token. */
export const expectLoginRefused = async (ctx: CheckContext, credentials: Credentials, what: string): Promise<void> => {
	const reply = await login(ctx, credentials);
	expectClientError(ctx, reply, `${what}: POST ${LOGIN}`);
	ctx.expect.that(!("accessToken" in fieldsOf(reply)), `${what}: POST ${LOGIN} answered an access token`, { exchange: reply.exchange });
};
