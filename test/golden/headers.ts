// Response headers as the contract sees them: every header must match except the ones Express adds
// that the reference deliberately does not copy (contracts README, medusa-v2 decisions). A header
// the live server adds and the recording lacks (WWW-Authenticate, Retry-After, a CORS header on
// the malformed-JSON 400) is a difference too. Set-Cookie is compared attribute by attribute.
import type { Comparer } from "./normalise.ts";

export const IGNORED_HEADERS: ReadonlySet<string> = new Set([
	"x-powered-by",
	"etag",
	"keep-alive",
	"connection",
	"date",
	"content-length",
	// Framing, like Content-Length: Express streams the v1 middleware's 401 (medusa-v1 fact 2).
	"transfer-encoding",
]);

interface Cookie {
	name: string;
	value: string;
	attributes: Array<[string, string | undefined]>;
}

const parseCookie = (header: string): Cookie => {
	const [pair = "", ...rest] = header.split(/;\s*/);
	const eq = pair.indexOf("=");
	const attributes = rest.map((part): [string, string | undefined] => {
		const at = part.indexOf("=");
		return at < 0 ? [part, undefined] : [part.slice(0, at), part.slice(at + 1)];
	});
	return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
};

/** express-session's value: `s:` + session id + `.` + signature, percent-encoded. */
const SIGNED_VALUE = /^s:([^.]+)\.(.+)$/;

const compareCookieValue = (c: Comparer, where: string, recorded: string, live: string): void => {
	if (recorded === "") {
		if (live !== "") c.miss(`${where} value`, recorded, live);
		return;
	}
	const recordedParts = decodeURIComponent(recorded).match(SIGNED_VALUE);
	const liveParts = decodeURIComponent(live).match(SIGNED_VALUE);
	const sameShape =
		recordedParts !== null &&
		liveParts !== null &&
		recordedParts[1]?.length === liveParts[1]?.length &&
		recordedParts[2]?.length === liveParts[2]?.length;
	if (!sameShape) c.miss(`${where} value (s:<id>.<signature>)`, recorded, live);
	c.bindings.bind("cookie", recorded, live);
};

const compareCookie = (c: Comparer, where: string, recorded: string, live: string, recordedDateMs: number, liveNowMs: number): void => {
	const expected = parseCookie(recorded);
	const actual = parseCookie(live);
	c.value(`${where} name`, expected.name, actual.name);
	compareCookieValue(c, where, expected.value, actual.value);
	const names = (cookie: Cookie): string => cookie.attributes.map(([name]) => name).join("; ");
	if (names(expected) !== names(actual)) c.miss(`${where} attributes (in order)`, names(expected), names(actual));
	for (const [name, value] of expected.attributes) {
		const liveValue = actual.attributes.find(([liveName]) => liveName.toLowerCase() === name.toLowerCase())?.[1];
		const recordedExpires = name.toLowerCase() === "expires" && value !== undefined ? Date.parse(value) : Number.NaN;
		// A future Expires is compared as a lifetime from the response time (Date header vs the live
		// clock); a past one (the clearing cookie's 1970 date) literally.
		if (recordedExpires > recordedDateMs && liveValue !== undefined) {
			const recordedSeconds = (recordedExpires - recordedDateMs) / 1000;
			const liveSeconds = (Date.parse(liveValue) - Math.floor(liveNowMs / 1000) * 1000) / 1000;
			if (recordedSeconds !== liveSeconds) c.miss(`${where} Expires − response time (s)`, recordedSeconds, liveSeconds);
		} else if (value !== liveValue) c.miss(`${where} ${name}`, value, liveValue);
	}
};

export const compareHeaders = (
	c: Comparer,
	where: string,
	recorded: Array<[string, string]>,
	live: Headers,
	liveNowMs: number,
): void => {
	const expected = new Map<string, string>();
	const expectedCookies: string[] = [];
	let recordedDateMs = Number.NaN;
	for (const [rawName, value] of recorded) {
		const name = rawName.toLowerCase();
		if (name === "date") recordedDateMs = Date.parse(value);
		if (name === "set-cookie") expectedCookies.push(value);
		else if (!IGNORED_HEADERS.has(name)) expected.set(name, expected.has(name) ? `${expected.get(name)}, ${value}` : value);
	}
	const actual = new Map<string, string>();
	live.forEach((value, name) => {
		if (name !== "set-cookie" && !IGNORED_HEADERS.has(name)) actual.set(name, value);
	});
	for (const name of new Set([...expected.keys(), ...actual.keys()]))
		if (expected.get(name) !== actual.get(name)) c.miss(`${where} header ${name}`, expected.get(name), actual.get(name));

	const liveCookies = live.getSetCookie();
	if (liveCookies.length !== expectedCookies.length)
		c.miss(`${where} Set-Cookie count`, expectedCookies.join(" | ") || "(none)", liveCookies.join(" | ") || "(none)");
	expectedCookies.forEach((cookie, i) => {
		const liveCookie = liveCookies[i];
		if (liveCookie !== undefined) compareCookie(c, `${where} Set-Cookie[${i}]`, cookie, liveCookie, recordedDateMs, liveNowMs);
	});
};
