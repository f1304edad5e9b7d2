// The admin lists (transcripts 14e, 19, 22): GET /admin/products, every product of every channel
// newest first, and GET /admin/customers, every customer in the order of creation, 50 to a page
// each. An admin cookie or admin JWT is needed (fact 46); a customer's gets the middleware 401.
import { Elysia } from "elysia";
import { jsonResponse } from "../../http/respond.ts";
import { requireAdmin } from "./admin-auth.ts";
import { listBody, type PageRules, readPage } from "./list-page.ts";
import { adminProductView } from "./product-views.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { plainCustomerView } from "./views.ts";

/** AdminGetProductsParams declares `offset` before `limit`, AdminGetCustomersParams the other way round (transcript 22). */
const PRODUCTS_PAGE: PageRules = { defaultLimit: 50, fields: ["offset", "limit"] };
const CUSTOMERS_PAGE: PageRules = { defaultLimit: 50, fields: ["limit", "offset"] };

export const adminListRoutes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1/admin-lists" })
		.get("/admin/products", async ({ request }) => {
			const admin = await requireAdmin(rt, request, rt.clock.now());
			if (admin instanceof Response) return admin;
			const { products, shippingProfile } = rt.state.slice.catalogue;
			return jsonResponse(200, listBody("products", products, readPage(request, PRODUCTS_PAGE), (product) => adminProductView(product, shippingProfile)));
		})
		// Without relations: upstream's list does not apply defaultAdminCustomersRelations (transcript 19).
		.get("/admin/customers", async ({ request }) => {
			const admin = await requireAdmin(rt, request, rt.clock.now());
			if (admin instanceof Response) return admin;
			const { store } = rt.state;
			const customers = rt.state.slice.customerIds.flatMap((id) => store.getCustomer(id) ?? []);
			return jsonResponse(200, listBody("customers", customers, readPage(request, CUSTOMERS_PAGE), plainCustomerView));
		});
