// Token helpers for the bearer, expiry and refresh checks: forging tokens from a real one without
// the target's secret (alg none, another secret, one changed character), reading iat/exp, moving the clock.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { decodeClaims, me, storeHeaders } from "../flows.ts";
import { freshCustomer } from "../register/support.ts";

export const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const encode = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

/** The protected header of a JWT, or undefined when it is not one. */
export const decodeHeader = (token: string): Record<string, unknown> | undefined => {
	try {
		return JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
	} catch {
		return undefined;
	}
};

/** The same payload segment, byte for byte, under `{"alg":"none","typ":"JWT"}` and an empty signature. */
export const withAlgNone = (token: string): string => `${encode('{"alg":"none","typ":"JWT"}')}.${token.split(".")[1] ?? ""}.`;

/** The same header and payload segments, signed with HS256 under `secret`. */
export const resignedWith = async (token: string, secret: string): Promise<string> => {
	const [header = "", payload = ""] = token.split(".");
	const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
	const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${header}.${payload}`));
	return `${header}.${payload}.${Buffer.from(mac).toString("base64url")}`;
};

/** A secret no target can have: fresh random bytes. */
export const strangerSecret = (): string => `not-the-target-secret-${crypto.randomUUID()}`;

/** A fresh customer's login token, checked to authenticate GET /store/customers/me first. */
export const workingToken = async (ctx: CheckContext): Promise<string> => {
	const customer = await freshCustomer(ctx);
	ctx.expect.status(await me(ctx, customer.token), 200, "the untouched login token on GET /store/customers/me");
	return customer.token;
};

/** GET /store/customers/me with this exact Authorization header (or none) and the publishable key. */
export const meWithAuthorization = (ctx: CheckContext, authorization: string | undefined): Promise<Reply> =>
	ctx.request({
		path: "/store/customers/me",
		headers: authorization === undefined ? storeHeaders(ctx) : { ...storeHeaders(ctx), authorization },
		useJar: false,
	});

/** `iat` and `exp` of a token, asserted to be whole seconds. */
export const timesOf = (ctx: CheckContext, token: string, what: string): { iat: number; exp: number } => {
	const claims = decodeClaims(token);
	const iat = claims?.iat;
	const exp = claims?.exp;
	ctx.expect.that(Number.isInteger(iat) && Number.isInteger(exp), `${what}: expected integer iat and exp claims`, { actual: claims });
	return { iat: iat as number, exp: exp as number };
};

/** The token lifetime the target should use: upstream's 1 day (observed 12), or the --token-ttl it was started with. */
export const expectedLifetime = (ctx: CheckContext): number => ctx.config.tokenTtlSeconds ?? 86_400;

/** Sets the target's clock (control-clock) to an instant in whole seconds since the epoch. */
export const setClockToSecond = async (ctx: CheckContext, epochSeconds: number): Promise<void> => {
	const control = ctx.control;
	ctx.expect.that(control !== undefined, "this check needs the control clock");
	await control.setTo(epochSeconds * 1000);
};
