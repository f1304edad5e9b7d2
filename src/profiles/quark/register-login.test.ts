// POST /api/auth/register and /api/auth/login against seed 003 and FACTS.md §D: the documented
// answers, 409 for a taken e-mail, the ASP.NET validation shape, and the reference's choices around
// them (README: e-mails in any letter case, 415 for non-JSON bodies, login's password rule).
import { describe, expect, test } from "bun:test";
import { CUSTOMER, quarkApp, signIn, STAFF, statusAndBody } from "../../../test/support/quark.ts";

const NEW_USER = { email: "new.user@example.com", password: "Password123!", firstName: "New", lastName: "User" };

const problem = (errors: Record<string, string[]>) => ({
	type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
	title: "One or more validation errors occurred.",
	status: 400,
	errors,
});

describe("POST /api/auth/register", () => {
	test("200 {message: Registration successful}, no token; the account then logs in as a Customer", async () => {
		const app = await quarkApp();
		const response = await app.call("/api/auth/register", { body: NEW_USER });
		expect(await statusAndBody(response)).toEqual([200, { message: "Registration successful" }]);
		const { user, accessToken, refreshToken } = await signIn(app, NEW_USER);
		expect(user).toEqual({ id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/), email: NEW_USER.email, firstName: "New", lastName: "User", roles: ["Customer"] });
		expect(accessToken.split(".").length).toBe(3);
		expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
	});

	test("409 for an e-mail that has an account, in any letter case; the first account is untouched", async () => {
		const app = await quarkApp();
		for (const email of [CUSTOMER.email, "CUSTOMER@Example.COM"]) {
			const response = await app.call("/api/auth/register", { body: { ...NEW_USER, email } });
			expect(await statusAndBody(response)).toEqual([409, { message: "A user with this email already exists." }]);
		}
		expect((await signIn(app, CUSTOMER)).user.firstName).toBe("Casey");
	});

	test("the e-mail is kept as registered and logs in in any letter case", async () => {
		const app = await quarkApp();
		await app.call("/api/auth/register", { body: { ...NEW_USER, email: "Mixed.Case@Example.com" } });
		expect((await signIn(app, { email: "mixed.case@example.COM", password: NEW_USER.password })).user.email).toBe("Mixed.Case@Example.com");
	});

	test("validation: ASP.NET's ValidationProblemDetails, every failed attribute of every property in declaration order", async () => {
		const app = await quarkApp();
		const cases: Array<[unknown, Record<string, string[]>]> = [
			[
				{},
				{
					Email: ["The Email field is required."],
					Password: ["The Password field is required."],
					FirstName: ["The FirstName field is required."],
					LastName: ["The LastName field is required."],
				},
			],
			[
				{ ...NEW_USER, email: "", password: "" },
				{
					Email: ["The Email field is required.", "The Email field is not a valid e-mail address."],
					Password: ["The Password field is required.", "Password must be at least 8 characters."],
				},
			],
			[{ ...NEW_USER, email: "not-an-email", password: "short" }, { Email: ["The Email field is not a valid e-mail address."], Password: ["Password must be at least 8 characters."] }],
			[{ ...NEW_USER, firstName: "x".repeat(101) }, { FirstName: ["The field FirstName must be a string or array type with a maximum length of '100'."] }],
			[{ ...NEW_USER, password: "p".repeat(129) }, { Password: ["The field Password must be a string or array type with a maximum length of '128'."] }],
			[{ ...NEW_USER, lastName: "   " }, { LastName: ["The LastName field is required."] }],
		];
		for (const [body, errors] of cases) {
			const response = await app.call("/api/auth/register", { body });
			expect([response.status, response.headers.get("content-type"), await response.json()]).toEqual([400, "application/problem+json; charset=utf-8", problem(errors)]);
		}
	});

	test("binding: properties in any letter case, unknown ones ignored; a value of the wrong kind is one error at its JSON path", async () => {
		const app = await quarkApp();
		const pascal = { Email: NEW_USER.email, PASSWORD: NEW_USER.password, firstname: "New", LastName: "User", extra: [1] };
		expect((await app.call("/api/auth/register", { body: pascal })).status).toBe(200);
		for (const [body, path, type] of [
			[{ ...NEW_USER, email: 42 }, "$.email", "System.String"],
			[{ ...NEW_USER, Password: true }, "$.Password", "System.String"],
			[[NEW_USER], "$", "RegisterRequest"],
			["text", "$", "RegisterRequest"],
		] as const) {
			const response = await app.call("/api/auth/register", { body: JSON.stringify(body), headers: { "content-type": "application/json" } });
			expect(await statusAndBody(response)).toEqual([400, problem({ [path]: [`The JSON value could not be converted to ${type}. Path: ${path}.`] })]);
		}
	});

	test("malformed JSON is a 400 under $; a body over 100 KB a 413; anything but application/json a 415", async () => {
		const app = await quarkApp();
		const malformed = await app.call("/api/auth/register", { body: '{"email":', headers: { "content-type": "application/json" } });
		expect(await statusAndBody(malformed)).toEqual([400, problem({ $: ["Unexpected end of JSON input"] })]);
		const large = await app.call("/api/auth/register", { body: { ...NEW_USER, lastName: "x".repeat(110_000) } });
		expect(await statusAndBody(large)).toEqual([413, { message: "Request body too large." }]);
		for (const headers of [{ "content-type": "application/x-www-form-urlencoded" }, { "content-type": "text/plain" }, {}] as Array<Record<string, string>>) {
			const response = await app.call("/api/auth/register", { method: "POST", body: "email=a@b.c", headers });
			expect(await statusAndBody(response)).toEqual([415, { message: "Unsupported media type: send application/json." }]);
		}
	});
});

describe("POST /api/auth/login", () => {
	test("200 {accessToken, refreshToken, user} as seed 003 shows it, in that order", async () => {
		const app = await quarkApp();
		const response = await app.call("/api/auth/login", { body: CUSTOMER });
		const body = (await response.json()) as Record<string, unknown>;
		expect([response.status, Object.keys(body)]).toEqual([200, ["accessToken", "refreshToken", "user"]]);
		expect(body.user).toEqual({ id: "6f1c2a4e-8b3d-4c5a-9e7f-1a2b3c4d5e01", email: CUSTOMER.email, firstName: "Casey", lastName: "Customer", roles: ["Customer"] });
	});

	test("an account without the Customer role logs in with its own roles", async () => {
		const app = await quarkApp();
		expect((await signIn(app, STAFF)).user.roles).toEqual(["Staff"]);
	});

	test("a wrong password and an unknown e-mail get the same 401", async () => {
		const app = await quarkApp();
		const answers = [];
		for (const body of [{ ...CUSTOMER, password: "wrong-password" }, { email: "nobody@example.com", password: "whatever1" }]) {
			const response = await app.call("/api/auth/login", { body });
			answers.push([response.status, [...response.headers], await response.text()]);
		}
		expect(answers[0]).toEqual([401, expect.anything(), JSON.stringify({ message: "Invalid email or password." })]);
		expect(answers[1]).toEqual(answers[0]);
	});

	test("validation: the e-mail's rules and registration's password rule (FACTS.md §D's example)", async () => {
		const app = await quarkApp();
		const response = await app.call("/api/auth/login", { body: { password: "short" } });
		expect(await statusAndBody(response)).toEqual([
			400,
			problem({ Email: ["The Email field is required."], Password: ["Password must be at least 8 characters."] }),
		]);
	});
});
