// What the quark profile's tests (src/profiles/quark/*.test.ts) share: a test app on a clock that
// moves only when told, the fixture accounts, signing in, and reading reset tokens from the outbox
// (GET /__control/outbox). Test code, so it lives under test/: nothing shipped imports test/.
import type { AppOptions, GatecheckApp } from "../../src/app.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { call, type CallOptions, makeTestApp } from "./test-app.ts";
import quark from "../../src/profiles/quark/index.ts";
import { RESET_EVENT } from "../../src/profiles/quark/password.routes.ts";
import type { QuarkRuntime } from "../../src/profiles/quark/runtime.ts";
import type { QuarkSlice } from "../../src/profiles/quark/state.ts";

/** 2026-12-01T12:00:00Z: on a minute's boundary, so the fixed rate windows start with each test. */
export const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);

export const CUSTOMER = { email: "customer@example.com", password: "supersecret" };
export const SECOND = { email: "second@example.com", password: "supersecret" };
export const STAFF = { email: "staff@example.com", password: "supersecret" };
export const CUSTOMER_ID = "6f1c2a4e-8b3d-4c5a-9e7f-1a2b3c4d5e01";
export const STOREFRONT = "http://localhost:3000";
export const RESET_BASE = `${STOREFRONT}/reset-password`;

export interface QuarkTestApp extends GatecheckApp {
	clock: ManualClock;
	call(path: string, options?: CallOptions): Promise<Response>;
}

export const quarkApp = async (overrides: Partial<AppOptions> = {}): Promise<QuarkTestApp> => {
	const clock = new ManualClock(T0);
	const made = await makeTestApp({ profile: quark, clock, ...overrides });
	return { ...made, clock, call: (path, options) => call(made.app, path, options) };
};

/** What only quark remembers, for a test to look behind the answers. */
export const sliceOf = (app: QuarkTestApp): QuarkSlice => (app.runtime as unknown as QuarkRuntime).state.slice;

export interface SignedIn {
	accessToken: string;
	refreshToken: string;
	user: { id: string; email: string; firstName: string; lastName: string; roles: string[] };
}

export const signIn = async (app: QuarkTestApp, credentials: { email: string; password: string }): Promise<SignedIn> => {
	const response = await app.call("/api/auth/login", { body: credentials });
	if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
	return (await response.json()) as SignedIn;
};

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** The answer's status and JSON body, for one-line expectations. */
export const statusAndBody = async (response: Response): Promise<[number, unknown]> => [response.status, await response.json()];

export interface OutboxItem {
	kind: "event" | "mail";
	to?: string;
	link?: string;
	data?: { token: string; email: string; resetUrl: string };
}

export const outboxOf = async (app: QuarkTestApp, email: string): Promise<OutboxItem[]> =>
	((await (await app.call(`/__control/outbox?event=${RESET_EVENT}&to=${encodeURIComponent(email)}`)).json()) as { items: OutboxItem[] }).items;

/** The reset tokens mailed to `email`, oldest first. */
export const resetTokensOf = async (app: QuarkTestApp, email: string): Promise<string[]> =>
	(await outboxOf(app, email)).flatMap((item) => (item.kind === "event" && item.data ? [item.data.token] : []));

export const forgotPassword = (app: QuarkTestApp, email: string, resetBaseUrl = RESET_BASE): Promise<Response> =>
	app.call("/api/auth/forgot-password", { body: { email, resetBaseUrl } });
