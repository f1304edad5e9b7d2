// Token steps the bearer checks share: a fresh customer's working store JWT, and GET
// /store/customers/me with an exact Authorization header.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { customerToken, me, newCustomer } from "../flows.ts";

/** A fresh customer's access_token, checked to authenticate GET /store/customers/me first. */
export const workingToken = async (ctx: CheckContext): Promise<string> => {
	const token = await customerToken(ctx, await newCustomer(ctx));
	ctx.expect.status(await me(ctx, { bearer: token }), 200, "the untouched access_token on GET /store/customers/me");
	return token;
};

/** GET /store/customers/me with this exact Authorization header, or none. */
export const meWithAuthorization = (ctx: CheckContext, authorization: string | undefined): Promise<Reply> =>
	me(ctx, { headers: authorization === undefined ? {} : { authorization } });
