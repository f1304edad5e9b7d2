// One-character changes to a credential, and what the decoded credential looks like after them.
//  - The last character of an unpadded base64url segment carries unused low bits (RFC 4648 §3.5), so
//    three other characters there decode to the same signature bytes. Upstream Medusa still refuses
//    them: jsonwebtoken → jws → jwa's HMAC verify compares the base64url *text* of the signature, and
//    jws's JWS_REGEX refuses `=` padding. So for tokens every change must be refused; `sameJws` only
//    tells the test which changes are the subtle ones.
//  - A cookie value's percent-escapes decode case-insensitively (`%3A` = `%3a`): express-session
//    reads the decoded value (the `cookie` package), so such a change is the same cookie upstream too.
import fc from "fast-check";

export interface Mutation {
	index: number;
	replacement: string;
}

export const BASE64URL_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
// Outside base64url: standard base64, padding, the JWS separator, whitespace, cookie syntax, escapes.
const OTHER_CHARACTERS = "+/=. %;,\"'\\\t:é";

export const applyMutation = (text: string, { index, replacement }: Mutation): string =>
	text.slice(0, index) + replacement + text.slice(index + 1);

/**
 * Changes of one character of `text` that change the text: any position, plus extra weight on
 * `hotIndices` (segment ends, where the unused bits live), to a base64url character or another one.
 */
export const mutationArb = (text: string, hotIndices: number[], extraCharacters = ""): fc.Arbitrary<Mutation> =>
	fc
		.record({
			index: fc.oneof(fc.nat({ max: text.length - 1 }), fc.constantFrom(...hotIndices)),
			replacement: fc.constantFrom(...BASE64URL_ALPHABET, ...OTHER_CHARACTERS, ...extraCharacters),
		})
		.filter((mutation) => applyMutation(text, mutation) !== text);

/** The bytes of an unpadded base64url segment, ignoring unused trailing bits; undefined if it is not one. */
export const decodeBase64url = (segment: string): number[] | undefined => {
	if (segment.length % 4 === 1) return undefined;
	const bytes: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const character of segment) {
		const value = BASE64URL_ALPHABET.indexOf(character);
		if (value === -1) return undefined;
		buffer = ((buffer << 6) | value) & 0xfff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes.push((buffer >> bits) & 0xff);
		}
	}
	return bytes;
};

/**
 * Whether `mutated` is the same JWS as `original`: header and payload are signed as text (RFC 7515
 * §5.2), so they must be identical; the signature must decode to the same bytes.
 */
export const sameJws = (original: string, mutated: string): boolean => {
	const [header, payload, signature, ...rest] = mutated.split(".");
	const [originalHeader, originalPayload, originalSignature] = original.split(".");
	if (rest.length > 0 || header !== originalHeader || payload !== originalPayload) return false;
	const bytes = decodeBase64url(signature ?? "");
	const originalBytes = decodeBase64url(originalSignature ?? "");
	return bytes !== undefined && originalBytes !== undefined && bytes.join() === originalBytes.join();
};

/** Indices of the first and last characters of each `.`-separated segment, and of the dots. */
export const segmentBoundaries = (text: string): number[] => {
	const indices = new Set<number>([0, text.length - 1]);
	for (let index = 0; index < text.length; index++) {
		if (text[index] === ".") { for (const near of [index - 1, index, index + 1]) indices.add(near); }
	}
	return [...indices].filter((index) => index >= 0 && index < text.length);
};

/**
 * The connect.sid value a server reads from `Cookie: connect.sid=<raw>` (RFC 6265 §5.2: up to the
 * first `;`, spaces and tabs trimmed; then percent-decoded as the `cookie` package and
 * cookie-parser do, keeping the raw text when it is not valid percent-encoding).
 */
export const cookieValueAsRead = (raw: string): string => {
	const value = (raw.split(";")[0] ?? "").replace(/^[ \t]+|[ \t]+$/g, "");
	if (!value.includes("%")) return value;
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
};

/** Hex letters of percent-escapes (`%3A` → positions of `A`), where a change of case decodes the same. */
export const escapeHexLetters = (text: string): number[] => {
	const indices: number[] = [];
	for (const match of text.matchAll(/%([0-9A-Fa-f])([0-9A-Fa-f])/g)) {
		for (const offset of [1, 2]) if (/[A-Fa-f]/.test(text[match.index + offset] ?? "")) indices.push(match.index + offset);
	}
	return indices;
};
