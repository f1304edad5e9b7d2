// Evidence goes into reports that people paste into issues, so secrets are masked unless the user
// asks for them: credentials headers, cookies, API keys, JWTs and password fields in bodies.
import type { Exchange } from "./http.ts";

const SECRET_HEADERS = new Set(["authorization", "cookie", "set-cookie", "x-publishable-api-key"]);
const JWT = /eyJ[\w-]*\.[\w-]*\.[\w-]*/g;
const API_KEY = /\b(sk|pk)_[0-9a-f]{8,}/g;
const PASSWORD_FIELD = /("password"\s*:\s*)"(?:[^"\\]|\\.)*"|(password=)[^&]*/g;

const maskValue = (value: string): string => (value.length <= 8 ? "[redacted]" : `${value.slice(0, 6)}…[redacted]`);

export const redactText = (text: string): string =>
	text
		.replace(JWT, (token) => `${token.slice(0, 10)}…[redacted JWT]`)
		.replace(API_KEY, (key) => `${key.slice(0, 6)}…[redacted]`)
		.replace(PASSWORD_FIELD, (_match, json?: string, form?: string) => (json ? `${json}"[redacted]"` : `${form}[redacted]`));

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
