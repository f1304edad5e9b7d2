// authenticate answers at once for the requests a storefront repeats (a session, a bearer token the
// server verified before) and as a promise when something must be waited for, with the same result
// either way; a refusal is thrown at once or rejected, never a different answer.
import { describe, expect, test } from "bun:test";
import { call, CUSTOMER, login, makeTestApp, SECRET_KEY } from "../../../test/support/test-app.ts";
import { GatecheckError } from "../../core/errors.ts";
import { type AuthRule, authenticate } from "./authenticate.ts";
import type { MedusaV2Runtime } from "./runtime.ts";

/** A reference app of this profile, with its runtime as the profile's routes see it. */
const medusaV2App = async () => {
	const made = await makeTestApp({ profile: "medusa-v2" });
	return { ...made, runtime: made.runtime as MedusaV2Runtime };
};

const CUSTOMER_RULE: AuthRule = { actorTypes: ["customer"], methods: ["session", "bearer"] };
const ADMIN_RULE: AuthRule = { actorTypes: ["user"], methods: ["bearer", "session", "api-key"] };
const request = (headers: Record<string, string>): Request => new Request("http://localhost/store/customers/me", { headers });

describe("authenticate", () => {
	test("a bearer token: a promise the first time, then the same context at once until it expires", async () => {
		const { app, runtime } = await medusaV2App();
		const token = await login(app, "customer", CUSTOMER);
		const now = runtime.clock.now();
		const first = authenticate(runtime, request({ authorization: `Bearer ${token}` }), CUSTOMER_RULE, now);
		expect(first).toBeInstanceOf(Promise);
		const { context } = await first;
		const again = authenticate(runtime, request({ authorization: `Bearer ${token}` }), CUSTOMER_RULE, now);
		expect(again).not.toBeInstanceOf(Promise);
		expect((again as Awaited<typeof first>).context).toBe(context);
		const expiry = (context.exp as number) * 1000;
		expect(() => authenticate(runtime, request({ authorization: `Bearer ${token}` }), CUSTOMER_RULE, expiry)).toThrow(
			new GatecheckError("ERR_NOT_AUTHENTICATED", "Unauthorized"),
		);
	});

	test("a session: at once, and a destroyed one is refused at once", async () => {
		const { app, runtime } = await medusaV2App();
		const token = await login(app, "customer", CUSTOMER);
		const made = await call(app, "/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}` } });
		const cookie = made.headers.get("set-cookie")?.split(";")[0] ?? "";
		const found = authenticate(runtime, request({ cookie }), CUSTOMER_RULE, runtime.clock.now());
		expect(found).not.toBeInstanceOf(Promise);
		expect((found as { sessionId?: string }).sessionId).toBeString();
		runtime.state.sessions.destroy((found as { sessionId: string }).sessionId);
		expect(() => authenticate(runtime, request({ cookie }), CUSTOMER_RULE, runtime.clock.now())).toThrow("Unauthorized");
	});

	test("a token not seen before that does not verify is a rejection; a secret key is always waited for", async () => {
		const { runtime } = await medusaV2App();
		const refused = authenticate(runtime, request({ authorization: "Bearer not.a.token" }), CUSTOMER_RULE, runtime.clock.now());
		expect(refused).toBeInstanceOf(Promise);
		await expect(refused).rejects.toThrow("Unauthorized");
		const basic = `Basic ${Buffer.from(`${SECRET_KEY}:`).toString("base64")}`;
		const byKey = authenticate(runtime, request({ authorization: basic }), ADMIN_RULE, runtime.clock.now());
		expect(byKey).toBeInstanceOf(Promise);
		expect((await byKey).context.actor_type).toBe("api-key");
	});
});

describe("a secret key sent as a bearer token (observed 25)", () => {
	test("/admin answers with upstream's hint to send it with Basic; /store says only Unauthorized", async () => {
		const { app } = await medusaV2App();
		const admin = await call(app, "/admin/products", { headers: { authorization: `bearer ${SECRET_KEY}` } });
		expect(admin.status).toBe(401);
		expect(((await admin.json()) as { message: string }).message).toStartWith("A secret API key was passed as a Bearer token.");
		const basic = await call(app, "/admin/products", { headers: { authorization: `Basic ${Buffer.from(`${SECRET_KEY}:`).toString("base64")}` } });
		expect(basic.status).toBe(200);
		const store = await call(app, "/auth/session", { method: "POST", headers: { authorization: `Bearer ${SECRET_KEY}` } });
		expect(store.status).toBe(401);
		expect(await store.json()).toEqual({ message: "Unauthorized" });
	});
});
