// Request bodies as Express's body parsers read them. Medusa 2.21.2 mounts three (observed 18, 19,
// 20): json (strict: only an object or an array at the root), urlencoded (extended: `qs` keys such
// as `a[0]=x` and `a[b]=y`), and text/plain (a string). An empty body is {}, any other content type
// is ignored (the body is {}, so the route's own checks answer), and a body over the limit is
// refused before it is buffered whole.
import qs from "qs";
import { coreError } from "../core/errors.ts";

/** body-parser's default limit. */
export const BODY_LIMIT_BYTES = 100 * 1024;
/** body-parser's urlencoded parameterLimit: more parameters are refused with 413. */
const FORM_PARAMETER_LIMIT = 1000;
/** body-parser 1.20's urlencoded depth for `qs`. */
const FORM_DEPTH = 32;

const readBounded = async (request: Request, limit: number): Promise<string> => {
	const declared = Number(request.headers.get("content-length") ?? "0");
	if (declared > limit) throw coreError("ERR_BODY_TOO_LARGE", "request entity too large");
	if (!request.body) return "";
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
		size += chunk.byteLength;
		if (size > limit) throw coreError("ERR_BODY_TOO_LARGE", "request entity too large");
		chunks.push(chunk);
	}
	return Buffer.concat(chunks).toString("utf8");
};

// V8 says "Unexpected end of JSON input" for a truncated body (observed 04e); Bun's JavaScriptCore
// says "Unexpected EOF". Both become V8's words so the answer does not depend on the runtime.
const TRUNCATED = /Unexpected end of JSON input|Unexpected EOF/;

/** V8's context width around an unexpected token, and the length below which it quotes the whole text. */
const V8_CONTEXT = 10;
const V8_SHORT = 2 * V8_CONTEXT + 1;

/**
 * body-parser's strict refusal of a root that is not `{` or `[`: it parses the text with every
 * character from the first non-blank one on replaced, and puts the original characters back into
 * V8's message, so the message is V8's "Unexpected token" with the text quoted (observed 18).
 */
const strictViolation = (text: string, first: string): string => {
	const at = text.indexOf(first);
	const quoted =
		text.length <= V8_SHORT
			? `"${text}"`
			: at < V8_CONTEXT
				? `"${text.slice(0, at + V8_CONTEXT)}"...`
				: at < text.length - V8_CONTEXT
					? `..."${text.slice(at - V8_CONTEXT, at + V8_CONTEXT)}"...`
					: `..."${text.slice(at - V8_CONTEXT)}"`;
	return `Unexpected token '${first}', ${quoted} is not valid JSON`;
};

const FIRST_CHAR = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/;

const parseJson = (text: string, strict: boolean): unknown => {
	if (text.trim() === "") return {};
	const first = FIRST_CHAR.exec(text)?.[1];
	if (strict && first !== undefined && first !== "{" && first !== "[") throw coreError("ERR_MALFORMED_JSON", strictViolation(text, first));
	try {
		return JSON.parse(text);
	} catch (error) {
		const truncated = error instanceof Error && TRUNCATED.test(error.message);
		// Reference choice: V8's other parser messages (which name a position) are not reproduced.
		throw coreError("ERR_MALFORMED_JSON", truncated ? "Unexpected end of JSON input" : "Invalid JSON in request body");
	}
};

/** The body-parser's extended form parser: `qs` with its limits. */
const parseForm = (text: string): unknown => {
	if (text === "") return {};
	const parameters = text.split("&").length;
	if (parameters > FORM_PARAMETER_LIMIT) throw coreError("ERR_BODY_TOO_LARGE", "too many parameters");
	return qs.parse(text, {
		allowPrototypes: true,
		arrayLimit: Math.max(100, parameters),
		depth: FORM_DEPTH,
		parameterLimit: FORM_PARAMETER_LIMIT,
	});
};

/** A Content-Type's media type, lower-cased, without its parameters. */
export const mediaType = (contentType: string): string => contentType.split(";")[0]?.trim().toLowerCase() ?? "";

const charsetOf = (contentType: string): string | undefined =>
	/;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType)?.[1]?.toLowerCase();

/** body-parser answers 415 to a charset it cannot decode: json any UTF, the others UTF-8 only. */
const requireCharset = (contentType: string, accepts: (charset: string) => boolean): void => {
	const charset = charsetOf(contentType);
	if (charset !== undefined && !accepts(charset)) throw coreError("ERR_UNSUPPORTED_CHARSET", `unsupported charset "${charset.toUpperCase()}"`);
};

/** Express's json parser alone, not strict, for the profiles that read JSON only: any other body counts as empty ({}). */
export const jsonOnlyParseHook = async ({ request, contentType }: { request: Request; contentType: string }): Promise<unknown> =>
	mediaType(contentType) === "application/json" ? parseJson(await readBounded(request, BODY_LIMIT_BYTES), false) : {};

/** Elysia hands a parse hook the media type alone, so the charset is read from the request. */
export const parseBody = async (request: Request, contentType: string): Promise<unknown> => {
	const type = mediaType(contentType);
	const sent = request.headers.get("content-type") ?? "";
	// body-parser's json parser reads application/json only: a `+json` body is not parsed (observed 18).
	if (type === "application/json") {
		requireCharset(sent, (charset) => charset.startsWith("utf-"));
		return parseJson(await readBounded(request, BODY_LIMIT_BYTES), true);
	}
	if (type === "application/x-www-form-urlencoded") {
		requireCharset(sent, (charset) => charset === "utf-8");
		return parseForm(await readBounded(request, BODY_LIMIT_BYTES));
	}
	if (type === "text/plain") {
		requireCharset(sent, (charset) => charset === "utf-8");
		const text = await readBounded(request, BODY_LIMIT_BYTES);
		return text === "" ? {} : text;
	}
	return {};
};

/** parseBody as an Elysia parse hook. */
export const parseHook = ({ request, contentType }: { request: Request; contentType: string }): Promise<unknown> =>
	parseBody(request, contentType);
