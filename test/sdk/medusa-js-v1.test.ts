// The official v1 client, @medusajs/medusa-js 6.1.10, unmodified, against the medusa-v1 reference on
// a real port: cookie login, session, JWT, exists, registration, the customer, an update, logout,
// a password reset with the token from the outbox, and a login with the new password. Outside a
// browser the client keeps no cookie and registers no JWT (it does so only where `window` exists),
// so the test hands them back to it as custom headers, as a server-side storefront does.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import Medusa from "@medusajs/medusa-js";
import medusaV1 from "../../src/profiles/medusa-v1/index.ts";
import { CUSTOMER, listenOnFreePort, makeTestApp } from "../support/test-app.ts";

let baseUrl = "";
let stop = async (): Promise<void> => {};

beforeAll(async () => {
	({ baseUrl, stop } = listenOnFreePort((await makeTestApp({ profile: medusaV1 })).app));
});
afterAll(() => stop());

/** The connect.sid pair of a client response, to send back as a Cookie header. */
const sessionCookie = (response: { headers: Record<string, unknown> }): string => {
	const header = response.headers["set-cookie"];
	const first = Array.isArray(header) ? String(header[0]) : String(header ?? "");
	return first.split(";")[0] ?? "";
};

/** The token of the newest customer.password_reset event for `email` (the control API's outbox). */
const resetTokenFor = async (email: string): Promise<string> => {
	const response = await fetch(`${baseUrl}/__control/outbox?event=customer.password_reset&to=${encodeURIComponent(email)}`);
	const { items } = (await response.json()) as { items: Array<{ kind: string; data?: { token?: string } }> };
	const token = items.filter((item) => item.kind === "event").at(-1)?.data?.token;
	if (!token) throw new Error(`no reset token for ${email}`);
	return token;
};

describe("@medusajs/medusa-js 6.1.10 against the medusa-v1 reference", () => {
	test("log in by cookie and by token, check an e-mail, register, read and update the customer, log out, reset the password", async () => {
		const medusa = new Medusa({ baseUrl, maxRetries: 0 });

		const login = await medusa.auth.authenticate(CUSTOMER);
		expect(login.customer.email).toBe(CUSTOMER.email);
		const cookie = sessionCookie(login.response);
		expect(cookie).toStartWith("connect.sid=s%3A");
		expect((await medusa.auth.getSession({ cookie })).customer.id).toBe(login.customer.id);

		const { access_token: token } = await medusa.auth.getToken(CUSTOMER);
		expect((await medusa.customers.retrieve({ authorization: `Bearer ${token}` })).customer.email).toBe(CUSTOMER.email);
		expect((await medusa.auth.exists(CUSTOMER.email)).exists).toBe(true);
		expect((await medusa.auth.exists("nobody@example.com")).exists).toBe(false);

		const email = "medusa-js-v1@example.com";
		const created = await medusa.customers.create({ first_name: "Js", last_name: "Client", email, password: "first-pass-1" });
		expect(created.customer.email).toBe(email);
		const newCookie = sessionCookie(created.response);
		expect((await medusa.customers.retrieve({ cookie: newCookie })).customer.id).toBe(created.customer.id);
		const updated = await medusa.customers.update({ first_name: "Renamed" }, { cookie: newCookie });
		expect(updated.customer.first_name).toBe("Renamed");

		const logout = await medusa.auth.deleteSession({ cookie: newCookie });
		expect(logout.response.status).toBe(200);
		await expect(medusa.customers.retrieve({ cookie: newCookie })).rejects.toMatchObject({ response: { status: 401 } });

		const asked = await medusa.customers.generatePasswordToken({ email });
		expect(asked.response.status).toBe(204);
		const reset = await medusa.customers.resetPassword({ email, token: await resetTokenFor(email), password: "second-pass-2" });
		expect(reset.customer.email).toBe(email);
		expect((await medusa.auth.getToken({ email, password: "second-pass-2" })).access_token).toBeString();
		await expect(medusa.auth.getToken({ email, password: "first-pass-1" })).rejects.toMatchObject({ response: { status: 401 } });
	});
});
