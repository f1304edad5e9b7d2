// The API document (issue 19, scope 3): for each profile a valid OpenAPI 3.1 document, checked by
// a validator of the OpenAPI schema that shares no code with ours; every route the profile serves
// in it, described; the same at /openapi.json whatever the flags and in docs/openapi/ (never stale);
// and its page at /openapi readable offline: no script, nothing fetched from elsewhere.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { openApiFiles, openApiPath } from "../../src/cli/openapi-files.ts";
import type { OpenApiDocument } from "../../src/openapi/document.ts";
import { OPENAPI_JSON_PATH, OPENAPI_PAGE_PATH } from "../../src/openapi/routes.ts";
import { PROFILE_NAMES } from "../../src/profiles/index.ts";
import { call, makeTestApp } from "../support/test-app.ts";

const ALL_METHODS = ["get", "post", "put", "patch", "delete"];

for (const profile of PROFILE_NAMES)
	describe(`${profile}: the API document`, async () => {
		// Served with --control off: the document is for every storefront developer.
		const gatecheck = await makeTestApp({ profile, control: false });
		const response = await call(gatecheck.app, OPENAPI_JSON_PATH);
		const text = await response.clone().text();
		const doc = (await response.json()) as OpenApiDocument;

		test("is served at /openapi.json as JSON, and is a valid OpenAPI 3.1 document", async () => {
			expect([response.status, response.headers.get("content-type")]).toEqual([200, "application/json; charset=utf-8"]);
			const validator = new Validator();
			const result = await validator.validate(structuredClone(doc) as unknown as Parameters<Validator["validate"]>[0]);
			expect(result.errors ?? []).toEqual([]);
			expect([result.valid, validator.version]).toEqual([true, "3.1"]);
		});

		test("lists every route the profile serves, each described, and nothing else", () => {
			const listed = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
			const served = gatecheck.app.routes
				.filter((route) => route.method !== "OPTIONS")
				.filter((route) => !/^\/(__control|__ui|openapi)/.test(route.path))
				.flatMap((route) => (route.method === "ALL" ? ALL_METHODS : [route.method.toLowerCase()]).map((method) => `${method} ${route.path.replace(/:([^/]+)/g, "{$1}")}`));
			expect(listed.sort()).toEqual([...new Set(served)].sort());
			const undescribed = Object.entries(doc.paths).flatMap(([path, methods]) =>
				Object.entries(methods).filter(([, operation]) => operation.summary === "not described" || Object.keys(operation.responses).length === 0).map(([method]) => `${method} ${path}`),
			);
			expect(undescribed).toEqual([]);
		});

		test("names only security schemes it defines, and defines only those it names", () => {
			const named = new Set(Object.values(doc.paths).flatMap((methods) => Object.values(methods).flatMap((operation) => (operation.security ?? []).flatMap(Object.keys))));
			expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([...named].sort());
		});

		test("is the one in docs/openapi (npm run openapi writes it)", () => {
			expect(readFileSync(openApiPath(profile), "utf8"), `${openApiPath(profile)} is stale: run npm run openapi`).toBe(`${text}\n`);
		});

		test("has a page at /openapi that needs nothing from the internet and runs no script", async () => {
			const page = await call(gatecheck.app, OPENAPI_PAGE_PATH);
			const html = await page.text();
			expect([page.status, page.headers.get("content-type")]).toEqual([200, "text/html; charset=utf-8"]);
			expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
			expect(html).not.toMatch(/<script|<link|<img|\bsrc=|url\(/i);
			expect(html).not.toMatch(/href="https?:/i);
			for (const [path, methods] of Object.entries(doc.paths))
				for (const method of Object.keys(methods)) expect(html).toContain(`${method.toUpperCase()} ${path.replace(/&/g, "&amp;")}`);
		});
	});

test("the files in docs/openapi are one per profile, as npm run openapi writes them", async () => {
	expect((await openApiFiles()).map((file) => file.path)).toEqual(PROFILE_NAMES.map(openApiPath));
});
