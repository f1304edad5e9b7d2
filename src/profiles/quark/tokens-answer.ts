// The answer of a login and of a refresh (seed 003, login: `{accessToken, refreshToken, user}`;
// the refresh answers the same shape, a reference choice).
import type { ActiveAccount } from "./accounts.ts";
import { issueAccessToken } from "./access-tokens.ts";
import type { QuarkRuntime } from "./runtime.ts";
import { userView } from "./views.ts";

export const tokensAnswer = async (rt: QuarkRuntime, { customer, data }: ActiveAccount, refreshToken: string, now: number): Promise<Record<string, unknown>> => ({
	accessToken: await issueAccessToken(rt, customer, data.roles, now),
	refreshToken,
	user: userView(customer, data.roles),
});
