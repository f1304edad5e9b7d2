// The API document as a page a person reads (GET /openapi): every operation grouped by its tag,
// with what it needs, what it reads and what it may answer, each body's schema shown as JSON.
// Rendered on the server into the /__ui page's shell (src/ui/page.ts): no script, no asset from
// the internet, so it reads the same offline; the escaping of src/ui/html.ts holds for every value.
import { type Html, html } from "../ui/html.ts";
import { document } from "../ui/page.ts";
import type { OpenApiDocument } from "./document.ts";
import type { OperationObject } from "./operation.ts";

interface Listed {
	method: string;
	path: string;
	operation: OperationObject;
}

/** Operations by their first tag, tags in order of first appearance. */
const byTag = (paths: OpenApiDocument["paths"]): Map<string, Listed[]> => {
	const groups = new Map<string, Listed[]>();
	for (const [path, methods] of Object.entries(paths))
		for (const [method, operation] of Object.entries(methods)) {
			const tag = operation.tags[0] ?? "other";
			groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation }]);
		}
	return groups;
};

/** A description's `code` spans as code, the rest as text: the descriptions are written in that much Markdown. */
const prose = (text: string): Html => html`${text.split("`").map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;

/** A parameter's type and what it is for. */
const parameterSchema = (schema: { type?: unknown; description?: unknown }): Html =>
	html`<code>${String(schema.type ?? "string")}</code>${typeof schema.description === "string" && html` ${prose(schema.description)}`}`;

const schemaBlock = (schema: unknown): Html => html`<details><summary>schema</summary><pre>${JSON.stringify(schema, null, 2)}</pre></details>`;

const securityLine = (operation: OperationObject): Html =>
	operation.security
		? html`<p><small>Needs ${operation.security.map((together, i) => html`${i > 0 ? " or " : ""}<code>${Object.keys(together).join(" + ")}</code>`)}</small></p>`
		: html`<p><small>Needs no credentials.</small></p>`;

const parameters = (operation: OperationObject): Html | undefined =>
	operation.parameters?.length
		? html`<h3>Parameters</h3><table><tr><th>name</th><th>in</th><th>required</th><th>what</th></tr>${operation.parameters.map(
				(parameter) =>
					html`<tr><td class="nowrap"><code>${parameter.name}</code></td><td>${parameter.in}</td><td>${parameter.required ? "yes" : "no"}</td><td>${parameterSchema(parameter.schema)}</td></tr>`,
			)}</table>`
		: undefined;

const requestBody = (operation: OperationObject): Html | undefined =>
	operation.requestBody ? html`<h3>Body (application/json)</h3>${schemaBlock(operation.requestBody.content["application/json"].schema)}` : undefined;

const responses = (operation: OperationObject): Html =>
	html`<h3>Answers</h3><table><tr><th>status</th><th>what</th></tr>${Object.entries(operation.responses).map(
		([status, response]) =>
			html`<tr><td class="nowrap"><code>${status}</code></td><td>${prose(response.description)}${Object.entries(response.headers ?? {}).map(
				([name, header]) => html`<br><small><code>${name}</code>: ${prose(header.description)}</small>`,
			)}${Object.entries(response.content ?? {}).map(([type, { schema }]) => html`<br><small>${type}</small>${schemaBlock(schema)}`)}</td></tr>`,
	)}</table>`;

const operationSection = ({ method, path, operation }: Listed): Html =>
	html`<section id="${`${method}-${path}`}"><h2><code>${method.toUpperCase()} ${path}</code></h2><p>${operation.summary}</p>${
		operation.description && html`<p class="dim">${prose(operation.description)}</p>`
	}${securityLine(operation)}${parameters(operation)}${requestBody(operation)}${responses(operation)}</section>`;

const schemesSection = (doc: OpenApiDocument): Html =>
	html`<section><h2>Credentials</h2><table><tr><th>name</th><th>sent as</th><th>what</th></tr>${Object.entries(doc.components.securitySchemes).map(
		([name, scheme]) =>
			html`<tr><td><code>${name}</code></td><td>${"in" in scheme ? html`${scheme.in} <code>${scheme.name}</code>` : html`Authorization: ${scheme.scheme}`}</td><td>${prose(scheme.description)}</td></tr>`,
	)}</table></section>`;

/** The whole page for `doc`, linking to its JSON at `jsonPath`. */
export const renderDocument = (doc: OpenApiDocument, jsonPath: string): Html => {
	const groups = byTag(doc.paths);
	return document(
		doc.info.title,
		html`<header><h1>${doc.info.title} <small>${doc.info.version}</small></h1><p>OpenAPI ${doc.openapi}: <a href="${jsonPath}">${jsonPath}</a></p><nav>${[
			...groups.keys(),
		].map((tag) => html`<a href="${`#tag-${tag}`}">${tag}</a>`)}</nav></header>
<main><section><p>${doc.info.description}</p></section>${schemesSection(doc)}${[...groups].map(
			([tag, listed]) => html`<h2 id="${`tag-${tag}`}">${tag}</h2>${listed.map(operationSection)}`,
		)}</main>`,
	);
};
