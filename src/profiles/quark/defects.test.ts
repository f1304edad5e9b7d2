// Each defect of defects.ts changes what a client sees: one probe per defect, run on the reference
// and on a server with the defect on, must tell them apart as the defect's sentence says. (The kit's
// detection matrix later shows which checks catch each.)
import { describe, expect, test } from "bun:test";
import { SignJWT } from "jose";
import { ARGON2_PRESETS } from "../../core/passwords.ts";
import { TEST_JWT_SECRET } from "../../../test/support/test-app.ts";
import { QUARK_DEFECTS } from "./defects.ts";
import { bearer, CUSTOMER, CUSTOMER_ID, forgotPassword, outboxOf, type QuarkTestApp, quarkApp, resetTokensOf, signIn, STAFF, T0 } from "../../../test/support/quark.ts";

const NOW = T0 / 1000;
const CLAIMS = { sub: CUSTOMER_ID, role: "Customer", iat: NOW, exp: NOW + 3600, iss: "HeadlessEcommerceApi", aud: "HeadlessEcommerceClient" };

const forge = (claims: Record<string, unknown>, alg = "HS256", secret = TEST_JWT_SECRET): Promise<string> =>
	new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT" }).sign(new TextEncoder().encode(secret));

/** The status of GET /api/storefront/orders with this token. */
const ordersWith = async (app: QuarkTestApp, token: string): Promise<number> => (await app.call("/api/storefront/orders", { headers: bearer(token) })).status;

const refresh = async (app: QuarkTestApp, refreshToken: string): Promise<Response> => app.call("/api/auth/refresh", { body: { refreshToken } });

const resetTwice = async (app: QuarkTestApp, hoursLater = 0): Promise<number[]> => {
	await forgotPassword(app, CUSTOMER.email);
	const [token] = await resetTokensOf(app, CUSTOMER.email);
	app.clock.advance(hoursLater * 3_600_000);
	const statuses = [];
	for (const newPassword of ["first-new-secret", "second-new-secret"]) statuses.push((await app.call("/api/auth/reset-password", { body: { token, newPassword } })).status);
	return statuses;
};

const the101st = async (app: QuarkTestApp): Promise<Response> => {
	for (let i = 0; i < 100; i++) await app.call("/api/storefront/categories");
	return app.call("/api/storefront/categories");
};

/** What each defect changes, seen from outside: [what the reference answers, what the defect answers]. */
const PROBES: Record<keyof typeof QUARK_DEFECTS, { probe: (app: QuarkTestApp) => Promise<unknown>; reference: unknown; defective: unknown }> = {
	"refresh-reuse-accepted": {
		probe: async (app) => {
			const { refreshToken } = await signIn(app, CUSTOMER);
			await refresh(app, refreshToken);
			return (await refresh(app, refreshToken)).status;
		},
		reference: 401,
		defective: 200,
	},
	"refresh-not-rotated": {
		probe: async (app) => {
			const { refreshToken } = await signIn(app, CUSTOMER);
			const next = ((await (await refresh(app, refreshToken)).json()) as { refreshToken: string }).refreshToken;
			return [next === refreshToken, (await refresh(app, refreshToken)).status];
		},
		reference: [false, 401],
		defective: [true, 200],
	},
	"forgot-password-enumerates": {
		probe: async (app) => (await forgotPassword(app, "nobody@example.com")).status,
		reference: 200,
		defective: 404,
	},
	"foreign-reset-base-mailed": {
		probe: async (app) => {
			await forgotPassword(app, CUSTOMER.email, "https://attacker.example/reset");
			return (await outboxOf(app, CUSTOMER.email)).flatMap((item) => (item.link ? [new URL(item.link).origin] : []));
		},
		reference: [],
		defective: ["https://attacker.example"],
	},
	"password-change-keeps-refresh-tokens": {
		probe: async (app) => {
			const { accessToken, refreshToken } = await signIn(app, CUSTOMER);
			await app.call("/api/auth/change-password", { headers: bearer(accessToken), body: { currentPassword: CUSTOMER.password, newPassword: "another-secret" } });
			return (await refresh(app, refreshToken)).status;
		},
		reference: 401,
		defective: 200,
	},
	"audience-not-checked": { probe: async (app) => ordersWith(app, await forge({ ...CLAIMS, aud: "AnotherClient" })), reference: 401, defective: 200 },
	"issuer-not-checked": { probe: async (app) => ordersWith(app, await forge({ ...CLAIMS, iss: "AnotherApi" })), reference: 401, defective: 200 },
	"reset-token-reusable": { probe: (app) => resetTwice(app), reference: [200, 400], defective: [200, 200] },
	"reset-token-lasts-a-day": { probe: (app) => resetTwice(app, 2), reference: [400, 400], defective: [200, 400] },
	"no-rate-limit": { probe: async (app) => (await the101st(app)).status, reference: 429, defective: 200 },
	"429-without-retry-after": {
		probe: async (app) => {
			const refused = await the101st(app);
			return [refused.status, refused.headers.get("retry-after")];
		},
		reference: [429, "60"],
		defective: [429, null],
	},
	"role-not-checked": { probe: async (app) => ordersWith(app, (await signIn(app, STAFF)).accessToken), reference: 403, defective: 200 },
	"forbidden-answered-401": { probe: async (app) => ordersWith(app, (await signIn(app, STAFF)).accessToken), reference: 403, defective: 401 },
	"short-passwords-accepted": {
		probe: async (app) => (await app.call("/api/auth/register", { body: { email: "short@example.com", password: "a", firstName: "S", lastName: "P" } })).status,
		reference: 400,
		defective: 200,
	},
	"accept-expired-tokens": {
		probe: async (app) => {
			const { accessToken } = await signIn(app, CUSTOMER);
			app.clock.advance(3_600_000);
			return ordersWith(app, accessToken);
		},
		reference: 401,
		defective: 200,
	},
	"ignore-signature": { probe: async (app) => ordersWith(app, await forge(CLAIMS, "HS256", "another-secret-0123456789abcdef")), reference: 401, defective: 200 },
	"accept-alg-none": {
		probe: (app) =>
			ordersWith(app, `${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${Buffer.from(JSON.stringify(CLAIMS)).toString("base64url")}.`),
		reference: 401,
		defective: 200,
	},
	"accept-any-hmac-algorithm": { probe: async (app) => ordersWith(app, await forge(CLAIMS, "HS512")), reference: 401, defective: 200 },
	"accept-token-without-exp": {
		probe: async (app) => {
			const { exp: _, ...withoutExp } = CLAIMS;
			return ordersWith(app, await forge(withoutExp));
		},
		reference: 401,
		defective: 200,
	},
	"login-accepts-any-password": {
		probe: async (app) => (await app.call("/api/auth/login", { body: { ...CUSTOMER, password: "not-the-password" } })).status,
		reference: 401,
		defective: 200,
	},
	"login-timing-leak": {
		// With OWASP argon2 (about 12 ms a verify): whether an unknown e-mail answers in under a fifth of a wrong password's time.
		probe: async (app) => {
			const median = async (email: string): Promise<number> => {
				const times = [];
				for (let i = 0; i < 5; i++) {
					const start = performance.now();
					await app.call("/api/auth/login", { body: { email, password: "not-the-password" } });
					times.push(performance.now() - start);
				}
				return times.sort((a, b) => a - b)[2] ?? 0;
			};
			return (await median("nobody@example.com")) < (await median(CUSTOMER.email)) / 5;
		},
		reference: false,
		defective: true,
	},
};

describe("every defect changes what a client sees", () => {
	test("each defect has a probe", () => {
		expect(Object.keys(PROBES).sort()).toEqual(Object.keys(QUARK_DEFECTS).sort());
	});

	test.each(Object.keys(PROBES) as Array<keyof typeof PROBES>)("%s", async (defect) => {
		const { probe, reference, defective } = PROBES[defect];
		const argon2 = defect === "login-timing-leak" ? ARGON2_PRESETS.owasp : ARGON2_PRESETS.test;
		expect(await probe(await quarkApp({ argon2 }))).toEqual(reference);
		expect(await probe(await quarkApp({ argon2, defects: [defect] }))).toEqual(defective);
	});
});
