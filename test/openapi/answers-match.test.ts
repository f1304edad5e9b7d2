// The API document (issue 19, scope 3) against what the reference answers: for each profile, every
// exchange of a whole conformance run, and a bare request (no credentials, no body) to every
// operation it lists, must reach an operation of the document, answer a status that operation
// declares, in the content type it declares, with a body its schema accepts.
import { describe, expect, test } from "bun:test";
import type { OpenApiDocument } from "../../src/openapi/document.ts";
import { OPENAPI_JSON_PATH } from "../../src/openapi/routes.ts";
import { PROFILE_NAMES } from "../../src/profiles/index.ts";
import { runKit, TEST_SEED } from "../support/kit.ts";
import { call, makeTestApp } from "../support/test-app.ts";
import { departure, type Exchange, operationFor, recording } from "./exchanges.ts";


/** Each operation's path with its parameters filled in, and a catch-all's tail. */
const concrete = (template: string): string => template.replace(/\{[^}]+\}/g, "x").replace(/\*/g, "x");

/**
 * Exchanges the document leaves to others: the control API and its page (conformance/CONTROL.md),
 * and CORS preflights, which every route answers as the CORS tests hold it to (test/wire-headers.test.ts).
 */
const notDocumented = ({ method, path }: Exchange): boolean => method === "OPTIONS" || path.startsWith("/__control") || path.startsWith("/__ui");

for (const profile of PROFILE_NAMES)
	describe(`${profile}: the API document against the answers`, () => {
		test(
			`every answer of a conformance run (seed ${TEST_SEED}) and of a bare request to each operation keeps to it`,
			async () => {
				const gatecheck = await makeTestApp({ profile });
				const doc = (await (await call(gatecheck.app, OPENAPI_JSON_PATH)).json()) as OpenApiDocument;
				const recorder = recording((request) => gatecheck.app.handle(request));
				// The kit's waits (a Retry-After, a lockout) move the app's clock: quark's limits meet the kit's own pace.
				await runKit(recorder, { profile, wait: async (ms) => void gatecheck.runtime.clock.advance(ms) });
				for (const [template, methods] of Object.entries(doc.paths))
					for (const method of Object.keys(methods)) await recorder.handle(new Request(`http://localhost${concrete(template)}`, { method: method.toUpperCase() }));

				// A path the document does not list is refused, never served: the profile's not-found, or the
				// refusal of a middleware its prefix runs first (medusa-v2's unrouted.ts: a /store path with no key).
				const unlisted = (exchange: Exchange): string | undefined =>
					exchange.status >= 400 && exchange.status < 500 ? undefined : `is not in the document, yet answered ${exchange.status}`;
				const departures = new Set<string>();
				for (const exchange of recorder.exchanges) {
					if (notDocumented(exchange)) continue;
					const operation = operationFor(doc, exchange.method, exchange.path);
					const wrong = operation ? departure(operation, exchange) : unlisted(exchange);
					if (wrong) departures.add(`${exchange.method} ${exchange.path} ${wrong}`);
				}
				expect(recorder.exchanges.length).toBeGreaterThan(100);
				expect([...departures]).toEqual([]);
			},
			180_000,
		);
	});
