// The medusa-v1 golden replay: 41 cases recorded from a real Medusa 1.20.11 (medusa-v1-observed.md),
// replayed against fixtures that hold that server's database (fixtures.json beside this file).
import type { Exchange } from "../transcripts.ts";
import { loadFixtures } from "../../../src/core/fixtures.ts";
import medusaV1 from "../../../src/profiles/medusa-v1/index.ts";
import { makeTestApp } from "../../support/test-app.ts";
import type { GoldenProfile } from "../profile.ts";
import { MEDUSA_V1_SKIPS } from "./skips.ts";
import { cookieValue, MEDUSA_V1_STEPS } from "./steps.ts";

/** The routes whose 200 logs a session in, and so sets the cookie the reference sets too (N3, N4). */
const SESSION_LOGINS: ReadonlySet<string> = new Set(["POST /store/auth", "POST /admin/auth", "POST /store/customers"]);

/** N15: a log-out that destroys the session sends this expired cookie (upstream sends none). */
const CLEARED_SESSION_COOKIE = "connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT";

/**
 * The Set-Cookie headers the reference is expected to send where upstream sent `recorded`:
 * - N4: upstream starts a session, and sends its cookie, on every response to a request without
 *   one (fact 20); the reference sets `connect.sid` only when a login or registration succeeds,
 *   or when a request's own session changed (it re-sends that one, as upstream does: 14f).
 * - N15: a log-out with the session cookie also clears it.
 */
const expectedCookies = ({ request, response }: Exchange, recorded: string[]): string[] => {
	const route = `${request.method} ${request.path}`;
	if (request.method === "DELETE" && response.status === 200 && request.headers.Cookie !== undefined && recorded.length === 0)
		return [CLEARED_SESSION_COOKIE];
	if (response.status === 200 && SESSION_LOGINS.has(route)) return recorded;
	const sentCookie = cookieValue(String(request.headers.Cookie ?? ""));
	return recorded.filter((cookie) => sentCookie !== "" && cookieValue(cookie) === sentCookie);
};

export const MEDUSA_V1_GOLDEN: GoldenProfile = {
	name: "medusa-v1",
	transcriptsDir: new URL("../../../fixtures/medusa-v1/transcripts/", import.meta.url),
	recordingJwtSecret: "oracle-v1-jwt-secret-0123456789abcdef",
	// The fixtures hold the recording's publishable keys as they were.
	liveLiterals: [],
	async makeApp(clock) {
		const { app } = await makeTestApp({
			profile: medusaV1,
			clock,
			fixtures: await loadFixtures(new URL("fixtures.json", import.meta.url).pathname),
		});
		return app;
	},
	steps: MEDUSA_V1_STEPS,
	skips: MEDUSA_V1_SKIPS,
	expectedHeaders(exchange) {
		const { raw_headers } = exchange.response;
		const isCookie = ([name]: [string, string]): boolean => name.toLowerCase() === "set-cookie";
		const cookies = expectedCookies(exchange, raw_headers.filter(isCookie).map(([, value]) => value));
		return [...raw_headers.filter((header) => !isCookie(header)), ...cookies.map((value): [string, string] => ["Set-Cookie", value])];
	},
};
