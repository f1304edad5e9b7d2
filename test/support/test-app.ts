// One way for every test to get a reference server in-process: the profile's fixtures, cheap argon2,
// fixed secrets, the control API on, and small helpers to call it through app.handle.
import { type AppOptions, createApp, type GatecheckApp } from "../../src/app.ts";
import { DEFAULT_PROFILE } from "../../src/profiles/index.ts";
import { loadFixtures } from "../../src/core/fixtures.ts";
import { ARGON2_PRESETS } from "../../src/core/passwords.ts";

export const TEST_JWT_SECRET = "test-jwt-secret-0123456789abcdef";
export const TEST_COOKIE_SECRET = "test-cookie-secret-0123456789abcdef";
export const PUBLISHABLE_KEY = "pk_0000000000000000000000000000000000000000000000000000000000000001";
export const WHOLESALE_KEY = "pk_0000000000000000000000000000000000000000000000000000000000000002";
export const REVOKED_KEY = "pk_0000000000000000000000000000000000000000000000000000000000000003";
export const SECRET_KEY = "sk_0000000000000000000000000000000000000000000000000000000000000001";
export const CUSTOMER = { email: "customer@example.com", password: "supersecret" };
export const ADMIN = { email: "admin@example.com", password: "supersecret" };

/**
 * In-process requests have no socket; a test that needs several clients tags each request with the
 * address it stands for (`sendFrom`), and every test app reads it back, 127.0.0.1 by default.
 */
const clientAddresses = new WeakMap<Request, string>();
export const sendFrom = (address: string, request: Request): Request => {
	clientAddresses.set(request, address);
	return request;
};
const testClientAddress = (request: Request): string => clientAddresses.get(request) ?? "127.0.0.1";

export const fixturesPath = (profile: string): string => new URL(`../../fixtures/${profile}.json`, import.meta.url).pathname;

export const makeTestApp = async (overrides: Partial<AppOptions> = {}): Promise<GatecheckApp> =>
	createApp({
		fixtures: await loadFixtures(fixturesPath(typeof overrides.profile === "object" ? overrides.profile.name : (overrides.profile ?? DEFAULT_PROFILE))),
		jwtSecret: TEST_JWT_SECRET,
		cookieSecret: TEST_COOKIE_SECRET,
		argon2: ARGON2_PRESETS.test,
		control: true,
		clientAddress: testClientAddress,
		...overrides,
	});

export interface CallOptions {
	method?: string;
	headers?: Record<string, string>;
	/** An object is sent as JSON; a string is sent as it is. */
	body?: unknown;
	/** Defaults to http://localhost; use https://localhost to simulate TLS. */
	origin?: string;
}

/** What `call` sends requests to: the Elysia app, or a server's journaled front door as `{ handle: gatecheck.fetch }`. */
export type Handler = Pick<GatecheckApp["app"], "handle">;

/** Calls the app in-process and returns the response. */
export const call = (app: Handler, path: string, options: CallOptions = {}): Promise<Response> => {
	const headers = new Headers(options.headers);
	let body: string | undefined;
	if (typeof options.body === "string") body = options.body;
	else if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		if (!headers.has("content-type")) headers.set("content-type", "application/json");
	}
	return app.handle(
		new Request(`${options.origin ?? "http://localhost"}${path}`, { method: options.method ?? (body ? "POST" : "GET"), headers, body }),
	);
};

/** Logs in with emailpass and returns the token. */
export const login = async (
	app: GatecheckApp["app"],
	actor: "customer" | "user",
	credentials: { email: string; password: string },
): Promise<string> => {
	const response = await call(app, `/auth/${actor}/emailpass`, { body: credentials });
	if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
	return ((await response.json()) as { token: string }).token;
};

/** The payload of a JWT, without checking it. */
export const decodeJwt = (token: string): Record<string, unknown> =>
	JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;

/** The claims of a request's `Authorization: Bearer` JWT, without checking it; undefined when there is none or it is no JWT. */
export const bearerClaims = (request: Request): Record<string, unknown> | undefined => {
	const token = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
	if (!token) return undefined;
	try {
		return decodeJwt(token);
	} catch {
		return undefined;
	}
};

export interface ListeningApp {
	baseUrl: string;
	stop(): Promise<void>;
}

/** Serves the app on a free loopback port of this process, for clients that need a real socket. */
export const listenOnFreePort = (app: GatecheckApp["app"]): ListeningApp => {
	app.listen({ port: 0, hostname: "127.0.0.1" });
	const port = app.server?.port;
	if (!port) throw new Error("the server did not bind a port");
	return { baseUrl: `http://127.0.0.1:${port}`, stop: async () => void (await app.stop()) };
};
