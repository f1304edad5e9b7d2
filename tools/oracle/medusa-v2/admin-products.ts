// The query of GET /admin/products (AdminGetProductsParams: createFindParams merged with the product
// filters, its last merge not strict) and GET /admin/products/:id, recorded on a database without
// products, so that what they show is the input classes the validators tell apart (32); and the
// shape of one product the case creates and deletes again (33). 33 is kept beside the transcripts,
// in samples/, not among them: it goes through POST and DELETE /admin/products, which the reference
// does not serve, so the golden replay cannot reach it; views.test.ts compares its product's shape.
import { join } from "node:path";
import { field } from "../recorder.ts";
import { bearer, type OracleCase } from "./context.ts";

const QUERIES: ReadonlyArray<readonly [string, string]> = [
	["foo=1", "an unknown query key"],
	["status=published", "status as a string"],
	["status[]=published&status[]=draft", "status as a list"],
	["status[]=bogus", "status not a product status"],
	["status[]=published&status[]=bogus", "the second status not a product status"],
	["status[]=bogus&price_list_id=x", "two issues"],
	["fields=id,title", "fields="],
	["fields=-title", "fields=-title"],
	["order=-created_at", "order=-created_at"],
	["created_at[$gt]=2000-01-01T00:00:00.000Z", "created_at $gt"],
	["with_deleted=maybe", "with_deleted not a boolean"],
	["is_giftcard=maybe", "is_giftcard not a boolean"],
	["price_list_id=plist_x", "price_list_id as a string"],
	["sales_channel_id=sc_01AAAAAAAAAAAAAAAAAAAAAAAA", "an unknown sales channel"],
	["tag_id=ptag_x&category_id[]=pcat_x", "tag and category filters"],
	["q=shirt&title=x&handle[]=y", "q, title and handle"],
	["$and[0][status][]=draft", "$and with a status list"],
	["variants[sku]=x", "a variant filter"],
	["limit=abc", "limit not a number"],
	["offset=2&limit=1", "offset and limit"],
];

export const ADMIN_PRODUCT_CASES: OracleCase[] = [
	{
		name: "32-admin-products-query",
		title: "GET /admin/products: which query keys, values and filters the validators accept; GET /admin/products/:id",
		async record(o) {
			const admin = await o.admin();
			const auth = bearer(admin.token);
			const exchanges = [admin.exchange];
			for (const [query, label] of QUERIES) exchanges.push(await o.call("GET", `/admin/products?${query}`, { headers: auth, label }));
			exchanges.push(await o.call("GET", "/admin/products/prod_01AAAAAAAAAAAAAAAAAAAAAAAA", { headers: auth, label: "one product, an unknown id" }));
			exchanges.push(await o.call("GET", "/admin/products/prod_01AAAAAAAAAAAAAAAAAAAAAAAA?foo=1", { headers: auth, label: "one product, an unknown query key" }));
			exchanges.push(await o.call("OPTIONS", "/admin/products/prod_01AAAAAAAAAAAAAAAAAAAAAAAA", { headers: auth, label: "OPTIONS one product" }));
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
	{
		name: "33-admin-product-shape",
		title: "A product as the admin routes show it: created, listed, fetched by id, deleted",
		async record(o) {
			const admin = await o.admin();
			const auth = bearer(admin.token);
			const run = o.recorder.runId;
			const created = await o.call("POST", "/admin/products", {
				headers: auth,
				body: { title: `Shape shirt ${run}`, status: "published", options: [{ title: "Size", values: ["M"] }] },
				label: "create a product",
			});
			const id = field(created, "product", "id");
			const exchanges = [
				admin.exchange,
				created,
				await o.call("GET", `/admin/products?q=${run}`, { headers: auth, label: "the list, by q" }),
				await o.call("GET", `/admin/products/${id}`, { headers: auth, label: "by id" }),
				await o.call("GET", `/admin/products/${id}?fields=title,status`, { headers: auth, label: "by id, fields=" }),
				await o.call("DELETE", `/admin/products/${id}`, { headers: auth, label: "delete it" }),
				await o.call("GET", `/admin/products/${id}`, { headers: auth, label: "by id, deleted" }),
			];
			o.recorder.save(this.name, this.title, exchanges, {}, join(o.recorder.outDir, "../samples"));
		},
	},
];
