// Third-party login on the reference in-process (issue 18): the start of the flow, the callback's
// refusals in upstream's order (observed 35), the fake provider's page and its control approval, the
// identities and tokens it makes, and the reference's own rules on state and code.
import { describe, expect, test } from "bun:test";
import { call, decodeJwt, makeTestApp, PUBLISHABLE_KEY } from "./support/test-app.ts";

type App = Awaited<ReturnType<typeof makeTestApp>>["app"];

const GOOGLE_CALLBACK = "http://localhost:8000/auth/customer/google/callback";
const LINKED_GOOGLE = "109876543210987654321";
const UNLINKED_GOOGLE = "112233445566778899001";
const UNVERIFIED_GOOGLE = "100000000000000000042";
const LINKED_GITHUB = "58200001";

const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

const start = async (app: App, provider = "google", body: unknown = {}, actor = "customer"): Promise<string> => {
	const response = await call(app, `/auth/${actor}/${provider}`, { method: "POST", body });
	expect(response.status).toBe(200);
	return String((await json(response)).location);
};

const approve = async (app: App, location: string, who: Record<string, unknown>) => {
	const response = await call(app, "/__control/provider/approve", { body: { location, ...who } });
	expect(response.status).toBe(200);
	return (await json(response)) as { redirect: string; code: string; state: string; account: { id: string; made: boolean } };
};

/** The callback on this server for a redirect the provider made: its query as the storefront would pass it on. */
const callback = (app: App, redirect: string, provider = "google", actor = "customer"): Promise<Response> =>
	call(app, `/auth/${actor}/${provider}/callback${new URL(redirect).search}`);

const refusal = async (response: Response): Promise<[number, unknown]> => [response.status, (await json(response)).message];

describe("the start of a third-party login", () => {
	test("answers 200 {location}: this server's provider page, upstream's parameters in upstream's order, a 64-hex state", async () => {
		const { app } = await makeTestApp();
		const response = await call(app, "/auth/customer/google", { method: "POST", body: {} });
		expect(response.status).toBe(200);
		expect(response.headers.get("location")).toBeNull();
		const location = new URL(String((await json(response)).location));
		expect(`${location.origin}${location.pathname}`).toBe("http://localhost/__provider/google/authorize");
		expect([...location.searchParams.keys()]).toEqual(["redirect_uri", "client_id", "response_type", "scope", "state"]);
		expect(location.searchParams.get("redirect_uri")).toBe(GOOGLE_CALLBACK);
		expect(location.searchParams.get("client_id")).toBe("gatecheck-google-client");
		expect(location.search).toContain("scope=email+profile+openid");
		expect(location.searchParams.get("state")).toMatch(/^[0-9a-f]{64}$/);
		const github = new URL(await start(app, "github"));
		expect([...github.searchParams.keys()]).toEqual(["redirect_uri", "client_id", "response_type", "state"]);
	});

	test("behind --trust-proxy the location is on the origin the browser reached: X-Forwarded-Proto and X-Forwarded-Host", async () => {
		const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "shop.example" };
		const locationFrom = async (trustProxy: boolean) => {
			const { app } = await makeTestApp({ trustProxy });
			const response = await call(app, "/auth/customer/google", { method: "POST", headers: forwarded, body: {} });
			return new URL(String((await json(response)).location)).origin;
		};
		expect(await locationFrom(true)).toBe("https://shop.example");
		expect(await locationFrom(false)).toBe("http://localhost");
	});

	test("callback_url comes from the body only; null falls back, \"\" and 42 are kept as strings (observed 35)", async () => {
		const { app } = await makeTestApp();
		const redirectOf = async (body: unknown) => new URL(await start(app, "google", body)).searchParams.get("redirect_uri");
		expect(await redirectOf({ callback_url: "http://localhost:8000/custom-callback" })).toBe("http://localhost:8000/custom-callback");
		expect(await redirectOf({ callback_url: null })).toBe(GOOGLE_CALLBACK);
		expect(await redirectOf({ callback_url: "" })).toBe("");
		expect(await redirectOf({ callback_url: 42 })).toBe("42");
		const viaQuery = await json(await call(app, "/auth/customer/google?callback_url=http://evil.example/x"));
		expect(new URL(String(viaQuery.location)).searchParams.get("redirect_uri")).toBe(GOOGLE_CALLBACK);
	});

	test("lists the providers the actor may use, the last configured first; a user may not use google (observed 35)", async () => {
		const { app } = await makeTestApp();
		const ids = async (actor: string) => ((await json(await call(app, `/auth/${actor}/providers`))).providers as Array<{ id: string; flow: string }>).map((p) => `${p.id}:${p.flow}`);
		expect(await ids("customer")).toEqual(["github:redirect", "google:redirect", "emailpass:credentials"]);
		expect(await ids("user")).toEqual(["emailpass:credentials"]);
		expect(await refusal(await call(app, "/auth/user/google", { method: "POST", body: {} }))).toEqual([
			400,
			"The actor type user is not allowed to use the auth provider google",
		]);
	});

	test("register is refused for google and github with upstream's 401 (observed 35)", async () => {
		const { app } = await makeTestApp();
		expect(await refusal(await call(app, "/auth/customer/google/register", { body: {} }))).toEqual([
			401,
			"Google does not support registration. Use method `authenticate` instead.",
		]);
		expect((await refusal(await call(app, "/auth/customer/github/register", { body: {} })))[1]).toStartWith("Github does not support");
	});

	test("without oauth_providers in the fixtures, google is unconfigured as in a new Medusa project (observed 22)", async () => {
		const { app } = await makeTestApp({ fixtures: {} });
		const [status, message] = await refusal(await call(app, "/auth/customer/google", { body: {} }));
		expect(status).toBe(401);
		expect(String(message)).toStartWith("\nUnable to retrieve the auth provider with id: google");
	});
});

describe("the callback's refusals, in upstream's order (observed 35)", () => {
	test("error, then code, then state; every one a 401 with upstream's message", async () => {
		const { app } = await makeTestApp();
		const path = "/auth/customer/google/callback";
		expect(await refusal(await call(app, `${path}?error=access_denied&error_description=Denied&error_uri=http://x.example/doc`))).toEqual([
			401,
			"Denied, read more at: http://x.example/doc",
		]);
		expect(await refusal(await call(app, `${path}?error=access_denied`))).toEqual([401, "undefined, read more at: undefined"]);
		expect(await refusal(await call(app, path))).toEqual([401, "No code provided"]);
		expect(await refusal(await call(app, `${path}?code=abc`))).toEqual([401, "No state provided, or session expired"]);
		expect(await refusal(await call(app, `${path}?code=abc&state=${"0123456789abcdef".repeat(4)}`))).toEqual([
			401,
			"No state provided, or session expired",
		]);
	});

	test("a callback without code leaves the state; an unknown code spends it (google: 400 from its token endpoint, github: Invalid time value)", async () => {
		const { app } = await makeTestApp();
		const state = new URL(await start(app)).searchParams.get("state");
		const path = "/auth/customer/google/callback";
		expect(await refusal(await call(app, `${path}?state=${state}`))).toEqual([401, "No code provided"]);
		expect(await refusal(await call(app, `${path}?state=${state}&code=abc`))).toEqual([401, "Could not exchange token, 400, Bad Request"]);
		expect(await refusal(await call(app, `${path}?state=${state}&code=abc`))).toEqual([401, "No state provided, or session expired"]);
		const githubState = new URL(await start(app, "github")).searchParams.get("state");
		expect(await refusal(await call(app, `/auth/customer/github/callback?state=${githubState}&code=abc`))).toEqual([401, "Invalid time value"]);
	});

	test("the code may come in a POST body, the state only in the query", async () => {
		const { app } = await makeTestApp();
		const location = await start(app);
		const { code, state } = await approve(app, location, { account: UNLINKED_GOOGLE });
		const inBody = await call(app, `/auth/customer/google/callback?code=${code}`, { body: { state } });
		expect(await refusal(inBody)).toEqual([401, "No state provided, or session expired"]);
		const codeInBody = await call(app, `/auth/customer/google/callback?state=${state}`, { body: { code } });
		expect(codeInBody.status).toBe(200);
	});
});

describe("a whole login through the fake provider", () => {
	test("a new person gets a token without actor_id, becomes a customer with it, and refresh links the token (seed 002)", async () => {
		const { app } = await makeTestApp();
		const { redirect, account } = await approve(app, await start(app), { email: "new.person@example.com", name: "New Person" });
		expect(account.made).toBe(true);
		expect(redirect).toStartWith(`${GOOGLE_CALLBACK}?code=`);
		const response = await callback(app, redirect);
		expect(response.status).toBe(200);
		const token = String((await json(response)).token);
		const claims = decodeJwt(token);
		expect(claims).toMatchObject({ actor_id: "", actor_type: "customer", auth_provider: "google", app_metadata: {} });
		expect(claims.user_metadata).toEqual({ name: "New Person", email: "new.person@example.com", given_name: "New", family_name: "Person" });
		const bearer = { authorization: `Bearer ${token}`, "x-publishable-api-key": PUBLISHABLE_KEY };
		const created = await call(app, "/store/customers", { headers: bearer, body: { email: "new.person@example.com", first_name: "New" } });
		expect(created.status).toBe(200);
		const customerId = ((await json(created)).customer as { id: string }).id;
		const refreshed = await call(app, "/auth/token/refresh", { method: "POST", headers: { authorization: `Bearer ${token}` } });
		const linkedToken = String((await json(refreshed)).token);
		expect(decodeJwt(linkedToken)).toMatchObject({ actor_id: customerId, auth_provider: "google", app_metadata: { customer_id: customerId } });
		const me = await call(app, "/store/customers/me", { headers: { ...bearer, authorization: `Bearer ${linkedToken}` } });
		expect(((await json(me)).customer as { email: string }).email).toBe("new.person@example.com");
	});

	test("a fixture account linked to a customer gets a token with that customer as actor_id", async () => {
		const { app } = await makeTestApp();
		const { redirect } = await approve(app, await start(app), { account: LINKED_GOOGLE });
		const claims = decodeJwt(String((await json(await callback(app, redirect))).token));
		expect(claims).toMatchObject({ actor_id: "cus_01JGATECHECKCVS00000000001", app_metadata: { customer_id: "cus_01JGATECHECKCVS00000000001" } });
	});

	test("google refuses an unverified e-mail after the exchange (upstream's verify_)", async () => {
		const { app } = await makeTestApp();
		const { redirect } = await approve(app, await start(app), { account: UNVERIFIED_GOOGLE });
		expect(await refusal(await callback(app, redirect))).toEqual([401, "Email not verified, cannot proceed with authentication"]);
	});

	test("github's user_metadata has upstream's fields, rewritten at every login", async () => {
		const { app } = await makeTestApp();
		const { redirect } = await approve(app, await start(app, "github"), { account: LINKED_GITHUB });
		const claims = decodeJwt(String((await json(await callback(app, redirect, "github"))).token));
		expect(Object.keys(claims.user_metadata as object)).toEqual(["profile_url", "avatar", "email", "name", "company", "two_factor_authentication"]);
		expect(claims).toMatchObject({ actor_id: "cus_01JGATECHECKCVS00000000002", auth_provider: "github" });
	});

	test("the same e-mail typed twice, in any letter case, is the same account at the provider, so the same identity", async () => {
		const { app } = await makeTestApp();
		const first = await approve(app, await start(app), { email: "twice@example.com", name: "Twice" });
		const second = await approve(app, await start(app), { email: "Twice@Example.com", name: "Twice" });
		expect(second.account).toEqual({ ...first.account, made: false });
		const idOf = async (redirect: string) => decodeJwt(String((await json(await callback(app, redirect))).token)).auth_identity_id;
		expect(await idOf(first.redirect)).toBe(await idOf(second.redirect));
	});
});

describe("the reference's rules on state and code", () => {
	test("a code works once; a second state cannot reuse it", async () => {
		const { app } = await makeTestApp();
		const { code } = await approve(app, await start(app), { account: UNLINKED_GOOGLE });
		const first = new URL(await start(app)).searchParams.get("state");
		const second = new URL(await start(app)).searchParams.get("state");
		expect((await call(app, `/auth/customer/google/callback?code=${code}&state=${first}`)).status).toBe(200);
		expect(await refusal(await call(app, `/auth/customer/google/callback?code=${code}&state=${second}`))).toEqual([
			401,
			"Could not exchange token, 400, Bad Request",
		]);
	});

	test("a state works once", async () => {
		const { app } = await makeTestApp();
		const { redirect } = await approve(app, await start(app), { account: UNLINKED_GOOGLE });
		expect((await callback(app, redirect)).status).toBe(200);
		expect(await refusal(await callback(app, redirect))).toEqual([401, "No state provided, or session expired"]);
	});

	test("a code expires after 600 s and a state after 1200 s, on the server's clock", async () => {
		const { app } = await makeTestApp();
		const late = await approve(app, await start(app), { account: UNLINKED_GOOGLE });
		await call(app, "/__control/clock", { body: { advanceMs: 600_000 } });
		expect(await refusal(await callback(app, late.redirect))).toEqual([401, "Could not exchange token, 400, Bad Request"]);
		const location = await start(app);
		await call(app, "/__control/clock", { body: { advanceMs: 1_199_000 } });
		const { redirect } = await approve(app, location, { account: UNLINKED_GOOGLE });
		expect((await callback(app, redirect)).status).toBe(200);
		const stale = await start(app);
		await call(app, "/__control/clock", { body: { advanceMs: 1_200_000 } });
		const expired = await approve(app, stale, { account: UNLINKED_GOOGLE });
		expect(await refusal(await callback(app, expired.redirect))).toEqual([401, "No state provided, or session expired"]);
	});

	test("a state answers only the provider and actor type that opened it (reference choice; upstream takes any)", async () => {
		const { app } = await makeTestApp();
		const github = await approve(app, await start(app, "github"), { account: LINKED_GITHUB });
		expect(await refusal(await callback(app, github.redirect, "google"))).toEqual([401, "No state provided, or session expired"]);
		const google = await approve(app, await start(app), { account: UNLINKED_GOOGLE });
		expect(await refusal(await callback(app, google.redirect, "google", "seller"))).toEqual([401, "No state provided, or session expired"]);
	});

	test("the oauth-state-unbound defect takes a state minted by another actor type, as upstream does", async () => {
		const { app } = await makeTestApp({ defects: ["oauth-state-unbound"] });
		const google = await approve(app, await start(app), { account: UNLINKED_GOOGLE });
		const response = await callback(app, google.redirect, "google", "seller");
		expect(response.status).toBe(200);
		expect(decodeJwt(String((await json(response)).token)).actor_type).toBe("seller");
	});
});

describe("the provider page", () => {
	test("shows the provider's accounts and a form, and approving redirects to the callback with a code and the state", async () => {
		const { app } = await makeTestApp();
		const location = new URL(await start(app));
		const pageResponse = await call(app, `${location.pathname}${location.search}`);
		expect(pageResponse.status).toBe(200);
		expect(pageResponse.headers.get("content-type")).toBe("text/html; charset=utf-8");
		const page = await pageResponse.text();
		expect(page).toContain("Gina Google");
		expect(page).toContain("gina@example.com");
		expect(page).toContain('name="email"');
		const form = new URLSearchParams(location.searchParams);
		form.set("account", UNLINKED_GOOGLE);
		const approved = await call(app, location.pathname, { headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString() });
		expect(approved.status).toBe(303);
		const redirect = new URL(String(approved.headers.get("location")));
		expect(`${redirect.origin}${redirect.pathname}`).toBe(GOOGLE_CALLBACK);
		expect(redirect.searchParams.get("state")).toBe(location.searchParams.get("state"));
		expect((await callback(app, redirect.toString())).status).toBe(200);
	});

	test("cancel sends the person back with error=access_denied, which the callback turns into upstream's 401", async () => {
		const { app } = await makeTestApp();
		const location = new URL(await start(app));
		const form = new URLSearchParams(location.searchParams);
		form.set("decision", "deny");
		const denied = await call(app, location.pathname, { headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString() });
		const redirect = String(denied.headers.get("location"));
		expect(new URL(redirect).searchParams.get("error")).toBe("access_denied");
		expect((await refusal(await callback(app, redirect)))[0]).toBe(401);
	});

	test("an unknown client, a wrong response_type or an unconfigured provider gets a 400 page, never a code", async () => {
		const { app } = await makeTestApp();
		const location = new URL(await start(app));
		for (const [name, value] of [["client_id", "someone-else"], ["response_type", "token"], ["redirect_uri", "javascript:alert(1)"]]) {
			const params = new URLSearchParams(location.searchParams);
			params.set(String(name), String(value));
			const response = await call(app, `${location.pathname}?${params}`);
			expect(response.status).toBe(400);
			expect(await response.text()).toContain("Sign-in error");
		}
		expect((await call(app, `/__provider/facebook/authorize${location.search}`)).status).toBe(400);
	});

	test("the page escapes what the query carries", async () => {
		const { app } = await makeTestApp();
		const location = new URL(await start(app));
		location.searchParams.set("state", '"><script>alert(1)</script>');
		const page = await (await call(app, `${location.pathname}${location.search}`)).text();
		expect(page).not.toContain("<script>alert(1)</script>");
		expect(page).toContain("&lt;script&gt;");
	});
});

describe("the control approval (CONTROL.md, capability provider)", () => {
	test("is listed, and refuses what it cannot approve with a 400 that says why", async () => {
		const { app } = await makeTestApp();
		expect((await json(await call(app, "/__control"))).capabilities).toContain("provider");
		const location = await start(app);
		for (const body of [{}, { location: "not a url" }, { location: "http://localhost/elsewhere", account: UNLINKED_GOOGLE }, { location }, { location, account: "nobody" }, { location, email: "no-at-sign", name: "X" }]) {
			const response = await call(app, "/__control/provider/approve", { body });
			expect(response.status).toBe(400);
			expect((await json(response)).type).toBe("invalid_data");
		}
	});

	test("carphacom, a medusa-v2 shop, offers the same login", async () => {
		const { app } = await makeTestApp({ profile: "carphacom" });
		const { redirect } = await approve(app, await start(app), { account: LINKED_GOOGLE });
		expect((await callback(app, redirect)).status).toBe(200);
	});
});
