// Just enough JWT handling to read recorded tokens and to re-make handcrafted ones: segments are
// kept as bytes where possible, because claim order is part of the contract (observed 01, 08a).
import { createHmac } from "node:crypto";

/** A compact JWS anywhere in a string: the header always starts `{"` (eyJ). The signature may be empty (alg none). */
export const JWT_IN_TEXT = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g;
export const WHOLE_JWT = /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/;

export interface JwtParts {
	header: string;
	payload: string;
	signature: string;
}

export const splitJwt = (token: string): JwtParts | undefined => {
	const [header, payload, signature, ...rest] = token.split(".");
	if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) return undefined;
	return { header, payload, signature };
};

/** The JSON of one segment, or undefined when it is not base64url JSON. */
export const decodeSegment = (segment: string): unknown => {
	try {
		return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
	} catch {
		return undefined;
	}
};

export const encodeSegment = (value: unknown): string => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

/** The HS256 signature of `header.payload` under `secret`. */
export const hs256 = (signingInput: string, secret: string): string =>
	createHmac("sha256", secret).update(signingInput).digest("base64url");

export const payloadOf = (token: string): Record<string, unknown> | undefined => {
	const parts = splitJwt(token);
	const payload = parts ? decodeSegment(parts.payload) : undefined;
	return typeof payload === "object" && payload !== null && !Array.isArray(payload)
		? (payload as Record<string, unknown>)
		: undefined;
};
