// POST /api/auth/refresh (reference choice: path, body and answer; README): opaque rotating refresh
// tokens in families, with reuse detection (contracts README: "a reused refresh token revokes its
// whole family"), 7 days each, and revoked by a password change or reset.
import { describe, expect, test } from "bun:test";
import { bearer, CUSTOMER, forgotPassword, type QuarkTestApp, quarkApp, resetTokensOf, signIn, statusAndBody } from "../../../test/support/quark.ts";

const INVALID: [number, unknown] = [401, { message: "Invalid or expired refresh token." }];

const refresh = (app: QuarkTestApp, refreshToken: string): Promise<Response> => app.call("/api/auth/refresh", { body: { refreshToken } });

const refreshed = async (app: QuarkTestApp, refreshToken: string): Promise<{ accessToken: string; refreshToken: string; user: unknown }> => {
	const response = await refresh(app, refreshToken);
	if (response.status !== 200) throw new Error(`refresh failed: ${response.status} ${await response.text()}`);
	return (await response.json()) as { accessToken: string; refreshToken: string; user: unknown };
};

describe("POST /api/auth/refresh", () => {
	test("answers the login's shape with a new access token and the family's next refresh token", async () => {
		const app = await quarkApp();
		const login = await signIn(app, CUSTOMER);
		app.clock.advance(1_000);
		const next = await refreshed(app, login.refreshToken);
		expect(next.user).toEqual(login.user);
		expect(next.refreshToken).not.toBe(login.refreshToken);
		expect(next.accessToken).not.toBe(login.accessToken);
		expect((await app.call("/api/storefront/profile", { headers: bearer(next.accessToken) })).status).toBe(200);
	});

	test("the issue's must-show: refresh twice, then the first token again is refused, and the family with it", async () => {
		const app = await quarkApp();
		const first = (await signIn(app, CUSTOMER)).refreshToken;
		const second = (await refreshed(app, first)).refreshToken;
		const third = (await refreshed(app, second)).refreshToken;
		expect(await statusAndBody(await refresh(app, first))).toEqual(INVALID);
		// The reuse revoked the family: the live token is refused too, and so is the one it would have made.
		expect(await statusAndBody(await refresh(app, third))).toEqual(INVALID);
		expect(await statusAndBody(await refresh(app, second))).toEqual(INVALID);
	});

	test("reuse revokes only its own family: another login of the same account goes on", async () => {
		const app = await quarkApp();
		const stolen = (await signIn(app, CUSTOMER)).refreshToken;
		const other = (await signIn(app, CUSTOMER)).refreshToken;
		await refreshed(app, stolen);
		expect((await refresh(app, stolen)).status).toBe(401);
		expect((await refresh(app, other)).status).toBe(200);
	});

	test("a token lives 7 days; each refresh gives the next one 7 days more", async () => {
		const app = await quarkApp();
		const first = (await signIn(app, CUSTOMER)).refreshToken;
		app.clock.advance(7 * 86_400_000 - 1);
		const second = (await refreshed(app, first)).refreshToken;
		app.clock.advance(7 * 86_400_000 - 1);
		const third = (await refreshed(app, second)).refreshToken;
		app.clock.advance(7 * 86_400_000);
		expect(await statusAndBody(await refresh(app, third))).toEqual(INVALID);
	});

	test("an unknown token is the 401; a missing one the validation 400", async () => {
		const app = await quarkApp();
		expect(await statusAndBody(await refresh(app, "dGhpcyBpcyBhIHJlZnJlc2g"))).toEqual(INVALID);
		const response = await app.call("/api/auth/refresh", { body: {} });
		expect(await statusAndBody(response)).toEqual([
			400,
			expect.objectContaining({ errors: { RefreshToken: ["The RefreshToken field is required."] } }),
		]);
	});

	test("a password change revokes every refresh token of the account; the access token lives out its hour", async () => {
		const app = await quarkApp();
		const one = await signIn(app, CUSTOMER);
		const two = await signIn(app, CUSTOMER);
		const response = await app.call("/api/auth/change-password", {
			headers: bearer(one.accessToken),
			body: { currentPassword: CUSTOMER.password, newPassword: "another-secret" },
		});
		expect(response.status).toBe(200);
		for (const token of [one.refreshToken, two.refreshToken]) expect(await statusAndBody(await refresh(app, token))).toEqual(INVALID);
		expect((await app.call("/api/storefront/profile", { headers: bearer(two.accessToken) })).status).toBe(200);
		const fresh = await signIn(app, { email: CUSTOMER.email, password: "another-secret" });
		expect((await refresh(app, fresh.refreshToken)).status).toBe(200);
	});

	test("a password reset revokes every refresh token of the account", async () => {
		const app = await quarkApp();
		const { refreshToken } = await signIn(app, CUSTOMER);
		await forgotPassword(app, CUSTOMER.email);
		const [token] = await resetTokensOf(app, CUSTOMER.email);
		expect((await app.call("/api/auth/reset-password", { body: { token, newPassword: "another-secret" } })).status).toBe(200);
		expect(await statusAndBody(await refresh(app, refreshToken))).toEqual(INVALID);
	});
});
