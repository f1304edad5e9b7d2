// The customer as Medusa 1.20.11 writes it, keys in upstream order (medusa-v1-observed.md facts 7,
// 18, 28). The reference keeps no addresses, orders or metadata, so those are their empty values.
import type { Customer, User } from "../../core/store.ts";

/** An instant as upstream writes every date (`2026-12-06T20:18:47.994Z`). */
export const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/** The customer with no relations: what a password reset answers (fact 38) and GET /admin/customers lists (transcript 19). */
export const plainCustomerView = (customer: Customer): Record<string, unknown> => ({
	id: customer.id,
	created_at: iso(customer.createdAt),
	updated_at: iso(customer.updatedAt),
	deleted_at: null,
	email: customer.email,
	first_name: customer.firstName,
	last_name: customer.lastName,
	billing_address_id: null,
	phone: customer.phone,
	has_account: customer.hasAccount,
	metadata: null,
});

/** An admin user as /admin/auth answers it (fact 42). */
export const userView = (user: User, role: string): Record<string, unknown> => ({
	id: user.id,
	created_at: iso(user.createdAt),
	updated_at: iso(user.updatedAt),
	deleted_at: null,
	role,
	email: user.email,
	first_name: user.firstName,
	last_name: user.lastName,
	api_token: null,
	metadata: null,
});

/** Registration and /store/customers/me: with the billing address and the shipping addresses (facts 7, 28). */
export const customerView = (customer: Customer): Record<string, unknown> => ({
	...plainCustomerView(customer),
	billing_address: null,
	shipping_addresses: [],
});

/** POST and GET /store/auth: with the orders and the shipping addresses, no billing address (fact 18). */
export const sessionCustomerView = (customer: Customer): Record<string, unknown> => ({
	...plainCustomerView(customer),
	orders: [],
	shipping_addresses: [],
});
