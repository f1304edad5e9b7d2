// Steps the hardening checks share: comparing two answers that must not differ, looking through
// every answer of a flow for secrets, and re-signing a token's claims with another algorithm.
import { SignJWT } from "jose";
import type { CheckContext } from "../../../kit/context.ts";
import type { Exchange, Reply } from "../../../kit/http.ts";
import { decodeClaims } from "../flows.ts";

/** Fails unless both answers have the same status, Content-Type and body bytes. */
export const expectIndistinguishable = (ctx: CheckContext, a: Reply, b: Reply, aWhat: string, bWhat: string): void => {
	const differs = (what: string, x: unknown, y: unknown, exchange: Exchange): void =>
		ctx.expect.equal(y, x, `${what} for ${bWhat} differs from ${aWhat}`, exchange);
	differs("status", a.status, b.status, b.exchange);
	differs("Content-Type", a.headers.get("content-type"), b.headers.get("content-type"), b.exchange);
	differs("body", a.text, b.text, b.exchange);
};

/** How password hashes look: argon2 and bcrypt encodings, scrypt's name, and scrypt-kdf's base64 "scrypt" prefix. */
const HASH_MARKERS: readonly string[] = ["$argon2", "$2a$", "$2b$", "$2y$", "scrypt", "c2NyeXB0"];

const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/** The names of `value`'s keys, at any depth. */
const keysOf = (value: unknown): string[] => {
	if (Array.isArray(value)) return value.flatMap(keysOf);
	if (typeof value !== "object" || value === null) return [];
	return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
};

const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
};

/** What a response leaks: hash markers, the JWT secret, or a field named like a password, in its headers, body, or the payload of any JWT in them. */
export const leaksIn = (exchange: Exchange, jwtSecret: string | undefined): string[] => {
	const response = exchange.response;
	if (!response) return [];
	const texts = [response.body, ...response.headers.map(([name, value]) => `${name}: ${value}`)];
	const payloads = texts.flatMap((text) => [...text.matchAll(JWT)].map((match) => decodeClaims(match[0])));
	const searchable = [...texts, ...payloads.map((payload) => JSON.stringify(payload ?? null))];
	const found = HASH_MARKERS.filter((marker) => searchable.some((text) => text.includes(marker))).map((marker) => `a hash marker "${marker}"`);
	if (jwtSecret && searchable.some((text) => text.includes(jwtSecret))) found.push("the JWT secret");
	const fields = [parseJson(response.body), ...payloads].flatMap(keysOf).filter((key) => /password|passwd|hash/i.test(key));
	found.push(...new Set(fields.map((key) => `a field "${key}"`)));
	return found;
};

/** Fails if any answer the check received so far leaks a password hash, the JWT secret, or a password field. */
export const expectNoLeaks = (ctx: CheckContext): void => {
	for (const exchange of ctx.http.exchanges) {
		const leaks = leaksIn(exchange, ctx.config.jwtSecret);
		ctx.expect.that(leaks.length === 0, `${exchange.request.method} ${new URL(exchange.request.url).pathname} answered ${leaks.join(", ")}`, {
			actual: leaks,
			exchange,
		});
	}
};

/** `token`'s claims, signed again with the target's secret under `alg`. */
export const resign = async (ctx: CheckContext, token: string, alg: string): Promise<string> => {
	const secret = ctx.config.jwtSecret;
	ctx.expect.that(secret !== undefined, "this check needs --jwt-secret");
	const claims = decodeClaims(token);
	ctx.expect.that(claims !== undefined, "the token to re-sign is not a JWT", { actual: token });
	return new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT" }).sign(new TextEncoder().encode(secret));
};
