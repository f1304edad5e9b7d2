// Medusa-style ids: a type prefix and a ULID (`cus_01M80DXKH0CESFSRP4TCHNZ10C`, observed case 03),
// with the ULID's time taken from the injected clock.
import { encodeTime, TIME_LEN, ulid } from "ulid";

export type IdPrefix = "cus" | "cuaddr" | "user" | "authid" | "apk" | "sc" | "prod" | "pvar";

// `ulid(seedTime)` reads the wall clock when seedTime is 0, so the time part is encoded here from
// `now` itself and only the random part is taken from the library.
export const newId = (prefix: IdPrefix, now: number): string =>
	`${prefix}_${encodeTime(now, TIME_LEN)}${ulid().slice(TIME_LEN)}`;

/** Random bytes as lower-case hex: the body of publishable (`pk_`) and secret (`sk_`) key tokens. */
export const randomHex = (bytes: number): string =>
	Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");

/** A URL-safe random string, the shape of express-session ids (24 random bytes, 32 characters). */
export const randomUrlSafe = (bytes: number): string =>
	Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString("base64url");
