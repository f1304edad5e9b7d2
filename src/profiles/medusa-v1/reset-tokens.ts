// Medusa v1's password-reset tokens (medusa-v1-observed.md facts 36, 39): an HS256 JWT, header
// `{"alg":"HS256","typ":"JWT"}`, payload `{customer_id, exp, iat}` in that order, valid 900 s (the
// policy's resetTokens.ttlSeconds) and only until the password changes, because its key depends on the password hash. Upstream keys it
// with the stored hash alone, so whoever reads the database can mint tokens; here the key is an HMAC
// of the hash under the server's JWT secret (N8), which keeps "valid until the password changes".
import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { toEpochSeconds } from "../../core/clock.ts";

const keyOf = (secret: string, passwordHash: string): Uint8Array => createHmac("sha256", secret).update(passwordHash, "utf8").digest();

export const issueResetToken = (secret: string, customerId: string, passwordHash: string, now: number, ttlSeconds: number): Promise<string> => {
	const iat = toEpochSeconds(now);
	return new SignJWT({ customer_id: customerId, exp: iat + ttlSeconds, iat })
		.setProtectedHeader({ alg: "HS256", typ: "JWT" })
		.sign(keyOf(secret, passwordHash));
};

/** Whether `token` is a live reset token of this customer under its current password hash. */
export const isResetTokenOf = async (secret: string, token: string, customerId: string, passwordHash: string, now: number): Promise<boolean> => {
	try {
		const { payload } = await jwtVerify(token, keyOf(secret, passwordHash), {
			algorithms: ["HS256"],
			currentDate: new Date(now),
			requiredClaims: ["exp"],
		});
		return payload.customer_id === customerId;
	} catch {
		return false;
	}
};
