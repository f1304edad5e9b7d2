// Reading a request body as an ASP.NET Core [FromBody] action does: only JSON, and only once the
// endpoint's authorization has passed. Elysia parses before any handler runs, so the parse hook
// keeps what went wrong (malformed JSON, a body over the limit) for the handler to raise in .NET's
// order: 401/403 first, then 415, 413 or 400.
import { type GatecheckError, isGatecheckError } from "../../core/errors.ts";
import { jsonOnlyParseHook, mediaType } from "../../http/body.ts";
import { quarkError } from "./errors.ts";
import { type BodyShape, type Fields, validateBody } from "./validate.ts";

/** A body that could not be read, and why. */
class UnreadBody {
	constructor(readonly error: GatecheckError) {}
}

/** http/body.ts's JSON-only parser, whose refusals wait for the handler. */
export const deferredParseHook = async ({ request, contentType }: { request: Request; contentType: string }): Promise<unknown> => {
	try {
		return await jsonOnlyParseHook({ request, contentType });
	} catch (error) {
		if (isGatecheckError(error)) return new UnreadBody(error);
		throw error;
	}
};

/**
 * The body's DTO properties: 415 for anything but `application/json` (ASP.NET's JSON input
 * formatter), then the parser's refusal if any, then binding and validation (validate.ts).
 */
export const readBody = (request: Request, body: unknown, shape: BodyShape): Fields => {
	if (mediaType(request.headers.get("content-type") ?? "") !== "application/json") throw quarkError("ERR_UNSUPPORTED_MEDIA_TYPE");
	if (body instanceof UnreadBody) throw body.error;
	return validateBody(shape, body);
};
