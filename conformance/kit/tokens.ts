// Reading, forging and minting JWTs, for checks of any profile: claims are read without trusting
// them (the kit only compares them with what the contract says); tokens are forged from a real one
// without the target's secret (alg none, another secret), minted with the target's own secret
// (--jwt-secret) to test what a server accepts, and outlived by moving the control clock.
import fc from "fast-check";
import { SignJWT } from "jose";
import type { CheckContext } from "./context.ts";

/** One segment of a JWT (0 the header, 1 the payload) as JSON, or undefined when it is not one. */
const decodeSegment = (token: string, index: 0 | 1): Record<string, unknown> | undefined => {
	try {
		return JSON.parse(Buffer.from(token.split(".")[index] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
	} catch {
		return undefined;
	}
};

/** The payload of a JWT, or undefined when it is not one. */
export const decodeClaims = (token: string): Record<string, unknown> | undefined => decodeSegment(token, 1);

/** A token signed with the target's JWT secret (--jwt-secret), with the header and claims given. */
export const mintToken = async (ctx: CheckContext, claims: Record<string, unknown>, alg = "HS256"): Promise<string> => {
	const secret = ctx.config.jwtSecret;
	ctx.expect.that(secret !== undefined, "this check needs --jwt-secret");
	return new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT" }).sign(new TextEncoder().encode(secret));
};

export const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const encode = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

/** The protected header of a JWT, or undefined when it is not one. */
export const decodeHeader = (token: string): Record<string, unknown> | undefined => decodeSegment(token, 0);

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

/** `iat` and `exp` of a token, asserted to be whole seconds. */
export const timesOf = (ctx: CheckContext, token: string, what: string): { iat: number; exp: number } => {
	const claims = decodeClaims(token);
	const iat = claims?.iat;
	const exp = claims?.exp;
	ctx.expect.that(Number.isInteger(iat) && Number.isInteger(exp), `${what}: expected integer iat and exp claims`, { actual: claims });
	return { iat: iat as number, exp: exp as number };
};

/** Sets the target's clock (control-clock) to an instant in whole seconds since the epoch. */
export const setClockToSecond = async (ctx: CheckContext, epochSeconds: number): Promise<void> => {
	const control = ctx.control;
	ctx.expect.that(control !== undefined, "this check needs the control clock");
	await control.setTo(epochSeconds * 1000);
};

/** One character of a token changed: which segment, where in it, and to which other character. */
export interface CharacterChange {
	segment: 0 | 1 | 2;
	/** Where in the segment, as a fraction of its length. */
	at: number;
	/** How far along BASE64URL the replacement is from the original character. */
	shift: number;
}

export const characterChange: fc.Arbitrary<CharacterChange> = fc.record({
	segment: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
	at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
	shift: fc.integer({ min: 1, max: BASE64URL.length - 1 }),
});

const sameBytes = (a: string, b: string): boolean => Buffer.from(a, "base64url").equals(Buffer.from(b, "base64url"));

/**
 * `token` with one character changed, and a description of where; undefined when the change is no
 * change. The last signature character carries spare bits: a change there may decode to the same
 * MAC, which is the same signature, and the rule such a check states is about a different token.
 */
export const withCharacterChanged = (token: string, { segment, at, shift }: CharacterChange): { forged: string; where: string } | undefined => {
	const segments = token.split(".");
	const original = segments[segment] ?? "";
	const index = Math.floor(at * original.length);
	const replaced = BASE64URL[(BASE64URL.indexOf(original[index] ?? "A") + shift) % BASE64URL.length] ?? "A";
	const altered = original.slice(0, index) + replaced + original.slice(index + 1);
	if (segment === 2 && sameBytes(altered, original)) return undefined;
	const forged = segments.map((part, i) => (i === segment ? altered : part)).join(".");
	return { forged, where: `${["header", "payload", "signature"][segment]} character ${index}` };
};
