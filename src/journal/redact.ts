// What the journal must never show: passwords, tokens, secret keys, session cookies, OAuth codes.
// A storefront developer still sees which credential was sent (the scheme, the cookie's name, the
// field) and the caller note says whose it was; publishable keys stay, being public by design
// (FACTS.md §A.10: they identify a sales channel, not a person).

const REDACTED = "[redacted]";

/** Field and parameter names whose values are secrets, in any letter case. */
const SECRET_NAME = /pass(word)?|token|secret|^code$|^authorization$/i;

const redactCookiePairs = (header: string, separator: string): string =>
	header
		.split(separator)
		.map((pair) => {
			const equals = pair.indexOf("=");
			return equals === -1 ? pair : `${pair.slice(0, equals)}=${REDACTED}`;
		})
		.join(separator);

/** A Set-Cookie keeps its name and attributes (Path, Expires, HttpOnly…), not its value. */
const redactSetCookie = (header: string): string => {
	const semicolon = header.indexOf(";");
	const pair = semicolon === -1 ? header : header.slice(0, semicolon);
	return redactCookiePairs(pair, ";") + (semicolon === -1 ? "" : header.slice(semicolon));
};

const redactHeader = (name: string, value: string): string => {
	if (name === "authorization") return value.replace(/^(\S+\s+).*$/s, `$1${REDACTED}`).replace(/^\S+$/, REDACTED);
	if (name === "cookie") return redactCookiePairs(value, "; ");
	if (name === "set-cookie") return redactSetCookie(value);
	// A provider sends the browser back with its authorization code in the query.
	if (name === "location") return redactedUrl(value);
	return value;
};

/** Headers as a plain object, each secret one redacted; several Set-Cookie headers stay apart, one per line. */
export const redactedHeaders = (headers: Headers): Record<string, string> => {
	const kept: Record<string, string> = {};
	for (const [name, value] of headers) if (name !== "set-cookie") kept[name] = redactHeader(name, value);
	const cookies = headers.getSetCookie();
	if (cookies.length > 0) kept["set-cookie"] = cookies.map(redactSetCookie).join("\n");
	return kept;
};

const redactParams = (params: URLSearchParams): URLSearchParams => {
	for (const name of new Set(params.keys())) if (SECRET_NAME.test(name)) params.set(name, REDACTED);
	return params;
};

/** A query string (with its `?`) with secret parameters redacted. */
export const redactedQuery = (search: string): string => {
	if (search === "" || search === "?") return "";
	return `?${redactParams(new URLSearchParams(search)).toString()}`;
};

const redactJson = (value: unknown): unknown => {
	if (Array.isArray(value)) return value.map(redactJson);
	if (typeof value !== "object" || value === null) return value;
	return Object.fromEntries(
		Object.entries(value).map(([name, entry]) => [name, SECRET_NAME.test(name) && entry !== null && entry !== "" ? REDACTED : redactJson(entry)]),
	);
};

/** A URL, absolute or not, with secret query parameters redacted. */
const redactedUrl = (url: string): string => {
	const question = url.indexOf("?");
	if (question === -1) return url;
	const hash = url.indexOf("#", question);
	const query = url.slice(question, hash === -1 ? undefined : hash);
	return url.slice(0, question) + redactedQuery(query) + (hash === -1 ? "" : url.slice(hash));
};

/** A body's text with secret fields redacted: JSON and form bodies by field name; other text as is. */
export const redactedBody = (text: string, contentType: string | null): string => {
	if (contentType?.includes("application/x-www-form-urlencoded")) return redactParams(new URLSearchParams(text)).toString();
	try {
		return JSON.stringify(redactJson(JSON.parse(text)));
	} catch {
		return text;
	}
};
