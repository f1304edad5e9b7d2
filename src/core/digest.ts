import { timingSafeEqual } from "node:crypto";

/** SHA-256 of a UTF-8 string, as lower-case hex: how high-entropy secrets (jti, secret keys) are kept. */
export const sha256Hex = async (value: string): Promise<string> =>
	Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value))).toString("hex");

/** Constant-time equality of two hex digests (DESIGN.md: constant-time comparison of secrets). */
export const digestsEqual = (a: string, b: string): boolean => {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
};
