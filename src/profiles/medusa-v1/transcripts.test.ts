// The recorded Medusa 1.20.11 exchanges (fixtures/medusa-v1/transcripts) that need no state of the
// recording, replayed in-process: the same status and, for JSON and text, the same body. The full
// golden replay, with state built up case by case, is issue 14's next step; an exchange left out
// here says why.
import { describe, expect, test } from "bun:test";
import { type RecordedExchange as Exchange, recordedExchanges } from "../../../test/support/recorded.ts";
import { makeTestApp } from "../../../test/support/test-app.ts";
import medusaV1 from "./index.ts";

/** Exchanges the reference answers differently on purpose (the observed doc's N-list), with why. */
const DEPARTS = (exchange: Exchange): string | undefined =>
	exchange.response.raw_headers.some(([name, value]) => name === "Content-Type" && value.startsWith("text/html"))
		? "N2: malformed JSON is a JSON 400 here, not an HTML page with a stack (04e is only that)"
		: undefined;

const requestOf = ({ request }: Exchange): Request => {
	const headers = new Headers(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== "content-length").map(([name, value]) => [name, String(value)]));
	const body = request.body_kind === "json" ? JSON.stringify(request.body) : request.body_kind === "raw" ? String(request.body) : undefined;
	return new Request(`http://localhost${request.path}`, { method: request.method, headers, body });
};

describe("medusa-v1: recorded exchanges that need no recorded state", () => {
	for (const name of ["04b-token-login-wrong-password", "04c-token-login-unknown-email", "04d-token-login-missing-fields", "04f-token-login-form-encoded", "08-email-exists"]) {
		test(name, async () => {
			const { app } = await makeTestApp({ profile: medusaV1 });
			const replayed = recordedExchanges(`medusa-v1/transcripts/${name}`).filter((exchange) => DEPARTS(exchange) === undefined);
			expect(replayed.length).toBeGreaterThan(0);
			for (const exchange of replayed) {
				const response = await app.handle(requestOf(exchange));
				expect([exchange.label, response.status, await response.text()]).toEqual([exchange.label, exchange.response.status, exchange.response.body_text]);
			}
		});
	}
});
