// Quark's accounts (an ASP.NET Identity user each): core's customer record and emailpass identity,
// plus what only quark keeps: roles, addresses, past orders and GDPR consents. E-mails are looked
// up case-insensitively, as Identity's normalised e-mail is (reference choice), by keying the
// identity with the lower-cased e-mail; the account keeps the e-mail as it was registered.
import { EMAILPASS } from "../../core/emailpass.ts";
import { fixtureTime } from "../../core/fixtures.ts";
import type { AuthIdentity, Customer } from "../../core/store.ts";
import type { Catalogue, Product } from "./catalogue.ts";
import { CUSTOMER_ROLE } from "./policy.ts";
import type { AddressFixture, QuarkFixtures } from "./fixtures.ts";
import type { QuarkRuntime } from "./runtime.ts";

export interface Address {
	id: string;
	firstName: string;
	lastName: string;
	line1: string;
	line2: string | null;
	city: string;
	postalCode: string;
	countryCode: string;
	isDefault: boolean;
}

export interface OrderLine {
	productId: string;
	/** The product's name and price when the order was placed. */
	name: string;
	unitPriceCents: number;
	quantity: number;
}

/** A line of `quantity` of `product` at its price of now. */
export const orderLine = (product: Product, quantity: number): OrderLine => ({ productId: product.id, name: product.name, unitPriceCents: product.priceCents, quantity });

export interface Order {
	id: string;
	number: string;
	status: string;
	placedAt: number;
	lines: readonly OrderLine[];
	shippingAddress: Address | null;
}

export interface Consent {
	documentId: string;
	documentVersion: string;
	accepted: boolean;
	recordedAt: number;
}

export interface AccountData {
	roles: readonly string[];
	addresses: Address[];
	orders: Order[];
	/** By document id: the latest answer for each document. */
	consents: Map<string, Consent>;
	/** Erased by POST /api/storefront/gdpr/delete: no login, and its tokens no longer count. */
	anonymised: boolean;
}

/** Account id → what quark keeps of it; one entry per account, so bounded as the store's accounts are. */
export type Accounts = Map<string, AccountData>;

/** What one account may keep, so that no client grows the server without bound (reference choice). */
export const ACCOUNT_LIMITS = { addresses: 20, orders: 100, consents: 50 } as const;

export const normalEmail = (email: string): string => email.toLowerCase();

export const newAccountData = (roles: readonly string[] = [CUSTOMER_ROLE]): AccountData => ({
	roles,
	addresses: [],
	orders: [],
	consents: new Map(),
	anonymised: false,
});

const addressOf = (fixture: AddressFixture): Address => ({
	id: fixture.id,
	firstName: fixture.first_name,
	lastName: fixture.last_name,
	line1: fixture.line1,
	line2: fixture.line2 ?? null,
	city: fixture.city,
	postalCode: fixture.postal_code,
	countryCode: fixture.country_code,
	isDefault: fixture.is_default ?? false,
});

/**
 * The fixtures' accounts with their addresses and orders; an order's lines take the catalogue's names
 * and prices. Every account, product and address they name exists: readQuarkFixtures has checked.
 */
export const createAccounts = (fixtures: QuarkFixtures, catalogue: Catalogue, now: number): Accounts => {
	const accounts: Accounts = new Map(fixtures.customers.map((account) => [account.id, newAccountData(account.roles)]));
	for (const address of fixtures.addresses) accounts.get(address.customer_id)?.addresses.push(addressOf(address));
	for (const order of fixtures.orders) {
		const data = accounts.get(order.customer_id);
		if (!data) continue;
		const lines = order.lines.flatMap((line) => {
			const product = catalogue.productsById.get(line.product_id);
			return product ? [orderLine(product, line.quantity)] : [];
		});
		const shippingAddress = data.addresses.find((address) => address.id === order.address_id) ?? null;
		data.orders.push({ id: order.id, number: order.number, status: order.status, placedAt: fixtureTime(order.placed_at, now), lines, shippingAddress });
	}
	return accounts;
};

/** An account that can act: it exists and was not erased. */
export interface ActiveAccount {
	customer: Customer;
	data: AccountData;
}

export const activeAccount = (rt: QuarkRuntime, id: unknown): ActiveAccount | undefined => {
	if (typeof id !== "string") return undefined;
	const customer = rt.state.store.getCustomer(id);
	const data = rt.state.slice.accounts.get(id);
	return customer && data && !data.anonymised ? { customer, data } : undefined;
};

/** The emailpass identity of an account, keyed by its lower-cased e-mail. */
export const identityOf = (rt: QuarkRuntime, customer: Customer): AuthIdentity | undefined =>
	rt.state.store.findIdentity(EMAILPASS, normalEmail(customer.email));

/** The active account an e-mail belongs to, in any letter case. */
export const accountByEmail = (rt: QuarkRuntime, email: string): ActiveAccount | undefined =>
	activeAccount(rt, rt.state.store.findIdentity(EMAILPASS, normalEmail(email))?.appMetadata.customer_id);
