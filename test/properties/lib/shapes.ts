// The response rules every request must satisfy, whatever it sends (medusa-v2-observed.md, "Error
// body shapes seen" and the table). A violation is a string naming the rule and quoting the response,
// so that fast-check's report carries it next to the counterexample.

export interface Observed {
	status: number;
	contentType: string | null;
	text: string;
}

export const observe = async (response: Response): Promise<Observed> => ({
	status: response.status,
	contentType: response.headers.get("content-type"),
	text: await response.text(),
});

const JSON_TYPE = "application/json; charset=utf-8";
export const UNAUTHORIZED_BODY = '{"message":"Unauthorized"}';
const MIDDLEWARE_MESSAGES = [
	"Unauthorized",
	"MFA verification is required to complete this request",
	"A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead (Authorization: Basic <secret-api-key>).",
];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

// `type` of the `{type, message}` shape and the statuses it comes with: unauthorized 401 (observed
// 02, 04b–04g, 08b–08f), not_allowed 400 (05g, 05h, 10), invalid_data 400 (08a, 15–17), not_found 404 (16).
const TYPED_STATUSES: Record<string, number[]> = {
	unauthorized: [401],
	not_allowed: [400],
	invalid_data: [400],
	not_found: [404],
};

/** Express's 404 page for a route it does not have (observed 15, 21). */
const EXPRESS_NOT_FOUND = /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error<\/title>\n<\/head>\n<body>\n<pre>Cannot [A-Z]+ [^<]*<\/pre>\n<\/body>\n<\/html>\n$/;

const errorShapeViolation = (status: number, body: Record<string, unknown>): string | undefined => {
	const keys = Object.keys(body).join(",");
	if (!Object.values(body).every((value) => typeof value === "string" && value !== "")) {
		return "every value of an error body is a non-empty string";
	}
	switch (keys) {
		case "message": // auth middleware (observed 03, 05b–05j, 06, 07, 09b, 09c), its MFA and secret-key-as-bearer refusals (24, 25)
			return status === 401 && MIDDLEWARE_MESSAGES.includes(String(body.message))
				? undefined
				: '{"message"} is only the auth middleware\'s 401';
		case "type,message": {
			const statuses = TYPED_STATUSES[String(body.type)];
			if (!statuses) return `{"type","message"} with an undocumented type ${String(body.type)}`;
			return statuses.includes(status) ? undefined : `type ${String(body.type)} comes with ${statuses.join("/")}`;
		}
		case "message,type": // body-parser: malformed JSON 400 (observed 04e, 18), too large 413 (20), a charset 415 (18)
			return (status === 400 && body.type === "invalid_data") || ([413, 415].includes(status) && body.type === "unknown_error")
				? undefined
				: '{"message","type"} is only body-parser\'s 400 invalid_data, or its 413 or 415 unknown_error';
		case "code,type,message": // the duplicate customer (observed 03)
			return status === 422 && body.code === "invalid_request_error" && body.type === "duplicate_error"
				? undefined
				: '{"code","type","message"} is only the 422 invalid_request_error/duplicate_error';
		default:
			return `undocumented error key set {${keys}}`;
	}
};

const bodyViolation = (method: string, path: string, seen: Observed): string | undefined => {
	const { status, contentType, text } = seen;
	if (status >= 500) return "never a 5xx";
	if (method === "HEAD") return undefined; // a HEAD answer has no body by definition (RFC 9110 §9.3.2)
	// The express `cors` preflight is the only empty answer (observed 14).
	if (status === 204) return method === "OPTIONS" && text === "" ? undefined : "204 only for an empty OPTIONS preflight";
	if (text === "") return "no empty body outside the 204 preflight";
	// reset-password's text/plain `Created` (observed 08a) is the only 201.
	if (status === 201) {
		return /\/reset-password(\?|$)/.test(path) && text === "Created" && contentType === "text/plain; charset=utf-8"
			? undefined
			: '201 only as reset-password\'s text/plain "Created"';
	}
	// Express's own answer to an OPTIONS that is no preflight: the path's methods (observed 21).
	if (method === "OPTIONS" && status === 200 && contentType === "text/html; charset=utf-8")
		return /^[A-Z]+(,[A-Z]+)*$/.test(text) ? undefined : "a text/html OPTIONS answer is Express's method list";
	if (status === 404 && contentType === "text/html; charset=utf-8")
		return EXPRESS_NOT_FOUND.test(text) ? undefined : "a text/html 404 is Express's page";
	// Every other documented answer is JSON ("Headers on every JSON response" and the whole table).
	if (contentType !== JSON_TYPE) return `Content-Type ${JSON_TYPE}`;
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return "the body is valid JSON";
	}
	if (!isRecord(body)) return "the body is a JSON object";
	return status >= 200 && status < 300 ? undefined : errorShapeViolation(status, body);
};

/** Throws, naming the rule and quoting the response, unless `seen` satisfies every rule above. */
export const assertDocumented = (method: string, path: string, seen: Observed): void => {
	const violation = bodyViolation(method, path, seen);
	if (violation !== undefined) {
		throw new Error(`${violation}: ${method} ${path} -> ${seen.status} [${seen.contentType}] ${JSON.stringify(seen.text)}`);
	}
};
