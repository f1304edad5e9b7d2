// What the routes answer, in System.Text.Json's web shape (camelCase properties; a `decimal` as a
// JSON number; dates ISO 8601 UTC). The user is seed 003's login `user`; the rest are reference
// choices (README), small on purpose.
import type { Customer } from "../../core/store.ts";
import type { Address, Consent, Order, OrderLine } from "./accounts.ts";
import { type Basket, priced } from "./baskets.ts";
import { type Catalogue, type Category, CURRENCY, decimal, type Product } from "./catalogue.ts";

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/** Seed 003: `{id (guid), email, firstName, lastName, roles}`; also GET /api/storefront/profile. */
export const userView = (account: Customer, roles: readonly string[]): Record<string, unknown> => ({
	id: account.id,
	email: account.email,
	firstName: account.firstName,
	lastName: account.lastName,
	roles,
});

export const categoryView = (category: Category): Record<string, unknown> => ({ id: category.id, name: category.name, slug: category.slug });

export const productView = (product: Product): Record<string, unknown> => ({
	id: product.id,
	name: product.name,
	slug: product.slug,
	description: product.description,
	price: decimal(product.priceCents),
	currency: CURRENCY,
	categoryId: product.categoryId,
});

export const addressView = (address: Address): Record<string, unknown> => ({ ...address });

const lineTotal = (line: OrderLine): number => line.unitPriceCents * line.quantity;

/** Priced lines and their total, as an order and a basket write them. */
const itemsView = (lines: readonly OrderLine[]): Record<string, unknown> => ({
	total: decimal(lines.reduce((sum, line) => sum + lineTotal(line), 0)),
	items: lines.map((line) => ({
		productId: line.productId,
		productName: line.name,
		quantity: line.quantity,
		unitPrice: decimal(line.unitPriceCents),
		lineTotal: decimal(lineTotal(line)),
	})),
});

export const orderView = (order: Order): Record<string, unknown> => ({
	id: order.id,
	orderNumber: order.number,
	status: order.status,
	placedAt: iso(order.placedAt),
	currency: CURRENCY,
	...itemsView(order.lines),
	shippingAddress: order.shippingAddress && addressView(order.shippingAddress),
});

/** A basket at today's prices; `id` null for an account that has none yet (GET /api/storefront/basket/user). */
export const basketView = (basket: Basket | undefined, catalogue: Catalogue): Record<string, unknown> => ({
	id: basket?.id ?? null,
	currency: CURRENCY,
	...itemsView(priced(basket?.lines ?? [], catalogue)),
});

export const consentView = (consent: Consent): Record<string, unknown> => ({
	documentId: consent.documentId,
	documentVersion: consent.documentVersion,
	accepted: consent.accepted,
	recordedAt: iso(consent.recordedAt),
});
