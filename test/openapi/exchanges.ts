// What the answers-match test holds every answer to: a recording of the exchanges a run made, and
// for each, where it goes wrong against the API document (its operation, its status, its content
// type, its body's schema), if anywhere.
import Ajv2020 from "ajv/dist/2020";
import type { OpenApiDocument } from "../../src/openapi/document.ts";
import type { OperationObject } from "../../src/openapi/operation.ts";

export interface Exchange {
	method: string;
	path: string;
	status: number;
	contentType: string;
	body: string;
}

type Handle = (request: Request) => Promise<Response>;

/** `handle`, keeping every exchange it answers. */
export const recording = (handle: Handle): { handle: Handle; exchanges: Exchange[] } => {
	const exchanges: Exchange[] = [];
	return {
		exchanges,
		handle: async (request) => {
			const { method } = request;
			const { pathname } = new URL(request.url);
			const response = await handle(request);
			const body = await response.clone().text();
			exchanges.push({ method, path: pathname, status: response.status, contentType: response.headers.get("content-type") ?? "", body });
			return response;
		},
	};
};

/** `/auth/{actor}/{provider}` and `/store/marketplace/*` as a pattern of the paths they serve. */
const patternOf = (template: string): RegExp =>
	new RegExp(`^${template.replace(/[.+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+").replace(/\*/g, ".*")}$`);

/**
 * The operation a request reaches, as the router picks it: a path with no parameter first (Elysia
 * and Express try a static segment before a parameter), then one with parameters, then a catch-all.
 */
export const operationFor = (doc: OpenApiDocument, method: string, path: string): OperationObject | undefined => {
	const rank = (template: string): number => (template.includes("*") ? 2 : template.includes("{") ? 1 : 0);
	const templates = Object.keys(doc.paths).sort((a, b) => rank(a) - rank(b));
	const verb = method.toLowerCase() === "head" ? "get" : method.toLowerCase();
	for (const template of templates) if (patternOf(template).test(path) && doc.paths[template]?.[verb]) return doc.paths[template][verb];
	return undefined;
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map<unknown, ReturnType<typeof ajv.compile>>();
const validatorOf = (schema: unknown) => {
	let validate = validators.get(schema);
	if (!validate) validators.set(schema, (validate = ajv.compile(schema as object)));
	return validate;
};

/** The media type of a Content-Type; a body sent without one may be taken as application/octet-stream (RFC 9110 §8.3). */
const mediaType = (contentType: string): string => contentType.split(";")[0]?.trim().toLowerCase() || "application/octet-stream";

/** Where `exchange` departs from what `operation` declares, or undefined when it keeps to it. */
export const departure = (operation: OperationObject, exchange: Exchange): string | undefined => {
	const declared = operation.responses[String(exchange.status)];
	if (!declared) return `answered ${exchange.status}, which it does not declare (it declares ${Object.keys(operation.responses).join(", ") || "nothing"})`;
	if (!declared.content) return exchange.body === "" || exchange.method === "HEAD" ? undefined : `answered ${exchange.status} with a body (${exchange.contentType}), declared without one`;
	const type = mediaType(exchange.contentType);
	const content = declared.content[type];
	if (!content) return `answered ${exchange.status} as ${type}, declared as ${Object.keys(declared.content).join(", ")}`;
	if (type !== "application/json") return undefined;
	let body: unknown;
	try {
		body = JSON.parse(exchange.body);
	} catch {
		return `answered ${exchange.status} as JSON that does not parse: ${exchange.body.slice(0, 80)}`;
	}
	const validate = validatorOf(content.schema);
	return validate(body) ? undefined : `answered ${exchange.status} with a body its schema refuses: ${ajv.errorsText(validate.errors)}; body ${exchange.body.slice(0, 300)}`;
};
