// Request bodies as Express's json and urlencoded parsers read them: JSON and form bodies become
// objects, an empty body becomes {}, any other content type is ignored (the body is {}, so the
// route's own checks answer), and a body over the limit is refused before it is buffered whole.
import { coreError } from "../core/errors.ts";

/** body-parser's default limit. */
export const BODY_LIMIT_BYTES = 100 * 1024;

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

const parseJson = (text: string): unknown => {
	if (text.trim() === "") return {};
	try {
		return JSON.parse(text);
	} catch (error) {
		const truncated = error instanceof Error && TRUNCATED.test(error.message);
		throw coreError("ERR_MALFORMED_JSON", truncated ? "Unexpected end of JSON input" : "Invalid JSON in request body");
	}
};

/** Repeated keys become arrays, as Express's `qs` makes them. */
const parseForm = (text: string): Record<string, string | string[]> => {
	const form: Record<string, string | string[]> = {};
	for (const [key, value] of new URLSearchParams(text)) {
		const previous = form[key];
		form[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
	}
	return form;
};

/** parseBody as an Elysia parse hook. */
export const parseHook = ({ request, contentType }: { request: Request; contentType: string }): Promise<unknown> =>
	parseBody(request, contentType);

/** A Content-Type's media type, lower-cased, without its parameters. */
export const mediaType = (contentType: string): string => contentType.split(";")[0]?.trim().toLowerCase() ?? "";

/**
 * Express's json parser alone, as Medusa v1 mounts it: only `application/json` (any letter case) is
 * read; a form, `+json` or any other body counts as empty ({}).
 */
export const jsonOnlyParseHook = async ({ request, contentType }: { request: Request; contentType: string }): Promise<unknown> =>
	mediaType(contentType) === "application/json" ? parseJson(await readBounded(request, BODY_LIMIT_BYTES)) : {};

export const parseBody = async (request: Request, contentType: string): Promise<unknown> => {
	const type = mediaType(contentType);
	if (type === "application/json" || type.endsWith("+json")) return parseJson(await readBounded(request, BODY_LIMIT_BYTES));
	if (type === "application/x-www-form-urlencoded") return parseForm(await readBounded(request, BODY_LIMIT_BYTES));
	return {};
};
