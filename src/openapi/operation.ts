// How a route describes itself for the API document (issue 19, scope 3): `operation({...})` is the
// route's third argument, an Elysia `detail`. Elysia keeps `detail` for documentation and never
// checks a request or an answer against it, so describing a route cannot change what it answers;
// its `body`, `query` or `response` hooks would, since Elysia validates those and answers its own
// 422, where the profiles word every refusal as upstream does (each route parses its body itself).
// The schemas are TypeBox, kept beside the code that reads the body or builds the answer, and
// test/openapi/answers-match.test.ts holds what the reference answers to them.
import type { TObject, TSchema } from "@sinclair/typebox";
import type { SchemeName } from "./security.ts";

/** One status a route may answer, with the shape of its body when it has one. */
export interface Answer {
	description: string;
	/** The body; none for an answer without one (a redirect, a 204). */
	schema?: TSchema;
	/** application/json unless said; a text answer gives its own (text/html, text/plain). */
	contentType?: string;
	/** Other media types the same status may come in, with their bodies (a JSON 404 or Express's HTML page). */
	otherContent?: Readonly<Record<string, TSchema>>;
	/** Response headers a client reads (Set-Cookie, Location, Retry-After), each with what it carries. */
	headers?: Readonly<Record<string, string>>;
}

export interface OperationSpec {
	summary: string;
	/** What the route does and where its contract says so. */
	description?: string;
	/** The route's family, as the document groups them ("auth", "store", "admin"). */
	tags: readonly string[];
	/**
	 * What a request must carry, as alternatives each naming the schemes sent together:
	 * `[["publishableKey", "bearer"], ["publishableKey", "session"]]` is a key with a token, or a key
	 * with a session. Absent for a route anyone may call.
	 */
	security?: readonly (readonly SchemeName[])[];
	/** The JSON body the route reads. */
	body?: TSchema;
	/** The query parameters the route reads, as one object schema whose properties are the parameters. */
	query?: TObject;
	answers: Readonly<Record<number, Answer>>;
}

/** A query parameter the route reads, or a path parameter (document.ts adds those from the path). */
export interface Parameter {
	name: string;
	in: "query" | "path";
	required: boolean;
	schema: TSchema;
}

/** An OpenAPI 3.1 Operation Object, as Elysia carries it in `detail`. */
export interface OperationObject {
	summary: string;
	description?: string;
	tags: string[];
	security?: Record<string, never[]>[];
	parameters?: Parameter[];
	requestBody?: { required: true; content: { "application/json": { schema: TSchema } } };
	responses: Record<string, { description: string; headers?: Record<string, { description: string; schema: { type: "string" } }>; content?: Record<string, { schema: TSchema }> }>;
}

const JSON_TYPE = "application/json";

const responseOf = ({ description, schema, contentType = JSON_TYPE, otherContent = {}, headers }: Answer): OperationObject["responses"][string] => ({
	description,
	...(headers && {
		headers: Object.fromEntries(Object.entries(headers).map(([name, about]) => [name, { description: about, schema: { type: "string" as const } }])),
	}),
	...(schema && {
		content: { [contentType]: { schema }, ...Object.fromEntries(Object.entries(otherContent).map(([type, other]) => [type, { schema: other }])) },
	}),
});

/** The route's `detail`: its Operation Object for the document (src/openapi/document.ts). */
export const operation = (spec: OperationSpec): { detail: OperationObject } => ({
	detail: {
		summary: spec.summary,
		...(spec.description && { description: spec.description }),
		tags: [...spec.tags],
		...(spec.security && { security: spec.security.map((together) => Object.fromEntries(together.map((name) => [name, []]))) }),
		...(spec.query && {
			parameters: Object.entries(spec.query.properties).map(([name, schema]) => ({
				name,
				in: "query" as const,
				required: spec.query?.required?.includes(name) ?? false,
				schema,
			})),
		}),
		...(spec.body && { requestBody: { required: true as const, content: { [JSON_TYPE]: { schema: spec.body } } } }),
		responses: Object.fromEntries(Object.entries(spec.answers).map(([status, answer]) => [status, responseOf(answer)])),
	},
});
