// GET /api/storefront/profile as the fast path builds it (profile.routes.ts): answered without a
// promise for a token verified before, with the CORS headers of the request's origin, never from a
// stale kept answer; a refusal is the profile's own 401/403 with its CORS headers.
import { describe, expect, test } from "bun:test";
import { QUARK_DEFECTS } from "./defects.ts";
import { bearer, CUSTOMER, CUSTOMER_ID, quarkApp, signIn, sliceOf, STAFF, STOREFRONT, statusAndBody } from "../../../test/support/quark.ts";

const profileRequest = (token: string, origin?: string): Request =>
	new Request("http://localhost/api/storefront/profile", { headers: { ...bearer(token), ...(origin ? { origin } : {}) } });

describe("GET /api/storefront/profile", () => {
	test("a customer's token seen before is answered without a promise; a staff token gets the 403", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		expect((await app.app.fetch(profileRequest(accessToken))).status).toBe(200);
		const again = app.app.fetch(profileRequest(accessToken));
		expect(again).toBeInstanceOf(Response);
		expect((again as Response).status).toBe(200);
		const staff = await signIn(app, STAFF);
		expect(await statusAndBody(await app.app.fetch(profileRequest(staff.accessToken)))).toEqual([403, { message: "Forbidden" }]);
	});

	test.each(Object.keys(QUARK_DEFECTS))("with %s on, a remembered token is still answered without a promise", async (defect) => {
		const app = await quarkApp({ defects: [defect] });
		const { accessToken } = await signIn(app, CUSTOMER);
		expect((await app.app.fetch(profileRequest(accessToken))).status).toBe(200);
		expect(app.app.fetch(profileRequest(accessToken))).toBeInstanceOf(Response);
	});

	test("each origin gets its own CORS headers, and an edited account is answered as it is now", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		for (const origin of [undefined, STOREFRONT, "https://evil.example", STOREFRONT]) {
			const response = await app.app.fetch(profileRequest(accessToken, origin));
			expect([...response.headers]).toEqual([
				["access-control-allow-credentials", "true"],
				...(origin === STOREFRONT ? [["access-control-allow-origin", origin] as [string, string]] : []),
				["content-type", "application/json; charset=utf-8"],
				["vary", "Origin"],
			]);
		}
		const account = app.runtime.state.store.getCustomer(CUSTOMER_ID);
		if (!account) throw new Error("no fixture customer");
		account.firstName = "Edited";
		const [, body] = await statusAndBody(await app.app.fetch(profileRequest(accessToken)));
		expect(body).toMatchObject({ firstName: "Edited", roles: sliceOf(app).accounts.get(CUSTOMER_ID)?.roles });
	});

	test("a token that fails to verify is the 401 with the CORS headers (a rejection Elysia's onError cannot see)", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		for (const token of [`${accessToken.slice(0, -2)}xx`, "abc.def.ghi", "not-a-jwt"]) {
			const response = await app.app.fetch(profileRequest(token, STOREFRONT));
			expect([response.status, response.headers.get("www-authenticate"), response.headers.get("access-control-allow-origin"), await response.json()]).toEqual([
				401,
				'Bearer error="invalid_token"',
				STOREFRONT,
				{ message: "Unauthorized" },
			]);
		}
	});
});
