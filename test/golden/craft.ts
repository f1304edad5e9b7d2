// Handcrafted tokens of the recording (observed 05d, 05e, 05f, 05j, 07, 08c) re-made for the live
// server the way the observations describe them, so that each still tests what it tested upstream:
//   alg "none" with the claims of a real token  -> the live token's claims, no signature;
//   signed with the recording's JWT_SECRET       -> the same claims (ids made live) signed with ours;
//   a real token with a character of its signature changed -> the live token, same positions changed;
//   the claims of a real token under another secret -> the live claims under another secret.
// Times stay as recorded: the replay's clock stands at the recording's time, so "expired an hour
// ago" and "not yet expired" keep their meaning.
import { decodeSegment, encodeSegment, hs256, splitJwt } from "./jwt.ts";

const ANOTHER_SECRET = "gatecheck-golden-not-the-server-secret";

export interface CraftSources {
	/** JWT_SECRET of the recording server (its observed doc); it tells crafted tokens from forged ones. */
	recordingSecret: string;
	liveSecret: string;
	/** Recorded tokens the live server has issued a counterpart of, as [recorded, live]. */
	boundTokens: Iterable<[string, string]>;
	/** A recorded claim string in live terms (ids, e-mails). */
	liveValue(recorded: string): string;
}

const mapStrings = (value: unknown, map: (text: string) => string): unknown => {
	if (typeof value === "string") return map(value);
	if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
	if (typeof value === "object" && value !== null)
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
	return value;
};

/** Positions where two equally long strings differ. */
const differences = (a: string, b: string): number[] =>
	Array.from(a, (char, i) => i).filter((i) => a[i] !== b[i]);

/** `live` changed at `positions` to the recorded characters, or to another one where they coincide. */
const alterLike = (live: string, recorded: string, positions: number[]): string => {
	const chars = Array.from(live);
	for (const i of positions) {
		const wanted = recorded[i] ?? "A";
		chars[i] = chars[i] === wanted ? (wanted === "A" ? "B" : "A") : wanted;
	}
	return chars.join("");
};

/** The live counterpart of a recorded token that no live exchange issued, or undefined when it is not a JWT. */
export const craftToken = (recorded: string, sources: CraftSources): string | undefined => {
	const parts = splitJwt(recorded);
	const header = parts ? decodeSegment(parts.header) : undefined;
	const claims = parts ? decodeSegment(parts.payload) : undefined;
	if (!parts || typeof header !== "object" || header === null || claims === undefined) return undefined;

	// A real token carrying the same claims: derive from its live counterpart.
	let sibling: { recorded: string; live: string } | undefined;
	for (const [boundRecorded, boundLive] of sources.boundTokens)
		if (splitJwt(boundRecorded)?.payload === parts.payload) sibling = { recorded: boundRecorded, live: boundLive };
	const siblingLive = sibling ? splitJwt(sibling.live) : undefined;
	const livePayload = siblingLive?.payload ?? encodeSegment(mapStrings(claims, (text) => sources.liveValue(text)));

	if ("alg" in header && header.alg === "none") return `${parts.header}.${livePayload}.`;
	const signingInput = `${parts.header}.${livePayload}`;
	if (hs256(`${parts.header}.${parts.payload}`, sources.recordingSecret) === parts.signature)
		return `${signingInput}.${hs256(signingInput, sources.liveSecret)}`;

	const siblingRecorded = sibling ? splitJwt(sibling.recorded) : undefined;
	if (siblingLive && siblingRecorded && siblingRecorded.header === parts.header) {
		const changed = differences(siblingRecorded.signature, parts.signature);
		const sameLength = siblingRecorded.signature.length === parts.signature.length;
		// A few characters changed is a tampered signature; a wholly different one is another secret.
		if (sameLength && changed.length > 0 && changed.length <= 2)
			return `${siblingLive.header}.${siblingLive.payload}.${alterLike(siblingLive.signature, parts.signature, changed)}`;
	}
	return `${signingInput}.${hs256(signingInput, ANOTHER_SECRET)}`;
};
