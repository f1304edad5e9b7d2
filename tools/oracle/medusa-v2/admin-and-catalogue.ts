// Admin API keys (several secret keys, filters, one key by id, revoke, delete), the admin's own user,
// and the store product list's query: sales channels outside the key, unknown keys, fields=.
import { field } from "../recorder.ts";
import { bearer, type OracleCase } from "./context.ts";

export const ADMIN_AND_CATALOGUE_CASES: OracleCase[] = [
	{
		name: "26-admin-api-keys",
		title: "/admin/api-keys: several secret keys, q and type filters, one key, revoke and delete",
		async record(o) {
			const admin = await o.admin();
			const auth = bearer(admin.token);
			const title = (n: string): string => `keys-${n}-${o.recorder.runId}`;
			const exchanges = [admin.exchange];
			const create = async (n: string, type: string) => {
				const exchange = await o.call("POST", "/admin/api-keys", { headers: auth, body: { title: title(n), type }, label: `create ${type} ${n}` });
				exchanges.push(exchange);
				return exchange;
			};
			const s1 = await create("s1", "secret");
			await create("s2", "secret");
			const p1 = await create("p1", "publishable");
			const q = `keys-s1-${o.recorder.runId}`;
			for (const [label, query] of [
				["q= one title", `q=${q}`],
				["q= this run", `q=${o.recorder.runId}`],
				["q= this run, secret only", `q=${o.recorder.runId}&type=secret`],
				["title=", `title=${q}`],
				["q=, fields=id,title", `q=${q}&fields=id,title`],
				["q=, limit=1", `q=${o.recorder.runId}&limit=1`],
				["q=, order=title", `q=${o.recorder.runId}&order=title`],
				["q=, order=-created_at", `q=${o.recorder.runId}&order=-created_at`],
				["unknown query key", "foo=1"],
				["type=bogus", `q=${o.recorder.runId}&type=bogus`],
				["revoked_at filter", `q=${o.recorder.runId}&revoked_at[$eq]=null`],
			] as const)
				exchanges.push(await o.call("GET", `/admin/api-keys?${query}`, { headers: auth, label }));
			const s1Id = field(s1, "api_key", "id");
			const p1Id = field(p1, "api_key", "id");
			exchanges.push(
				await o.call("GET", `/admin/api-keys/${s1Id}`, { headers: auth, label: "one key by id" }),
				await o.call("GET", `/admin/api-keys/${p1Id}`, { headers: auth, label: "a publishable key by id" }),
				await o.call("GET", "/admin/api-keys/apk_01AAAAAAAAAAAAAAAAAAAAAAAA", { headers: auth, label: "an unknown id" }),
				await o.call("POST", `/admin/api-keys/${s1Id}`, { headers: auth, body: { title: title("s1-renamed") }, label: "rename" }),
				await o.call("POST", `/admin/api-keys/${s1Id}`, { headers: auth, body: { type: "publishable" }, label: "change the type" }),
				await o.call("DELETE", `/admin/api-keys/${s1Id}`, { headers: auth, label: "delete an active key" }),
				await o.call("POST", `/admin/api-keys/${s1Id}/revoke`, { headers: auth, body: {}, label: "revoke" }),
				await o.call("POST", `/admin/api-keys/${s1Id}/revoke`, { headers: auth, body: {}, label: "revoke again" }),
				await o.call("DELETE", `/admin/api-keys/${s1Id}`, { headers: auth, label: "delete the revoked key" }),
				await o.call("GET", `/admin/api-keys/${s1Id}`, { headers: auth, label: "the deleted key" }),
				await o.call("POST", "/admin/api-keys", { headers: auth, body: { title: "" , type: "secret"}, label: "create: empty title" }),
				await o.call("POST", "/admin/api-keys", { headers: auth, body: { type: "secret" }, label: "create: no title" }),
				await o.call("POST", "/admin/api-keys", { headers: auth, body: { title: "x", type: "other" }, label: "create: unknown type" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "27-admin-users-me",
		title: "The admin's own user: GET, POST and DELETE /admin/users/me",
		async record(o) {
			const admin = await o.admin();
			const auth = bearer(admin.token);
			const exchanges = [
				admin.exchange,
				await o.call("GET", "/admin/users/me", { headers: auth, label: "GET" }),
				await o.call("GET", "/admin/users/me?fields=id,email", { headers: auth, label: "GET with fields=" }),
				await o.call("GET", "/admin/users/me", { label: "no token" }),
				await o.call("DELETE", "/admin/users/me", { headers: auth, label: "DELETE" }),
				await o.call("POST", "/admin/users/me", { headers: auth, body: { first_name: "x" }, label: "POST" }),
			];
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "28-store-products-query",
		title: "GET /store/products: sales channels outside the key, unknown query keys, filters and fields",
		async record(o) {
			const exchanges = [];
			for (const [label, query] of [
				["a channel not in the key", "sales_channel_id[]=sc_01AAAAAAAAAAAAAAAAAAAAAAAA"],
				["a channel not in the key, not an array", "sales_channel_id=sc_01AAAAAAAAAAAAAAAAAAAAAAAA"],
				["unknown query key", "foo=bar"],
				["title filter", "title=nothing"],
				["q", "q=nothing"],
				["fields", "fields=id,title"],
				["limit not a number", "limit=abc"],
				["negative offset", "offset=-1"],
				["limit 0", "limit=0"],
				["order", "order=title"],
			] as const)
				exchanges.push(await o.call("GET", `/store/products?${query}`, { headers: o.key, label }));
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
];
