// The admin lists (transcripts 14e, 19, 22): GET /admin/products, every product of every channel
// newest first, and GET /admin/customers, every customer in the order of creation, 50 to a page
// each. An admin cookie or admin JWT is needed (fact 46); a customer's gets the middleware 401.
import { Elysia } from "elysia";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import {
	ADMIN_CALLER,
	ADMIN_CUSTOMERS_BODY,
	ADMIN_PRODUCTS_BODY,
	INVALID_PAGE,
	MIDDLEWARE_UNAUTHORIZED,
	orAdminOfNoUser,
	pageQuery,
} from "./api-schemas.ts";
import { requireAdmin } from "./admin-auth.ts";
import { listBody, type PageRules, readPage } from "./list-page.ts";
import { adminProductView } from "./product-views.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { plainCustomerView } from "./views.ts";

/** AdminGetProductsParams declares `offset` before `limit`, AdminGetCustomersParams the other way round (transcript 22). */
const PRODUCTS_PAGE: PageRules = { defaultLimit: 50, fields: ["offset", "limit"] };
const CUSTOMERS_PAGE: PageRules = { defaultLimit: 50, fields: ["limit", "offset"] };

const DESCRIBE_PRODUCTS = operation({
	summary: "Every product of every channel",
	description: "Transcript 14e, recorded 19: with `profile` and `sales_channels`, newest first, 50 to a page; other query parameters are ignored (README).",
	tags: ["admin"],
	security: ADMIN_CALLER,
	query: pageQuery(50),
	answers: { 200: { description: "A page of the products.", schema: ADMIN_PRODUCTS_BODY }, 400: orAdminOfNoUser(INVALID_PAGE), ...MIDDLEWARE_UNAUTHORIZED },
});

const DESCRIBE_CUSTOMERS = operation({
	summary: "Every customer",
	description: "Recorded 19: the customers without relations, in the order of creation (reference choice), 50 to a page.",
	tags: ["admin"],
	security: ADMIN_CALLER,
	query: pageQuery(50),
	answers: { 200: { description: "A page of the customers.", schema: ADMIN_CUSTOMERS_BODY }, 400: orAdminOfNoUser(INVALID_PAGE), ...MIDDLEWARE_UNAUTHORIZED },
});

export const adminListRoutes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1/admin-lists" })
		.get("/admin/products", async ({ request }) => {
			const admin = await requireAdmin(rt, request, rt.clock.now());
			if (admin instanceof Response) return admin;
			const { products, shippingProfile } = rt.state.slice.catalogue;
			return jsonResponse(200, listBody("products", products, readPage(request, PRODUCTS_PAGE), (product) => adminProductView(product, shippingProfile)));
		}, DESCRIBE_PRODUCTS)
		// Without relations: upstream's list does not apply defaultAdminCustomersRelations (transcript 19).
		.get("/admin/customers", async ({ request }) => {
			const admin = await requireAdmin(rt, request, rt.clock.now());
			if (admin instanceof Response) return admin;
			const { store } = rt.state;
			const customers = rt.state.slice.customerIds.flatMap((id) => store.getCustomer(id) ?? []);
			return jsonResponse(200, listBody("customers", customers, readPage(request, CUSTOMERS_PAGE), plainCustomerView));
		}, DESCRIBE_CUSTOMERS);
