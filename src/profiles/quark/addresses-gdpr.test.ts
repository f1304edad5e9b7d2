// Address management and the GDPR requests (seed 003's table; FACTS.md §D's legal-and-gdpr page:
// export, consent, delete "anonymises, keeps orders"), with the reference's routes and answers (README).
import { describe, expect, test } from "bun:test";
import { bearer, CUSTOMER, CUSTOMER_ID, forgotPassword, outboxOf, quarkApp, signIn, sliceOf, statusAndBody } from "../../../test/support/quark.ts";

const HOME = { firstName: "Casey", lastName: "Customer", line1: "9 New Street", city: "Capital City", postalCode: "99999", countryCode: "us", isDefault: true };

describe("/api/storefront/addresses", () => {
	test("list, add (201), replace and remove (204); one default at most", async () => {
		const app = await quarkApp();
		const headers = bearer((await signIn(app, CUSTOMER)).accessToken);
		const list = async () => (await (await app.call("/api/storefront/addresses", { headers })).json()) as Array<{ id: string; isDefault: boolean; city: string }>;
		expect((await list()).map((address) => [address.city, address.isDefault])).toEqual([["Springfield", true], ["Shelbyville", false]]);
		const created = await app.call("/api/storefront/addresses", { headers, body: HOME });
		const address = (await created.json()) as { id: string };
		expect([created.status, address as unknown]).toEqual([
			201,
			{ id: expect.stringMatching(/^[0-9a-f-]{36}$/), firstName: "Casey", lastName: "Customer", line1: "9 New Street", line2: null, city: "Capital City", postalCode: "99999", countryCode: "US", isDefault: true },
		]);
		expect((await list()).map((entry) => entry.isDefault)).toEqual([false, false, true]);
		const replaced = await app.call(`/api/storefront/addresses/${address.id.toUpperCase()}`, { method: "PUT", headers, body: { ...HOME, city: "Elsewhere", isDefault: false } });
		expect([replaced.status, ((await replaced.json()) as { city: string }).city]).toEqual([200, "Elsewhere"]);
		const removed = await app.call(`/api/storefront/addresses/${address.id}`, { method: "DELETE", headers });
		expect([removed.status, await removed.text()]).toEqual([204, ""]);
		expect((await list()).length).toBe(2);
		expect(await statusAndBody(await app.call(`/api/storefront/addresses/${address.id}`, { method: "DELETE", headers }))).toEqual([404, { message: "Address not found." }]);
	});

	test("validation, and at most 20 addresses", async () => {
		const app = await quarkApp();
		const headers = bearer((await signIn(app, CUSTOMER)).accessToken);
		const invalid = await app.call("/api/storefront/addresses", { headers, body: { ...HOME, line1: undefined, countryCode: "USA", isDefault: "yes" } });
		expect(await statusAndBody(invalid)).toEqual([
			400,
			expect.objectContaining({ errors: { "$.isDefault": ["The JSON value could not be converted to System.Boolean. Path: $.isDefault."] } }),
		]);
		const missing = await app.call("/api/storefront/addresses", { headers, body: { ...HOME, line1: undefined, countryCode: "USA" } });
		expect(await statusAndBody(missing)).toEqual([
			400,
			expect.objectContaining({
				errors: { Line1: ["The Line1 field is required."], CountryCode: ["The field CountryCode must be a string or array type with a maximum length of '2'."] },
			}),
		]);
		for (let count = 2; count < 20; count++) expect((await app.call("/api/storefront/addresses", { headers, body: HOME })).status).toBe(201);
		expect(await statusAndBody(await app.call("/api/storefront/addresses", { headers, body: HOME }))).toEqual([400, { message: "An account keeps at most 20 addresses." }]);
	});
});

describe("/api/storefront/gdpr", () => {
	test("export: everything kept about the caller, with the consents given", async () => {
		const app = await quarkApp();
		const { accessToken, user } = await signIn(app, CUSTOMER);
		const consent = await app.call("/api/storefront/gdpr/consent", { headers: bearer(accessToken), body: { documentId: "privacy-policy", documentVersion: "2026-01", accepted: true } });
		expect(await statusAndBody(consent)).toEqual([200, { message: "Consent recorded." }]);
		const exported = (await (await app.call("/api/storefront/gdpr/export", { method: "POST", headers: bearer(accessToken) })).json()) as Record<string, unknown>;
		expect(Object.keys(exported)).toEqual(["user", "addresses", "orders", "consents"]);
		expect(exported.user).toEqual(user);
		expect([(exported.addresses as unknown[]).length, (exported.orders as unknown[]).length]).toEqual([2, 1]);
		expect(exported.consents).toEqual([{ documentId: "privacy-policy", documentVersion: "2026-01", accepted: true, recordedAt: "2026-12-01T12:00:00.000Z" }]);
	});

	test("consent validation", async () => {
		const app = await quarkApp();
		const { accessToken } = await signIn(app, CUSTOMER);
		const response = await app.call("/api/storefront/gdpr/consent", { headers: bearer(accessToken), body: { documentId: "terms" } });
		expect(await statusAndBody(response)).toEqual([
			400,
			expect.objectContaining({ errors: { DocumentVersion: ["The DocumentVersion field is required."], Accepted: ["The Accepted field is required."] } }),
		]);
	});

	test("delete: the person is erased, the orders kept; no login, no token, no reset mail, and the e-mail is free again", async () => {
		const app = await quarkApp();
		const { accessToken, refreshToken } = await signIn(app, CUSTOMER);
		const erased = await app.call("/api/storefront/gdpr/delete", { method: "POST", headers: bearer(accessToken) });
		expect(await statusAndBody(erased)).toEqual([200, { message: "Your personal data has been erased." }]);
		expect((await app.call("/api/storefront/profile", { headers: bearer(accessToken) })).status).toBe(401);
		expect((await app.call("/api/auth/refresh", { body: { refreshToken } })).status).toBe(401);
		expect((await app.call("/api/auth/login", { body: CUSTOMER })).status).toBe(401);
		expect((await forgotPassword(app, CUSTOMER.email)).status).toBe(200);
		expect(await outboxOf(app, CUSTOMER.email)).toEqual([]);
		const kept = sliceOf(app).accounts.get(CUSTOMER_ID);
		expect([kept?.orders.length, kept?.addresses.length, kept?.anonymised]).toEqual([1, 0, true]);
		const again = await app.call("/api/auth/register", { body: { ...CUSTOMER, firstName: "Casey", lastName: "Again" } });
		expect(again.status).toBe(200);
		expect((await signIn(app, CUSTOMER)).user.lastName).toBe("Again");
	});
});
