// Arbitrary requests to the /api/auth routes (seed 003), and the error bodies FACTS.md §D documents:
// `{"message":"…"}`, or ASP.NET's validation `{"errors":{"Email":["…"]}}`, read tolerantly (the
// contracts README: extra keys allowed, so ValidationProblemDetails' type, title and status too).
import fc from "fast-check";
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { CHANGE_PASSWORD, FORGOT_PASSWORD, LOGIN, REFRESH, REGISTER, RESET_PASSWORD } from "../flows.ts";
import { ownAddress } from "../rate-limits/support.ts";

export const AUTH_ROUTES = [REGISTER, LOGIN, REFRESH, CHANGE_PASSWORD, FORGOT_PASSWORD, RESET_PASSWORD] as const;

/** Every field the auth routes read, as documented (seed 003) and as the reference's refresh reads it. */
const FIELDS = ["email", "password", "firstName", "lastName", "refreshToken", "currentPassword", "newPassword", "token", "resetBaseUrl"];

const fieldName = fc.oneof(
	{ arbitrary: fc.constantFrom(...FIELDS), weight: 4 },
	{ arbitrary: fc.constantFrom(...FIELDS).map((name) => name.toUpperCase()), weight: 1 },
	{ arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

// Values of every JSON kind, and strings that pass or nearly pass the routes' rules.
const fieldValue = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.emailAddress(),
	fc.webUrl(),
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
	fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** Mostly objects of the routes' fields (wrong kinds, missing, unknown); then any JSON, truncated JSON, nothing, and garbage. */
const body = fc.oneof(
	{ arbitrary: fc.dictionary(fieldName, fieldValue, { maxKeys: 6 }).map((value) => JSON.stringify(value)), weight: 4 },
	{ arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)), weight: 1 },
	{
		arbitrary: fc.tuple(fc.dictionary(fieldName, fieldValue, { maxKeys: 4 }), fc.nat()).map(([value, cut]) => {
			const text = JSON.stringify(value);
			return text.slice(0, cut % Math.max(1, text.length));
		}),
		weight: 1,
	},
	{ arbitrary: fc.constant(""), weight: 1 },
	{ arbitrary: fc.string({ unit: "binary", maxLength: 60 }), weight: 1 },
);

const contentType = fc.oneof(
	{ arbitrary: fc.constantFrom("application/json", "application/json; charset=utf-8"), weight: 4 },
	{ arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "application/xml", "text/json"), weight: 2 },
	{ arbitrary: fc.constant(undefined), weight: 1 },
);

export interface BadRequest {
	route: (typeof AUTH_ROUTES)[number];
	contentType?: string;
	body?: string;
	/** Sends a logged-in user's access token, so that change-password reads its body. */
	withToken: boolean;
}

export const badRequest: fc.Arbitrary<BadRequest> = fc.record({
	route: fc.constantFrom(...AUTH_ROUTES),
	contentType,
	body: fc.option(body, { nil: undefined }),
	withToken: fc.boolean(),
});

/**
 * POSTs `request`, each from a loopback address of its own when the run can (source-addresses), so
 * that a property's many requests meet no rate limit; else the kit waits out any 429.
 */
export const sendBad = (ctx: CheckContext, request: BadRequest, token: string): Promise<Reply> =>
	ctx.request({
		method: "POST",
		path: request.route,
		headers: request.contentType === undefined ? {} : { "content-type": request.contentType },
		raw: request.body === undefined ? undefined : { body: request.body },
		bearer: request.withToken ? token : undefined,
		useJar: false,
		from: ownAddress(ctx, "bad-request"),
	});

/** Why `text` is no documented error body, or undefined when it is one. */
export const undocumentedShape = (text: string): string | undefined => {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return text === "" ? "the error body is empty" : "the error body is not JSON";
	}
	if (typeof body !== "object" || body === null || Array.isArray(body)) return "the error body is not a JSON object";
	const { message, errors } = body as Record<string, unknown>;
	if (typeof message === "string") return undefined;
	if (typeof errors !== "object" || errors === null || Array.isArray(errors)) return 'the error body has neither a string "message" nor an "errors" object';
	const lists = Object.values(errors);
	if (lists.length === 0) return 'the "errors" object is empty';
	if (!lists.every((list) => Array.isArray(list) && list.length > 0 && list.every((item) => typeof item === "string")))
		return 'an "errors" entry is not a list of messages';
	return undefined;
};
