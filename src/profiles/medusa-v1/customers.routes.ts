// Registration and the current customer (medusa-v1-observed.md facts 7–12, 28–33): POST
// /store/customers creates a customer with an account and logs the request's session in as it;
// POST /store/customers/me changes the customer's names, phone, e-mail or password (GET is in
// current-customer.routes.ts).
import { Elysia } from "elysia";
import { EMAILPASS } from "../../core/emailpass.ts";
import { newId } from "../../core/ids.ts";
import type { Customer } from "../../core/store.ts";
import { jsonResponse } from "../../http/respond.ts";
import { operation } from "../../openapi/operation.ts";
import {
	BODY_REFUSALS,
	CUSTOMER_BODY,
	CUSTOMER_CALLER,
	CUSTOMER_UPDATE_BODY,
	DUPLICATE_EMAIL,
	MIDDLEWARE_UNAUTHORIZED,
	REGISTRATION_BODY,
	REGISTRATION_REFUSED,
	SESSION_COOKIE,
} from "./api-schemas.ts";
import { requireCustomer } from "./authenticate.ts";
import { recordCredentialsChange } from "./credentials.ts";
import { medusaV1Error } from "./errors.ts";
import { normalEmail, openSession } from "./login.ts";
import type { MedusaV1Runtime } from "./runtime.ts";
import { STORE_CUSTOMER_UPDATE, STORE_REGISTRATION, validateBody } from "./validate.ts";
import { customerView } from "./views.ts";

const optionalString = (value: unknown): string | null => (typeof value === "string" ? value : null);

const DESCRIBE_REGISTER = operation({
	summary: "Register a customer, and log the session in as it",
	description: "Facts 7–10: the customer with an account, its e-mail lower-cased, and connect.sid. An empty password is refused (N10).",
	tags: ["customers"],
	body: REGISTRATION_BODY,
	answers: {
		200: { description: "The new customer; the session is logged in as it.", schema: CUSTOMER_BODY, headers: SESSION_COOKIE },
		...BODY_REFUSALS,
		400: REGISTRATION_REFUSED,
		422: DUPLICATE_EMAIL,
	},
});

const DESCRIBE_UPDATE_ME = operation({
	summary: "Change the customer's names, phone, e-mail or password",
	description:
		"Facts 32–33. No current password is asked, as upstream; a new password ends the customer's other sessions and earlier JWTs (N5), " +
		"a new e-mail is lower-cased (N11). A malformed body is refused before the credentials are read.",
	tags: ["customers"],
	security: CUSTOMER_CALLER,
	body: CUSTOMER_UPDATE_BODY,
	answers: {
		200: { description: "The customer, changed.", schema: CUSTOMER_BODY },
		...BODY_REFUSALS,
		...MIDDLEWARE_UNAUTHORIZED,
		422: DUPLICATE_EMAIL,
	},
});

export const customerRoutes = (rt: MedusaV1Runtime) =>
	new Elysia({ name: "medusa-v1/customers" })
		.post("/store/customers", async ({ body, request }) => {
			const now = rt.clock.now();
			const fields = validateBody(STORE_REGISTRATION, body);
			// N10: upstream makes an empty password a guest with no hash and logs the session in as it.
			if (fields.password === "") throw medusaV1Error("ERR_INVALID_BODY", "password should not be empty");
			const email = normalEmail(rt, fields.email as string);
			const { store, emailpass } = rt.state;
			if (store.findCustomerAccount(email)) throw medusaV1Error("ERR_CUSTOMER_EXISTS");
			const identity = await emailpass.register({ email, password: fields.password as string }, now);
			const customer: Customer = {
				id: newId("cus", now),
				email,
				companyName: null,
				firstName: optionalString(fields.first_name),
				lastName: optionalString(fields.last_name),
				phone: optionalString(fields.phone),
				hasAccount: true,
				metadata: null,
				addresses: [],
				createdAt: now,
				updatedAt: now,
			};
			store.addCustomer(customer);
			rt.state.slice.customerIds.push(customer.id);
			identity.appMetadata.customer_id = customer.id;
			const cookie = await openSession(rt, request, { customer_id: customer.id }, now);
			return jsonResponse(200, { customer: customerView(customer) }, { "set-cookie": cookie });
		}, DESCRIBE_REGISTER)
		.post("/store/customers/me", async ({ body, request }) => {
			const now = rt.clock.now();
			const { customer, caller } = await requireCustomer(rt, request, now);
			const fields = validateBody(STORE_CUSTOMER_UPDATE, body);
			if (fields.password === "") throw medusaV1Error("ERR_INVALID_BODY", "password should not be empty");
			const { store, emailpass } = rt.state;
			const identity = store.findIdentity(EMAILPASS, customer.email);
			if (typeof fields.email === "string") {
				// N11: lower-cased as at registration; N9: a taken e-mail gets registration's fixed 422, not one naming the account.
				const email = normalEmail(rt, fields.email);
				const owner = store.findCustomerAccount(email);
				if (owner && owner !== customer) throw medusaV1Error("ERR_CUSTOMER_EXISTS");
				store.setCustomerEmail(customer, email);
				if (identity) store.setIdentityEntityId(identity, email);
			}
			if ("first_name" in fields) customer.firstName = optionalString(fields.first_name);
			if ("last_name" in fields) customer.lastName = optionalString(fields.last_name);
			if ("phone" in fields) customer.phone = optionalString(fields.phone);
			if (typeof fields.password === "string" && identity) {
				// Upstream asks for no current password (fact 32): the API is kept, and the customer's other credentials end (N5).
				await emailpass.setPassword(identity, fields.password);
				recordCredentialsChange(rt, customer.id, now, caller);
			}
			customer.updatedAt = now;
			return jsonResponse(200, { customer: customerView(customer) });
		}, DESCRIBE_UPDATE_ME);
