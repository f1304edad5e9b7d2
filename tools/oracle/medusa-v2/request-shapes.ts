// How the server reads what it is sent before any route runs: JSON that is valid but not an object,
// forms with qs-style keys, text/plain, bodies over the limit, methods a route does not serve, and
// odd paths (Express's json/urlencoded parsers, Medusa's router and error handler).
import type { OracleCase } from "./context.ts";

const LOGIN = "/auth/customer/emailpass";
const RESET = "/auth/customer/emailpass/reset-password";

export const REQUEST_SHAPE_CASES: OracleCase[] = [
	{
		name: "18-json-roots",
		title: "JSON bodies that are valid JSON but not objects, and malformed JSON",
		async record(o) {
			const exchanges = [];
			const json = { "Content-Type": "application/json" };
			for (const raw of ["1", "null", "true", '"x"', " -12", '"a string long enough to be cut short by the parser"', "[]", '[{"email":"a@example.com"}]', "{", '{"email":}', "{email:1}", '{"a":1} x', "nul"])
				exchanges.push(await o.call("POST", LOGIN, { headers: json, raw, label: `login, body ${raw}` }));
			for (const raw of ["1", "[]", '["x"]'])
				exchanges.push(await o.call("POST", RESET, { headers: json, raw, label: `reset-password, body ${raw}` }));
			exchanges.push(await o.call("POST", "/store/customers", { headers: { ...json, ...o.key }, raw: "null", label: "store route, body null" }));
			exchanges.push(await o.call("POST", LOGIN, { headers: { "Content-Type": "application/vnd.api+json" }, raw: "1", label: "+json type, body 1" }));
			exchanges.push(await o.call("POST", LOGIN, { headers: { "Content-Type": "application/json; charset=utf-8" }, raw: "{}", label: "charset parameter" }));
			exchanges.push(await o.call("POST", LOGIN, { headers: { "Content-Type": "application/json; charset=latin1" }, raw: "{}", label: "unsupported charset" }));
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "19-form-and-text-bodies",
		title: "Form bodies with qs-style keys, and text/plain bodies",
		async record(o) {
			const email = o.email("form");
			const password = "Form-Pass-1";
			const form = { "Content-Type": "application/x-www-form-urlencoded" };
			const text = { "Content-Type": "text/plain" };
			const exchanges = [await o.register(email, password)];
			for (const [label, raw] of [
				["identifier[0]", "identifier[0]=x%40example.com"],
				["identifier[]", "identifier[]=x%40example.com"],
				["identifier[a]", "identifier[a]=x"],
				["repeated identifier", "identifier=a%40example.com&identifier=b%40example.com"],
				["identifier, then metadata[k]", "identifier=a%40example.com&metadata[k]=v"],
				["empty form", ""],
			] as const)
				exchanges.push(await o.call("POST", RESET, { headers: form, raw, label: `reset-password form: ${label}` }));
			exchanges.push(
				await o.call("POST", LOGIN, { headers: form, raw: `email[0]=${encodeURIComponent(email)}&password=${password}`, label: "login form: email[0]" }),
				await o.call("POST", LOGIN, { headers: form, raw: `email=${encodeURIComponent(email)}&password[x]=1`, label: "login form: password[x]" }),
				await o.call("POST", LOGIN, { headers: text, raw: JSON.stringify({ email, password }), label: "login text/plain JSON" }),
				await o.call("POST", LOGIN, { headers: text, raw: "hello", label: "login text/plain word" }),
				await o.call("POST", RESET, { headers: text, raw: JSON.stringify({ identifier: email }), label: "reset-password text/plain JSON" }),
				await o.call("POST", LOGIN, { headers: { "Content-Type": "application/xml" }, raw: "<a/>", label: "login xml" }),
				await o.call("POST", LOGIN, { headers: { "Content-Type": "multipart/form-data; boundary=x" }, raw: "--x--", label: "login multipart" }),
				await o.call("POST", LOGIN, { raw: JSON.stringify({ email, password }), label: "login with no Content-Type" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "20-body-limit",
		title: "Bodies over the JSON and form parsers' limit",
		async record(o) {
			const big = JSON.stringify({ email: "a@example.com", password: "x".repeat(200 * 1024) });
			const form = `email=a%40example.com&password=${"x".repeat(200 * 1024)}`;
			const exchanges = [
				await o.call("POST", LOGIN, { headers: { "Content-Type": "application/json" }, raw: big, label: "login, 200 KiB JSON" }),
				await o.call("POST", LOGIN, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, raw: form, label: "login, 200 KiB form" }),
				await o.call("POST", "/store/customers/me", { headers: { "Content-Type": "application/json", ...o.key }, raw: big, label: "store route, 200 KiB JSON, no token" }),
				await o.call("POST", LOGIN, { headers: { "Content-Type": "application/json" }, raw: JSON.stringify({ email: "a@example.com", password: "x".repeat(99 * 1024) }), label: "login, 99 KiB JSON" }),
			];
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "21-methods-and-paths",
		title: "Methods a route does not serve, unknown routes and odd paths",
		async record(o) {
			const exchanges = [];
			for (const path of [LOGIN, "/auth/customer/emailpass/register", RESET, "/auth/customer/emailpass/update", "/auth/session", "/auth/token/refresh"])
				exchanges.push(await o.call("GET", path, { label: `GET ${path}` }));
			exchanges.push(
				await o.call("PUT", LOGIN, { body: {}, label: "PUT login" }),
				await o.call("DELETE", LOGIN, { label: "DELETE login" }),
				await o.call("PATCH", "/auth/session", { label: "PATCH session" }),
				await o.call("OPTIONS", LOGIN, { label: "OPTIONS login, no Origin" }),
				await o.call("OPTIONS", "/store/customers/me", { label: "OPTIONS /store, no Origin" }),
				await o.call("GET", "/auth/customer/emailpass/callback", { label: "GET emailpass callback" }),
				await o.call("POST", "/auth/customer/emailpass/callback", { body: {}, label: "POST emailpass callback" }),
				await o.call("GET", "/auth/user/emailpass/callback?code=x&state=y", { label: "GET user emailpass callback with a code" }),
				await o.call("GET", "/auth/../auth/customer/emailpass", { label: "dot segments" }),
				await o.call("POST", "/auth/customer/emailpass/", { body: {}, label: "trailing slash" }),
				await o.call("POST", "/AUTH/customer/emailpass", { body: {}, label: "upper-case path" }),
				await o.call("POST", "/auth/customer/emailpass?x=1", { body: {}, label: "query string on login" }),
				await o.call("GET", "/store/nothing-here", { headers: o.key, label: "unknown /store route" }),
				await o.call("GET", "/admin/nothing-here", { label: "unknown /admin route" }),
				await o.call("GET", "/nothing-here", { label: "unknown route" }),
				await o.call("GET", "/auth/customer/emailpass", { headers: { Origin: "http://localhost:8000" }, label: "GET login from an allowed origin" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
];
