// carphacom builds on medusa-v2's routes (index.ts), so it answers /health as Medusa 2.21.2 does:
// every /health exchange of transcript 36 is sent to both profiles and must come back as recorded
// (status, body, and every header but Express's framing and caching ones), the customer's token and
// publishable key being each profile's own.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { CUSTOMER, login, makeTestApp, PUBLISHABLE_KEY } from "../../../test/support/test-app.ts";

interface Recorded {
	label: string;
	request: { method: string; path: string; headers: Record<string, string>; body: unknown; body_kind: "json" | "raw" | "none" };
	response: { status: number; raw_headers: Array<[string, string]>; body_text: string };
}

const TRANSCRIPT = new URL("../../../fixtures/medusa-v2/transcripts/36-health.json", import.meta.url);
const HEALTH: Recorded[] = (JSON.parse(readFileSync(TRANSCRIPT, "utf8")) as { exchanges: Recorded[] }).exchanges.filter((exchange) =>
	exchange.request.path.startsWith("/health"),
);

/** Express's headers the reference does not copy (README, "Exact to the recording"). */
const NOT_COPIED = new Set(["x-powered-by", "etag", "date", "connection", "keep-alive", "content-length"]);

const headersOf = (pairs: Iterable<[string, string]>): Record<string, string> =>
	Object.fromEntries([...pairs].map(([name, value]): [string, string] => [name.toLowerCase(), value]).filter(([name]) => !NOT_COPIED.has(name)));

describe.each(["medusa-v2", "carphacom"])("%s: /health as transcript 36 recorded it", (profile) => {
	test("every /health exchange answers as recorded", async () => {
		expect(HEALTH.length).toBe(14);
		const { app } = await makeTestApp({ profile });
		const token = await login(app, "customer", CUSTOMER);
		for (const { label, request, response } of HEALTH) {
			const { "Content-Length": _length, ...headers } = request.headers;
			// The recording's own customer token and key stand for this app's.
			if (headers.Authorization === "Bearer garbage") headers["x-publishable-api-key"] = "pk_invalid";
			else if (headers.Authorization) Object.assign(headers, { Authorization: `Bearer ${token}`, "x-publishable-api-key": PUBLISHABLE_KEY });
			const body = request.body_kind === "json" ? JSON.stringify(request.body) : undefined;
			const live = await app.handle(new Request(`http://localhost${request.path}`, { method: request.method, headers, body }));
			expect([label, live.status, headersOf(live.headers), await live.text()]).toEqual([
				label,
				response.status,
				headersOf(response.raw_headers),
				response.body_text,
			]);
		}
	});
});
