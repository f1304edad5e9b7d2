// The OpenAPI 3.1 document of what a profile serves, built from its routes as Elysia registered
// them: each route's path and method, and its description (`detail`, operation.ts). Nothing in it
// is written by hand, so a route added without a description shows up as one ("not described"),
// which test/openapi/document.test.ts refuses.
//
// @elysiajs/openapi's toOpenAPISchema builds the same from Elysia routes, but from the `body`,
// `query` and `response` hooks, which Elysia also validates (answering its own 422), and it
// replaces a `detail`'s parameters with the path's; so the walk below is the reference's own.
import { Type } from "@sinclair/typebox";
import type { Profile } from "../profiles/profile.ts";
import type { OperationObject, Parameter } from "./operation.ts";
import { SECURITY_SCHEMES, type SchemeName } from "./security.ts";

/** A route as Elysia lists it (`app.routes`). */
export interface RegisteredRoute {
	method: string;
	path: string;
	hooks?: { detail?: Partial<OperationObject> };
}

/** What the document's `info` says. */
export interface DocumentInfo {
	/** The package's version, for `info.version`. */
	version: string;
}

export interface OpenApiDocument {
	openapi: "3.1.1";
	info: { title: string; version: string; description: string };
	paths: Record<string, Record<string, OperationObject>>;
	components: { securitySchemes: Partial<Record<SchemeName, (typeof SECURITY_SCHEMES)[SchemeName]>> };
}

/** What `.all()` serves, listed method by method (HEAD is GET's, OPTIONS the CORS preflight's). */
const ALL_METHODS = ["get", "post", "put", "patch", "delete"];

const NOT_DESCRIBED: OperationObject = { summary: "not described", tags: [], responses: {} };

const DESCRIPTION = [
	"What the gatecheck reference server answers under this profile, generated from its routes.",
	"Every route also answers a CORS preflight (OPTIONS with Access-Control-Request-Method) for the origins its family allows;",
	"a route it does not serve gets the profile's own not-found answer. The control API (/__control, with --control) is in conformance/CONTROL.md.",
].join(" ");

/** `/auth/:actor/:provider` → `/auth/{actor}/{provider}`, with its path parameters. */
const templateOf = (path: string): { template: string; parameters: Parameter[] } => ({
	template: path.replace(/:([^/]+)/g, "{$1}"),
	parameters: [...path.matchAll(/:([^/]+)/g)].map(([, name]) => ({ name: name as string, in: "path", required: true, schema: Type.String() })),
});

export const openApiDocument = (profile: Pick<Profile, "name" | "description">, routes: readonly RegisteredRoute[], info: DocumentInfo): OpenApiDocument => {
	const paths: OpenApiDocument["paths"] = {};
	const schemes = new Set<SchemeName>();
	for (const route of routes) {
		const method = route.method.toLowerCase();
		if (method === "options") continue;
		const { template, parameters } = templateOf(route.path);
		const described: OperationObject = { ...NOT_DESCRIBED, ...route.hooks?.detail };
		const operation = { ...described, ...(parameters.length > 0 && { parameters: [...parameters, ...(described.parameters ?? [])] }) };
		for (const alternative of described.security ?? []) for (const name of Object.keys(alternative)) schemes.add(name as SchemeName);
		paths[template] ??= {};
		for (const each of method === "all" ? ALL_METHODS : [method]) paths[template][each] = operation;
	}
	return {
		openapi: "3.1.1",
		info: { title: `gatecheck ${profile.name}`, version: info.version, description: `${profile.description}\n\n${DESCRIPTION}` },
		paths,
		components: { securitySchemes: Object.fromEntries([...schemes].sort().map((name) => [name, SECURITY_SCHEMES[name]])) },
	};
};
