// The answers-match test's own checker, shown to catch each kind of departure on a made-up
// operation: an undeclared status, a wrong content type, a body where none is declared, a body
// with a field its closed schema does not have or missing one it requires; and to find the
// operation a path reaches as a router would.
import { describe, expect, test } from "bun:test";
import { Type } from "@sinclair/typebox";
import type { OpenApiDocument } from "../../src/openapi/document.ts";
import { operation } from "../../src/openapi/operation.ts";
import { departure, type Exchange, operationFor } from "./exchanges.ts";

/** What a route's detail becomes in the served JSON: TypeBox's symbols left out. */
const served = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const { detail } = served(
	operation({
		summary: "a customer",
		tags: ["store"],
		answers: {
			200: { description: "ok", schema: Type.Object({ id: Type.String(), email: Type.Optional(Type.String()) }, { additionalProperties: false }) },
			201: { description: "text", schema: Type.String(), contentType: "text/plain" },
			303: { description: "away" },
		},
	}),
);

const exchange = (status: number, body: string, contentType = "application/json; charset=utf-8"): Exchange => ({ method: "GET", path: "/x", status, contentType, body });

describe("departure", () => {
	test("passes an answer that keeps to its operation", () => {
		expect(departure(detail, exchange(200, '{"id":"cus_1","email":"a@b.c"}'))).toBeUndefined();
		expect(departure(detail, exchange(201, "Created", "text/plain; charset=utf-8"))).toBeUndefined();
		expect(departure(detail, exchange(303, "", ""))).toBeUndefined();
	});

	test("catches a status not declared", () => {
		expect(departure(detail, exchange(500, "{}"))).toContain("does not declare");
	});

	test("catches a content type not declared", () => {
		expect(departure(detail, exchange(200, '{"id":"x"}', "text/html"))).toContain("declared as application/json");
		// A body with no Content-Type is application/octet-stream to its reader (RFC 9110 §8.3), not JSON.
		expect(departure(detail, exchange(200, '{"id":"x"}', ""))).toContain("as application/octet-stream, declared as application/json");
	});

	test("catches a body where none is declared", () => {
		expect(departure(detail, exchange(303, "moved", "text/plain"))).toContain("declared without one");
	});

	test("catches a field the closed schema does not have, and a missing required one", () => {
		expect(departure(detail, exchange(200, '{"id":"x","password_hash":"$argon2id$"}'))).toContain("additional properties");
		expect(departure(detail, exchange(200, '{"email":"a@b.c"}'))).toContain("must have required property 'id'");
	});

	test("catches JSON that does not parse", () => {
		expect(departure(detail, exchange(200, "{"))).toContain("does not parse");
	});
});

describe("operationFor", () => {
	const doc = served({
		paths: {
			"/admin/users/{id}": { get: { summary: "by id", tags: [], responses: {} } },
			"/admin/users/me": { get: { summary: "me", tags: [], responses: {} } },
			"/store/marketplace/*": { get: { summary: "any", tags: [], responses: {} } },
		},
	}) as unknown as OpenApiDocument;

	test("prefers a static path to a parameter, as the router does, and reads HEAD as GET", () => {
		expect(operationFor(doc, "GET", "/admin/users/me")?.summary).toBe("me");
		expect(operationFor(doc, "HEAD", "/admin/users/usr_1")?.summary).toBe("by id");
	});

	test("reads `*` as any rest of the path, and finds nothing for a method or path not listed", () => {
		expect(operationFor(doc, "GET", "/store/marketplace/a/b")?.summary).toBe("any");
		expect(operationFor(doc, "POST", "/admin/users/me")).toBeUndefined();
		expect(operationFor(doc, "GET", "/admin/users/a/b")).toBeUndefined();
	});
});
