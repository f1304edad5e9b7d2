// The auth routes and middleware beyond emailpass login: providers that are not configured or not
// allowed for an actor, the providers list, a session created twice, MFA claims, and secret API keys
// sent as a bearer token.
import { SignJWT } from "jose";
import { field, header } from "../recorder.ts";
import { bearer, type OracleCase } from "./context.ts";

export const AUTH_MIDDLEWARE_CASES: OracleCase[] = [
	{
		name: "22-auth-providers",
		title: "Providers: unknown, not allowed for the actor, unknown actor types, and the providers list",
		async record(o) {
			const exchanges = [];
			// A fresh address: the vendor registration below creates its identity, and the login after it finds it.
			const email = o.email("providers");
			const body = { email, password: "Providers-Pass-1" };
			for (const path of [
				"/auth/user/google",
				"/auth/user/google/register",
				"/auth/user/google/update",
				"/auth/user/google/reset-password",
				"/auth/customer/google",
				"/auth/customer/github",
				"/auth/customer/github/register",
				"/auth/customer/github/reset-password",
				"/auth/customer/github/update",
				"/auth/customer/github/callback",
				"/auth/vendor/emailpass",
				"/auth/vendor/emailpass/register",
				"/auth/vendor/emailpass/reset-password",
				"/auth/Customer/emailpass",
			])
				exchanges.push(await o.call("POST", path, { body: path.endsWith("reset-password") ? { identifier: email } : body, label: `POST ${path}` }));
			for (const path of ["/auth/customer/providers", "/auth/user/providers", "/auth/vendor/providers"])
				exchanges.push(await o.call("GET", path, { label: `GET ${path}` }));
			exchanges.push(await o.call("GET", "/auth/customer/google/callback", { label: "GET google callback" }));
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "23-session-twice",
		title: "POST /auth/session when the request already carries a session cookie",
		async record(o) {
			const { exchanges, token } = await o.customer(o.email("session-twice"), "Session-Pass-1");
			const first = await o.call("POST", "/auth/session", { headers: bearer(token), label: "create a session" });
			const cookie = (header(first, "set-cookie")[0] ?? "").split(";")[0] ?? "";
			const other = await o.customer(o.email("session-twice-other"), "Session-Pass-2");
			exchanges.push(
				first,
				await o.call("POST", "/auth/session", { headers: { ...bearer(token), Cookie: cookie }, label: "again with the token and its cookie" }),
				...other.exchanges,
				await o.call("POST", "/auth/session", { headers: { ...bearer(other.token), Cookie: cookie }, label: "another customer's token with the first cookie" }),
				await o.call("GET", "/store/customers/me", { headers: { ...o.key, Cookie: cookie }, label: "whose session the cookie is now" }),
				await o.call("POST", "/auth/session", { headers: { Cookie: cookie }, label: "the cookie alone" }),
				await o.call("POST", "/auth/token/refresh", { headers: { Cookie: cookie }, label: "refresh with the cookie alone" }),
				await o.call("DELETE", "/auth/session", { headers: { Cookie: cookie }, label: "log out" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "24-mfa-claims",
		title: "Tokens whose claims say MFA is enabled but not completed",
		async record(o) {
			const { exchanges, token } = await o.customer(o.email("mfa"), "Mfa-Pass-1");
			const admin = await o.admin();
			exchanges.push(admin.exchange);
			const claims = (t: string): Record<string, unknown> => JSON.parse(Buffer.from(t.split(".")[1] ?? "", "base64url").toString());
			const secret = new TextEncoder().encode(o.jwtSecret);
			const sign = (payload: Record<string, unknown>): Promise<string> => new SignJWT(payload).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(secret);
			const customerMfa = await sign({ ...claims(token), mfa_enabled: true, mfa_challenge_completed_at: null });
			const customerDone = await sign({ ...claims(token), mfa_enabled: true, mfa_challenge_completed_at: Math.floor(Date.now() / 1000) });
			const adminMfa = await sign({ ...claims(admin.token), mfa_enabled: true, mfa_challenge_completed_at: null });
			exchanges.push(
				await o.call("GET", "/store/customers/me", { headers: { ...o.key, ...bearer(customerMfa) }, label: "customer, MFA pending" }),
				await o.call("GET", "/store/customers/me", { headers: { ...o.key, ...bearer(customerDone) }, label: "customer, MFA completed" }),
				await o.call("GET", "/admin/products", { headers: bearer(adminMfa), label: "admin, MFA pending" }),
				await o.call("POST", "/auth/session", { headers: bearer(customerMfa), label: "session from an MFA-pending token" }),
				await o.call("POST", "/auth/token/refresh", { headers: bearer(customerMfa), label: "refresh an MFA-pending token" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "25-secret-key-schemes",
		title: "A secret API key sent as Bearer, as Basic, and a publishable key on /admin",
		async record(o) {
			const admin = await o.admin();
			const auth = bearer(admin.token);
			const created = await o.call("POST", "/admin/api-keys", { headers: auth, body: { title: `scheme-${o.recorder.runId}`, type: "secret" }, label: "create a secret key" });
			const secret = field(created, "api_key", "token");
			const basic = (value: string): Record<string, string> => ({ Authorization: `Basic ${Buffer.from(value).toString("base64")}` });
			const exchanges = [
				admin.exchange,
				created,
				await o.call("GET", "/admin/products", { headers: bearer(secret), label: "Bearer sk_…" }),
				await o.call("GET", "/admin/products", { headers: basic(`${secret}:`), label: "Basic sk_…:" }),
				await o.call("GET", "/admin/products", { headers: basic(secret), label: "Basic sk_… without the colon" }),
				await o.call("GET", "/admin/products", { headers: { Authorization: `basic ${Buffer.from(`${secret}:`).toString("base64")}` }, label: "lower-case basic" }),
				await o.call("GET", "/admin/products", { headers: basic(`${o.publishableKey}:`), label: "Basic with the publishable key" }),
				await o.call("GET", "/admin/products", { headers: basic("sk_unknown:"), label: "Basic with an unknown secret" }),
				await o.call("GET", "/admin/products", { headers: { Authorization: "Basic !!!" }, label: "Basic, not base64" }),
				await o.call("GET", "/store/customers/me", { headers: { ...o.key, ...basic(`${secret}:`) }, label: "Basic sk_ on /store/customers/me" }),
				await o.call("POST", "/auth/session", { headers: bearer(secret), label: "Bearer sk_ on /auth/session" }),
			];
			const id = field(created, "api_key", "id");
			exchanges.push(
				await o.call("POST", `/admin/api-keys/${id}/revoke`, { headers: auth, body: {}, label: "revoke it" }),
				await o.call("GET", "/admin/products", { headers: basic(`${secret}:`), label: "Basic with the revoked key" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
];
