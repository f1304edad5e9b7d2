// The headers of an answer as they go on the wire, read from a raw socket (fetch's Headers sort
// them): the /store routes build their Response themselves, with the CORS headers on it, while the
// other routes get theirs from the profile's hook and Elysia's copy (src/profiles/medusa-v2/index.ts).
// Both must write the same headers in the same order, on Bun and on Deno, so that nothing tells a
// client which path answered.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { connect } from "node:net";
import { type ChildServer, ROOT, startServe } from "./support/child-server.ts";
import { CUSTOMER, PUBLISHABLE_KEY } from "./support/test-app.ts";

const DENO = [`${ROOT}node_modules/.bin/deno`, "run", "-A", "--cached-only"];
const ORIGIN = "http://localhost:8000";

/** The header lines of the answer to a raw HTTP/1.1 request, names lower-cased, Date's value dropped. */
const headerLines = (url: string, head: string[], body = ""): Promise<string[]> =>
	new Promise((resolve, reject) => {
		const { hostname, port } = new URL(url);
		const lines = [...head, "Host: localhost", ...(body ? [`Content-Length: ${body.length}`] : []), "Connection: close"];
		const socket = connect(Number(port), hostname, () => socket.write(`${lines.join("\r\n")}\r\n\r\n${body}`));
		let received = "";
		socket.on("data", (chunk) => {
			received += chunk.toString("latin1");
			const end = received.indexOf("\r\n\r\n");
			if (end < 0) return;
			socket.destroy();
			const fields = received.slice(0, end).split("\r\n").slice(1);
			resolve(fields.map((line) => (/^date:/i.test(line) ? "date" : line.replace(/^[^:]+/, (name) => name.toLowerCase()))));
		});
		socket.on("error", reject);
	});

const withoutLength = (lines: string[]): string[] => lines.filter((line) => !line.startsWith("content-length:"));

for (const [runtime, command] of [
	["Bun", undefined],
	["Deno", DENO],
] as const) {
	describe(`answers on the wire (${runtime})`, () => {
		let server: ChildServer;
		let token: string;
		beforeAll(async () => {
			server = await startServe(["--profile", "medusa-v2", "--argon2", "test"], command);
			const login = await fetch(`${server.url}/auth/customer/emailpass`, {
				method: "POST",
				headers: { "content-type": "application/json" },
				body: JSON.stringify(CUSTOMER),
			});
			token = ((await login.json()) as { token: string }).token;
		}, 30_000);
		afterAll(() => server?.stop());

		test("a /store answer, its errors (thrown, and a token that fails to verify) and an /auth error carry the same headers in the same order", async () => {
			const key = `x-publishable-api-key: ${PUBLISHABLE_KEY}`;
			const me = await headerLines(server.url, ["GET /store/customers/me HTTP/1.1", `Origin: ${ORIGIN}`, key, `Authorization: Bearer ${token}`]);
			const meRefused = await headerLines(server.url, ["GET /store/customers/me HTTP/1.1", `Origin: ${ORIGIN}`, key]);
			// A token not seen before is verified by a promise, which Elysia does not wait for (http/sync-route.ts).
			const forged = `${token.slice(0, -2)}xx`;
			const meForged = await headerLines(server.url, ["GET /store/customers/me HTTP/1.1", `Origin: ${ORIGIN}`, key, `Authorization: Bearer ${forged}`]);
			const loginRefused = await headerLines(
				server.url,
				["POST /auth/customer/emailpass HTTP/1.1", `Origin: ${ORIGIN}`, "Content-Type: application/json"],
				JSON.stringify({ ...CUSTOMER, password: "wrong" }),
			);
			expect(withoutLength(me)).toContain(`access-control-allow-origin: ${ORIGIN}`);
			expect(withoutLength(me)).toContain("vary: Origin");
			expect(withoutLength(me)).toContain("access-control-allow-credentials: true");
			expect(withoutLength(meRefused)).toEqual(withoutLength(me));
			expect(withoutLength(meForged)).toEqual(withoutLength(me));
			expect(withoutLength(loginRefused)).toEqual(withoutLength(me));
			// The same without an allowed Origin: no Access-Control-Allow-Origin, the rest in place.
			const plain = await headerLines(server.url, ["GET /store/customers/me HTTP/1.1", key, `Authorization: Bearer ${token}`]);
			expect(withoutLength(plain)).toEqual(withoutLength(me).filter((line) => !line.startsWith("access-control-allow-origin")));
		});
	});
}

// medusa-v1's two 401s (fact 2): the auth middleware's has no Content-Type at all, the login routes'
// is text/plain; the runtimes must not add one of their own on the way out.
for (const [runtime, command] of [
	["Bun", undefined],
	["Deno", DENO],
] as const) {
	describe(`medusa-v1's 401s on the wire (${runtime})`, () => {
		let server: ChildServer;
		beforeAll(async () => {
			server = await startServe(["--profile", "medusa-v1", "--argon2", "test"], command);
		}, 30_000);
		afterAll(() => server?.stop());

		test("the middleware's 401 has no Content-Type; the login 401 is text/plain", async () => {
			const refused = await headerLines(server.url, ["GET /store/customers/me HTTP/1.1", `Origin: ${ORIGIN}`]);
			expect(refused.filter((line) => line.startsWith("content-type:"))).toEqual([]);
			expect(refused).toContain("vary: Origin");
			const loginRefused = await headerLines(
				server.url,
				["POST /store/auth/token HTTP/1.1", "Content-Type: application/json"],
				JSON.stringify({ ...CUSTOMER, password: "wrong" }),
			);
			expect(loginRefused).toContain("content-type: text/plain; charset=utf-8");
			const body = await (await fetch(`${server.url}/store/customers/me`)).text();
			expect(body).toBe("Unauthorized");
		});
	});
}
