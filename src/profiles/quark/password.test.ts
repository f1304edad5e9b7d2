// change-password, forgot-password and reset-password against seed 003 ("The response always returns
// success to avoid revealing whether the email exists"; "a link to {resetBaseUrl}?token={token}")
// and the contracts README (only allowed origins receive a live token), with the reference's
// choices (README: 200 messages, reset tokens single use, one hour, the newest only).
import { describe, expect, test } from "bun:test";
import { bearer, CUSTOMER, forgotPassword, outboxOf, type QuarkTestApp, quarkApp, RESET_BASE, resetTokensOf, signIn, statusAndBody } from "../../../test/support/quark.ts";

const SENT = { message: "If the email exists, a password reset link has been sent." };
const INVALID_TOKEN: [number, unknown] = [400, { message: "Invalid or expired reset token." }];

const reset = (app: QuarkTestApp, token: string | undefined, newPassword = "brand-new-secret"): Promise<Response> =>
	app.call("/api/auth/reset-password", { body: { token, newPassword } });

const logsIn = async (app: QuarkTestApp, password: string): Promise<boolean> =>
	(await app.call("/api/auth/login", { body: { email: CUSTOMER.email, password } })).status === 200;

describe("POST /api/auth/change-password", () => {
	test("200 with a message; the new password logs in, the old one no longer", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		const response = await app.call("/api/auth/change-password", { headers: bearer(accessToken), body: { currentPassword: CUSTOMER.password, newPassword: "another-secret" } });
		expect(await statusAndBody(response)).toEqual([200, { message: "Password changed successfully." }]);
		expect([await logsIn(app, "another-secret"), await logsIn(app, CUSTOMER.password)]).toEqual([true, false]);
	});

	test("401 before anything else without a token, even for a bad body", async () => {
		const app = await quarkApp();
		const response = await app.call("/api/auth/change-password", { body: "{", headers: { "content-type": "application/json" } });
		expect(await statusAndBody(response)).toEqual([401, { message: "Unauthorized" }]);
	});

	test("a wrong current password is a 400 and changes nothing; the new one is validated", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		const wrong = await app.call("/api/auth/change-password", { headers: bearer(accessToken), body: { currentPassword: "not-it-at-all", newPassword: "another-secret" } });
		expect(await statusAndBody(wrong)).toEqual([400, { message: "Current password is incorrect." }]);
		const short = await app.call("/api/auth/change-password", { headers: bearer(accessToken), body: { newPassword: "short" } });
		expect(await statusAndBody(short)).toEqual([
			400,
			expect.objectContaining({ errors: { CurrentPassword: ["The CurrentPassword field is required."], NewPassword: ["Password must be at least 8 characters."] } }),
		]);
		expect(await logsIn(app, CUSTOMER.password)).toBe(true);
	});
});

describe("POST /api/auth/forgot-password", () => {
	test("the same answer for an account, an unknown e-mail and a foreign base; only the account with an allowed base is mailed", async () => {
		const app = await quarkApp();
		const answers = [];
		for (const [email, base] of [
			[CUSTOMER.email, RESET_BASE],
			["nobody@example.com", RESET_BASE],
			[CUSTOMER.email, "https://attacker.example/reset"],
			[CUSTOMER.email, "http://localhost:3000.attacker.example/reset"],
		] as const) {
			const response = await forgotPassword(app, email, base);
			answers.push([response.status, [...response.headers], await response.json()]);
		}
		expect(answers[0]).toEqual([200, expect.anything(), SENT]);
		for (const answer of answers) expect(answer).toEqual(answers[0] as unknown[]);
		const items = await outboxOf(app, CUSTOMER.email);
		expect(items.map((item) => item.kind)).toEqual(["event", "mail"]);
		expect(await outboxOf(app, "nobody@example.com")).toEqual([]);
	});

	test("the mail carries {resetBaseUrl}?token=…, the event the token, and the link works once", async () => {
		const app = await quarkApp();
		await forgotPassword(app, "Customer@Example.com");
		const [event, mail] = await outboxOf(app, CUSTOMER.email);
		const token = event?.data?.token ?? "";
		expect(mail).toMatchObject({ kind: "mail", to: CUSTOMER.email, link: `${RESET_BASE}?token=${encodeURIComponent(token)}` });
		expect(event?.data?.resetUrl).toBe(mail?.link as string);
		const fromLink = new URL(mail?.link ?? "").searchParams.get("token") ?? "";
		expect(await statusAndBody(await reset(app, fromLink))).toEqual([200, { message: "Password has been reset successfully." }]);
		expect(await logsIn(app, "brand-new-secret")).toBe(true);
	});

	test("a base with a query gets &token=; QUARK_RESET_ORIGINS sets the allowed origins", async () => {
		const app = await quarkApp({ corsEnv: { QUARK_RESET_ORIGINS: "https://shop.example,https://other.example" } });
		await forgotPassword(app, CUSTOMER.email, "https://other.example/account/reset?lang=en");
		await forgotPassword(app, CUSTOMER.email, RESET_BASE);
		const mails = (await outboxOf(app, CUSTOMER.email)).filter((item) => item.kind === "mail");
		expect(mails.map((mail) => mail.link?.replace(/token=.*/, "token="))).toEqual(["https://other.example/account/reset?lang=en&token="]);
	});

	test("validation: the e-mail's rules and an http(s) resetBaseUrl", async () => {
		const app = await quarkApp();
		const response = await app.call("/api/auth/forgot-password", { body: { email: "x", resetBaseUrl: "javascript:alert(1)" } });
		expect(await statusAndBody(response)).toEqual([
			400,
			expect.objectContaining({
				errors: {
					Email: ["The Email field is not a valid e-mail address."],
					ResetBaseUrl: ["The ResetBaseUrl field is not a valid fully-qualified http, https, or ftp URL."],
				},
			}),
		]);
	});
});

describe("POST /api/auth/reset-password", () => {
	test("a token works once", async () => {
		const app = await quarkApp();
		await forgotPassword(app, CUSTOMER.email);
		const [token] = await resetTokensOf(app, CUSTOMER.email);
		expect((await reset(app, token)).status).toBe(200);
		expect(await statusAndBody(await reset(app, token, "yet-another-secret"))).toEqual(INVALID_TOKEN);
		expect(await logsIn(app, "brand-new-secret")).toBe(true);
	});

	test("a token lives one hour", async () => {
		const app = await quarkApp();
		await forgotPassword(app, CUSTOMER.email);
		const [token] = await resetTokensOf(app, CUSTOMER.email);
		app.clock.advance(3_600_000);
		expect(await statusAndBody(await reset(app, token))).toEqual(INVALID_TOKEN);
		await forgotPassword(app, CUSTOMER.email);
		const [, fresh] = await resetTokensOf(app, CUSTOMER.email);
		app.clock.advance(3_600_000 - 1_000);
		expect((await reset(app, fresh)).status).toBe(200);
	});

	test("a newer request voids the older token", async () => {
		const app = await quarkApp();
		await forgotPassword(app, CUSTOMER.email);
		app.clock.advance(1_000);
		await forgotPassword(app, CUSTOMER.email);
		const [older, newer] = await resetTokensOf(app, CUSTOMER.email);
		expect(await statusAndBody(await reset(app, older))).toEqual(INVALID_TOKEN);
		expect((await reset(app, newer)).status).toBe(200);
	});

	test("a garbage token, an access token and a missing one are refused; a short password costs no token", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		for (const token of ["reset-token-from-email", accessToken]) expect(await statusAndBody(await reset(app, token))).toEqual(INVALID_TOKEN);
		await forgotPassword(app, CUSTOMER.email);
		const [token] = await resetTokensOf(app, CUSTOMER.email);
		const short = await reset(app, token, "short");
		expect(await statusAndBody(short)).toEqual([400, expect.objectContaining({ errors: { NewPassword: ["Password must be at least 8 characters."] } })]);
		const missing = await reset(app, undefined);
		expect(await statusAndBody(missing)).toEqual([400, expect.objectContaining({ errors: { Token: ["The Token field is required."] } })]);
		expect((await reset(app, token)).status).toBe(200);
	});
});
