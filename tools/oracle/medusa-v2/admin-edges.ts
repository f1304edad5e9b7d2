// The edges of the admin routes and the store product list that cases 25-28 left open: API keys on
// unknown ids, revoking twice or in the future, more list filters; users by id; the sales channels
// a publishable key brings to /store/products; the method lists of /store routes.
import { field } from "../recorder.ts";
import { bearer, type OracleCase } from "./context.ts";

const UNKNOWN_KEY = "apk_01AAAAAAAAAAAAAAAAAAAAAAAA";

export const ADMIN_EDGE_CASES: OracleCase[] = [
	{
		name: "29-api-key-edges",
		title: "/admin/api-keys: unknown ids, revoking twice and in the future, token, id, date and order filters",
		async record(o) {
			const admin = await o.admin();
			const auth = bearer(admin.token);
			const run = o.recorder.runId;
			const exchanges = [admin.exchange];
			const call = async (method: string, path: string, label: string, body?: unknown) => {
				const exchange = await o.call(method, path, { headers: auth, body, label });
				exchanges.push(exchange);
				return exchange;
			};
			await call("POST", `/admin/api-keys/${UNKNOWN_KEY}/revoke`, "revoke an unknown id", {});
			await call("POST", `/admin/api-keys/${UNKNOWN_KEY}`, "rename an unknown id", { title: "x" });
			await call("DELETE", `/admin/api-keys/${UNKNOWN_KEY}`, "delete an unknown id");
			const pub = await call("POST", "/admin/api-keys", "create a publishable key", { title: `edges-pub-${run}`, type: "publishable" });
			const sec = await call("POST", "/admin/api-keys", "create a secret key", { title: `edges-sec-${run}`, type: "secret" });
			const pubId = field(pub, "api_key", "id");
			const secId = field(sec, "api_key", "id");
			await call("GET", `/admin/api-keys?token=${field(pub, "api_key", "token")}`, "token filter, publishable");
			await call("GET", `/admin/api-keys?token=${field(sec, "api_key", "token")}`, "token filter, secret");
			await call("GET", `/admin/api-keys?id[]=${pubId}&id[]=${secId}`, "id list filter");
			await call("GET", `/admin/api-keys?q=${field(sec, "api_key", "redacted")}`, "q matches the redacted token");
			await call("GET", `/admin/api-keys?q=edges-&q=${run}`, "q twice");
			await call("GET", `/admin/api-keys?q=${run}&order=-title`, "order=-title");
			await call("GET", `/admin/api-keys?q=${run}&order=bogus`, "order by an unknown field");
			await call("GET", `/admin/api-keys?q=${run}&created_at[$gt]=2000-01-01T00:00:00.000Z`, "created_at $gt");
			await call("GET", `/admin/api-keys?q=${run}&created_at[$lt]=not-a-date`, "created_at $lt, not a date");
			await call("GET", `/admin/api-keys?q=${run}&created_at[$foo]=1`, "an unknown operator");
			await call("GET", `/admin/api-keys?q=${run}&$or[0][type]=secret&$or[1][title]=edges-pub-${run}`, "$or");
			await call("GET", `/admin/api-keys?q=${run}&limit=-1`, "negative limit");
			await call("POST", `/admin/api-keys/${pubId}/revoke`, "revoke the publishable key", {});
			await call("POST", `/admin/api-keys/${pubId}/revoke`, "revoke the publishable key again", {});
			await call("POST", `/admin/api-keys/${secId}/revoke`, "revoke the secret key in an hour", { revoke_in: 3600 });
			await call("DELETE", `/admin/api-keys/${secId}`, "delete a key revoked in the future");
			await call("POST", `/admin/api-keys/${secId}/revoke`, "revoke again while the first revocation is ahead", {});
			await call("POST", `/admin/api-keys/${secId}/revoke`, "revoke_in not a number", { revoke_in: "1" });
			await call("POST", `/admin/api-keys/${secId}/revoke`, "an unknown field", { foo: 1 });
			await call("POST", `/admin/api-keys/${pubId}`, "rename a revoked key", { title: `edges-pub-renamed-${run}` });
			await call("DELETE", `/admin/api-keys/${pubId}`, "delete the revoked publishable key");
			await call("DELETE", `/admin/api-keys/${pubId}`, "delete it again");
			await call("GET", `/admin/api-keys?q=${run}&with_deleted=true`, "with_deleted=true");
			await call("GET", `/admin/api-keys?q=${run}&with_deleted=maybe`, "with_deleted not a boolean");
			await call("GET", `/admin/api-keys/${secId}?fields=id,revoked_at`, "one key, fields=");
			await call("GET", `/admin/api-keys/${secId}?foo=1`, "one key, an unknown query key");
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "30-admin-users-by-id",
		title: "/admin/users/:id: the admin's own id, an unknown id, deleting oneself, and the update's body",
		async record(o) {
			const admin = await o.admin();
			const auth = bearer(admin.token);
			const me = await o.call("GET", "/admin/users/me", { headers: auth, label: "who am I" });
			const id = field(me, "user", "id");
			const unknown = "user_01AAAAAAAAAAAAAAAAAAAAAAAA";
			const exchanges = [
				admin.exchange,
				me,
				await o.call("GET", `/admin/users/${id}`, { headers: auth, label: "GET by own id" }),
				await o.call("GET", `/admin/users/${id}?fields=email`, { headers: auth, label: "GET by own id, fields=" }),
				await o.call("GET", `/admin/users/${unknown}`, { headers: auth, label: "GET an unknown id" }),
				await o.call("GET", "/admin/users/me?foo=1", { headers: auth, label: "GET me, an unknown query key" }),
				await o.call("DELETE", `/admin/users/${id}`, { headers: auth, label: "DELETE oneself by id" }),
				await o.call("DELETE", `/admin/users/${unknown}`, { headers: auth, label: "DELETE an unknown id" }),
				await o.call("POST", `/admin/users/${unknown}`, { headers: auth, body: { first_name: "x" }, label: "POST an unknown id" }),
				await o.call("POST", `/admin/users/${id}`, { headers: auth, body: { email: "other@example.com" }, label: "POST: the e-mail" }),
				await o.call("POST", `/admin/users/${id}`, { headers: auth, body: { first_name: 1 }, label: "POST: a number" }),
				await o.call("POST", `/admin/users/${id}`, { headers: auth, body: { first_name: "Ada", metadata: { a: 1 } }, label: "POST: name and metadata" }),
				await o.call("GET", "/admin/users/me", { headers: auth, label: "GET me after the update" }),
				await o.call("POST", `/admin/users/${id}`, { headers: auth, body: { first_name: null, metadata: null, avatar_url: null }, label: "POST: back to null" }),
			];
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "31-store-channels-and-methods",
		title: "/store/products with the key's own channel and with a key without channels; /store method lists",
		async record(o) {
			const admin = await o.admin();
			const auth = bearer(admin.token);
			const own = await o.call("GET", `/admin/api-keys?token=${o.publishableKey}&fields=id,sales_channels.id`, { headers: auth, label: "the key's channel" });
			const channel = field(own, "api_keys", "0", "sales_channels", "0", "id");
			const bare = await o.call("POST", "/admin/api-keys", { headers: auth, body: { title: `bare-${o.recorder.runId}`, type: "publishable" }, label: "a key without channels" });
			const bareKey = { "x-publishable-api-key": field(bare, "api_key", "token") };
			const exchanges = [
				admin.exchange,
				own,
				bare,
				await o.call("GET", `/store/products?sales_channel_id=${channel}`, { headers: o.key, label: "the key's own channel" }),
				await o.call("GET", `/store/products?sales_channel_id[]=${channel}&sales_channel_id[]=sc_01AAAAAAAAAAAAAAAAAAAAAAAA`, { headers: o.key, label: "own and another channel" }),
				await o.call("GET", "/store/products", { headers: bareKey, label: "a key without channels" }),
				await o.call("GET", `/store/products?sales_channel_id=${channel}`, { headers: bareKey, label: "a key without channels, asking for one" }),
				await o.call("GET", "/store/customers/me", { headers: bareKey, label: "a key without channels on /store/customers/me" }),
				await o.call("GET", "/store/products?handle=x&id[]=prod_01AAAAAAAAAAAAAAAAAAAAAAAA&is_giftcard=true", { headers: o.key, label: "more filters" }),
				await o.call("GET", "/store/products?is_giftcard=maybe", { headers: o.key, label: "is_giftcard not a boolean" }),
				await o.call("GET", "/store/products?region_id=reg_x&fields=%2Btitle", { headers: o.key, label: "region and fields=+title" }),
				await o.call("GET", "/store/products?a.b.c=1", { headers: o.key, label: "a dotted key" }),
			];
			const customerPaths = ["/store/customers/me", "/store/customers/me/addresses", "/store/customers/me/addresses/cuaddr_x"];
			for (const path of [...customerPaths, "/store/products", "/store/customers"])
				exchanges.push(await o.call("OPTIONS", path, { headers: o.key, label: `OPTIONS ${path}, not a preflight` }));
			const customer = await o.customer(o.email("options"), "secret-options-1");
			exchanges.push(...customer.exchanges);
			for (const path of customerPaths)
				exchanges.push(await o.call("OPTIONS", path, { headers: { ...o.key, ...bearer(customer.token) }, label: `OPTIONS ${path} as the customer` }));
			for (const path of ["/admin/api-keys", "/admin/api-keys/apk_x", "/admin/api-keys/apk_x/revoke", "/admin/users/me", "/admin/users/user_x", "/admin/products"])
				exchanges.push(await o.call("OPTIONS", path, { headers: auth, label: `OPTIONS ${path} as the admin` }));
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
];
