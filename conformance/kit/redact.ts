// Evidence goes into reports that people paste into issues, so secrets are masked unless the user
// asks for them (--show-secrets): credentials headers, cookies, API keys, JWTs, password and token
// fields in bodies and query strings, and every value the run was given as a secret (the JWT
// secret, passwords, keys) wherever it appears, the replay line's flags included.
import type { TargetConfig } from "./config.ts";
import type { Exchange } from "./http.ts";
import type { CheckResult } from "./result.ts";

const SECRET_HEADERS = new Set(["authorization", "cookie", "set-cookie", "x-publishable-api-key"]);
const JWT = /eyJ[\w-]*\.[\w-]*\.[\w-]*/g;
const API_KEY = /\b(sk|pk)_[0-9a-f]{8,}/g;
/** A JSON member or a form/query parameter whose name says it holds a password, a token or a secret. */
const SECRET_FIELD = /("[\w-]*(?:password|token|secret)[\w-]*"\s*:\s*)"(?:[^"\\]|\\.)*"|\b([\w-]*(?:password|token|secret)[\w-]*=)[^&\s"']*/gi;

const maskValue = (value: string): string => (value.length <= 8 ? "[redacted]" : `${value.slice(0, 6)}…[redacted]`);

export const redactText = (text: string): string =>
	text
		.replace(JWT, (token) => `${token.slice(0, 10)}…[redacted JWT]`)
		.replace(API_KEY, (key) => `${key.slice(0, 6)}…[redacted]`)
		.replace(SECRET_FIELD, (_match, json?: string, form?: string) => (json ? `${json}"[redacted]"` : `${form}[redacted]`));

const redactHeader = ([name, value]: [string, string]): [string, string] => {
	const lower = name.toLowerCase();
	if (!SECRET_HEADERS.has(lower)) return [name, value];
	const scheme = value.match(/^(Bearer|Basic)\s+/i)?.[0];
	if (scheme) return [name, `${scheme}${maskValue(value.slice(scheme.length))}`];
	// Cookies keep their names and Set-Cookie its attributes; only the values go.
	const mask = (_match: string, cookie: string): string => `=${maskValue(cookie)}`;
	if (lower === "cookie") return [name, value.replace(/=([^;]*)/g, mask)];
	if (lower === "set-cookie") return [name, value.replace(/=([^;]*)/, mask)];
	return [name, maskValue(value)];
};

export const redactExchange = (exchange: Exchange): Exchange => ({
	...exchange,
	request: {
		...exchange.request,
		headers: exchange.request.headers.map(redactHeader),
		body: exchange.request.body === undefined ? undefined : redactText(exchange.request.body),
	},
	response: exchange.response && {
		...exchange.response,
		headers: exchange.response.headers.map(redactHeader),
		body: redactText(exchange.response.body),
	},
});

/** Given secrets shorter than this are left alone: masking every "abc" in a report would hide what it shows. */
const MIN_SECRET_LENGTH = 4;

/** The values a run was given that are secret: keys, passwords (a profile's credentials too) and the JWT secret. */
export const secretValues = (config: TargetConfig): string[] => {
	const profilePasswords = Object.values(config.profileFields ?? {}).map((value) => (typeof value === "object" ? value.password : undefined));
	const given = [config.publishableKey, config.revokedPublishableKey, config.otherPublishableKey, config.admin?.password, config.secretKey, config.jwtSecret, ...profilePasswords];
	const secrets = given.filter((value): value is string => value !== undefined && value.length >= MIN_SECRET_LENGTH);
	// As typed, as a JSON string holds it, and as a URL or form holds it; the longest first, so that a secret inside another goes with it.
	const forms = secrets.flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
	return [...new Set(forms)].sort((a, b) => b.length - a.length);
};

const maskSecrets = (text: string, secrets: readonly string[]): string => secrets.reduce((masked, secret) => masked.replaceAll(secret, "[redacted]"), text);

/** Every string in `value`, however deep, through `mask`. */
const maskStrings = <T>(value: T, mask: (text: string) => string): T => {
	if (typeof value === "string") return mask(value) as T;
	if (Array.isArray(value)) return value.map((item) => maskStrings(item, mask)) as T;
	if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, mask)])) as T;
	return value;
};

/**
 * A result as reports may show it: its evidence and notes without the run's secrets or anything
 * that looks like a credential. The exchanges were masked field by field already (redactExchange);
 * this catches what reaches a message, an expected or actual value, the curl line or the replay line.
 */
export const redactResult = (result: CheckResult, secrets: readonly string[]): CheckResult => {
	const mask = (text: string): string => redactText(maskSecrets(text, secrets));
	return {
		...result,
		...(result.evidence && { evidence: maskStrings(result.evidence, mask) }),
		...(result.notes && { notes: maskStrings(result.notes, mask) }),
	};
};
