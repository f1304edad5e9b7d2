// The account page a storefront shows right after login: the customer updating their profile and
// managing addresses (POST /store/customers/me, /store/customers/me/addresses[/:id]), and the
// registration body's metadata and validation order (POST /store/customers).
import { field } from "../recorder.ts";
import { bearer, type OracleCase } from "./context.ts";

export const CUSTOMER_ACCOUNT_CASES: OracleCase[] = [
	{
		name: "15-customer-update",
		title: "POST /store/customers/me: a customer updating their profile",
		async record(o) {
			const { exchanges, token } = await o.customer(o.email("update"), "Update-Pass-1");
			const auth = { ...o.key, ...bearer(token) };
			const me = "/store/customers/me";
			exchanges.push(
				await o.call("POST", me, { headers: o.key, body: { first_name: "X" }, label: "no token" }),
				await o.call("POST", me, { headers: bearer(token), body: { first_name: "X" }, label: "no publishable key" }),
				await o.call("POST", me, {
					headers: auth,
					body: { first_name: "Grace", last_name: "Hopper", phone: "+15550100", company_name: "Navy", metadata: { tier: "gold", n: 1 } },
					label: "every field",
				}),
				await o.call("POST", me, { headers: auth, body: { metadata: { n: 2, extra: true } }, label: "metadata again: replaced or merged" }),
				await o.call("POST", me, { headers: auth, body: { metadata: { extra: "" } }, label: "metadata key set to an empty string" }),
				await o.call("POST", me, { headers: auth, body: { metadata: { zeta: 1, a: { bb: 1, a: [2, { yy: 1, x: 0 }] } } }, label: "metadata: nested key order" }),
				await o.call("POST", me, { headers: auth, body: { metadata: {} }, label: "metadata: an empty object" }),
				await o.call("POST", me, { headers: auth, body: { metadata: null }, label: "metadata: null" }),
				await o.call("POST", me, { headers: auth, body: { metadata: { back: 1 } }, label: "metadata: after null" }),
				await o.call("POST", me, { headers: auth, body: { first_name: null, phone: null }, label: "nulls clear fields" }),
				await o.call("POST", me, { headers: auth, body: {}, label: "empty object" }),
				await o.call("POST", me, { headers: auth, body: { email: "changed@example.com" }, label: "email is not updatable" }),
				await o.call("POST", me, { headers: auth, body: { first_name: 1 }, label: "a number for a string" }),
				await o.call("POST", me, { headers: auth, body: { metadata: "x" }, label: "metadata not an object" }),
				await o.call("POST", me, { headers: auth, body: { first_name: "A", role: "admin", has_account: false }, label: "unknown fields" }),
				await o.call("POST", `${me}?fields=id,email`, { headers: auth, body: { last_name: "Fields" }, label: "fields= selects the answer" }),
				await o.call("POST", `${me}?foo=bar`, { headers: auth, body: { last_name: "Q" }, label: "unknown query key" }),
				await o.call("GET", me, { headers: auth, label: "the profile afterwards" }),
				await o.call("GET", `${me}?fields=id,first_name`, { headers: auth, label: "GET with fields=" }),
				await o.call("GET", `${me}?foo=bar`, { headers: auth, label: "GET with an unknown query key" }),
				await o.call("PUT", me, { headers: auth, body: { first_name: "Put" }, label: "PUT is no route" }),
				await o.call("DELETE", me, { headers: auth, label: "DELETE is no route" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "16-customer-addresses",
		title: "/store/customers/me/addresses: list, create, read, update, delete",
		async record(o) {
			const { exchanges, token } = await o.customer(o.email("addresses"), "Address-Pass-1");
			const other = await o.customer(o.email("addresses-other"), "Address-Pass-2");
			exchanges.push(...other.exchanges);
			const auth = { ...o.key, ...bearer(token) };
			const list = "/store/customers/me/addresses";
			const address = {
				address_name: "Home",
				first_name: "Ada",
				last_name: "Lovelace",
				company: "Engines",
				address_1: "1 Main St",
				address_2: "Flat 2",
				city: "London",
				province: "Greater London",
				postal_code: "N1 1AA",
				country_code: "gb",
				phone: "+44100",
				metadata: { door: "blue" },
			};
			exchanges.push(
				await o.call("GET", list, { headers: o.key, label: "no token" }),
				await o.call("GET", list, { headers: auth, label: "empty list" }),
				await o.call("POST", list, { headers: auth, body: address, label: "create: every field" }),
			);
			const created = exchanges.at(-1);
			const firstId = field(created ?? exchanges[0]!, "customer", "addresses", "0", "id");
			exchanges.push(
				await o.call("POST", list, { headers: auth, body: { city: "Paris", is_default_shipping: true, is_default_billing: true }, label: "create: defaults" }),
				await o.call("POST", list, { headers: auth, body: {}, label: "create: empty object" }),
				await o.call("POST", list, { headers: auth, body: { city: 1 }, label: "create: a number for a string" }),
				await o.call("POST", list, { headers: auth, body: { street: "x" }, label: "create: unknown field" }),
				await o.call("POST", list, { headers: auth, body: { is_default_shipping: "yes" }, label: "create: a string for a boolean" }),
				await o.call("GET", list, { headers: auth, label: "list of three" }),
				await o.call("GET", `${list}?limit=1&offset=1`, { headers: auth, label: "list, paged" }),
				await o.call("GET", `${list}?city=Paris`, { headers: auth, label: "list, filtered by city" }),
				await o.call("GET", `${list}?q=Lond`, { headers: auth, label: "list, q=" }),
				await o.call("GET", `${list}?foo=bar`, { headers: auth, label: "list, unknown query key" }),
				await o.call("GET", `${list}/${firstId}`, { headers: auth, label: "read one" }),
				await o.call("GET", `${list}/${firstId}`, { headers: { ...o.key, ...bearer(other.token) }, label: "read another customer's address" }),
				await o.call("GET", `${list}/caddr_01AAAAAAAAAAAAAAAAAAAAAAAA`, { headers: auth, label: "read an unknown id" }),
				await o.call("POST", `${list}/${firstId}`, { headers: auth, body: { city: "Bath", is_default_billing: true }, label: "update" }),
				await o.call("POST", `${list}/${firstId}`, { headers: { ...o.key, ...bearer(other.token) }, body: { city: "Hack" }, label: "update another customer's address" }),
				await o.call("POST", `${list}/caddr_01AAAAAAAAAAAAAAAAAAAAAAAA`, { headers: auth, body: { city: "X" }, label: "update an unknown id" }),
				await o.call("POST", `${list}/${firstId}`, { headers: auth, body: { zip: "1" }, label: "update: unknown field" }),
				await o.call("DELETE", `${list}/${firstId}`, { headers: { ...o.key, ...bearer(other.token) }, label: "delete another customer's address" }),
				await o.call("DELETE", `${list}/${firstId}`, { headers: auth, label: "delete" }),
				await o.call("DELETE", `${list}/${firstId}`, { headers: auth, label: "delete again" }),
				await o.call("GET", "/store/customers/me", { headers: auth, label: "the customer with its addresses" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "17-customer-create-body",
		title: "POST /store/customers: metadata kept, body validated before the already-authenticated check",
		async record(o) {
			const email = o.email("create-body");
			const register = await o.register(email, "Create-Pass-1");
			const auth = o.registered(register);
			const exchanges = [register];
			for (const [label, body] of [
				["email not an e-mail", { email: "not-an-email" }],
				["email empty", { email: "" }],
				["first_name a number", { email, first_name: 1 }],
				["metadata not an object", { email, metadata: [1] }],
				["unknown field", { email, role: "admin" }],
				["no email", { first_name: "A" }],
				["null email", { email: null }],
				["several issues", { email: 1, first_name: 2, last_name: 3, phone: 4 }],
				["an array", [{ email }]],
			] as const)
				exchanges.push(await o.call("POST", "/store/customers", { headers: auth, body, label }));
			exchanges.push(await o.call("POST", "/store/customers", { headers: auth, body: { email, first_name: "Meta", metadata: { source: "web", n: 1 } }, label: "with metadata" }));
			const login = await o.call("POST", "/auth/customer/emailpass", { body: { email, password: "Create-Pass-1" }, label: "log in" });
			const loggedIn = { ...o.key, ...bearer(field(login, "token")) };
			exchanges.push(
				login,
				await o.call("POST", "/store/customers", { headers: loggedIn, body: { email, role: "admin" }, label: "logged in, unknown field" }),
				await o.call("POST", "/store/customers", { headers: loggedIn, body: { email: "x" }, label: "logged in, bad e-mail" }),
				await o.call("POST", "/store/customers", { headers: loggedIn, body: { email }, label: "logged in, valid body" }),
				await o.call("POST", "/store/customers", { headers: o.key, body: { email: "x" }, label: "no token, bad body" }),
				await o.call("GET", "/store/customers/me", { headers: loggedIn, label: "metadata kept" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "34-registration-token-reused",
		title: "POST /store/customers again with a registration token whose identity already has its customer",
		async record(o) {
			const email = o.email("reused");
			const register = await o.register(email, "Reused-Pass-1");
			const auth = o.registered(register);
			const exchanges = [
				register,
				await o.call("POST", "/store/customers", { headers: auth, body: { email }, label: "create the customer" }),
				await o.call("POST", "/store/customers", { headers: auth, body: { email }, label: "again, the same e-mail" }),
				await o.call("POST", "/store/customers", { headers: auth, body: { email: o.email("reused-other") }, label: "again, another e-mail" }),
			];
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
];
