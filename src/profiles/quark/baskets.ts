// Baskets (FACTS.md §D, basket page): the client makes up the basket's id, anyone may fill and read
// an anonymous basket, and a request with a token links the basket to its account, after which
// only that account sees it (reference choice: a basket id in a URL must not expose a customer's
// basket). Bounded: a capped map of baskets that expire 30 days after their last change.
import { BoundedMap } from "../../core/bounded-map.ts";
import { type OrderLine, orderLine } from "./accounts.ts";
import type { Catalogue } from "./catalogue.ts";

export interface BasketLine {
	productId: string;
	quantity: number;
}

export interface Basket {
	id: string;
	/** The account it is linked to; undefined while anonymous. */
	accountId: string | undefined;
	lines: BasketLine[];
	expiresAt: number;
}

const BASKET_TTL_MS = 30 * 86_400_000;

export class Baskets {
	readonly #baskets: BoundedMap<string, Basket>;
	/** Account id → its basket: the one it linked last. At most one entry per account. */
	readonly #byAccount = new Map<string, string>();

	constructor(capacity: number) {
		this.#baskets = new BoundedMap(capacity);
	}

	/** The basket under `id` as `accountId` (undefined: anonymous) may see it. */
	visible(id: string, accountId: string | undefined, now: number): Basket | undefined {
		const basket = this.#baskets.get(id, now);
		return basket && (basket.accountId === undefined || basket.accountId === accountId) ? basket : undefined;
	}

	ofAccount(accountId: string, now: number): Basket | undefined {
		const id = this.#byAccount.get(accountId);
		return id === undefined ? undefined : this.visible(id, accountId, now);
	}

	/**
	 * Sets the lines of the basket `id` (made when new) and links it to `accountId` if given; undefined
	 * when another account's basket has that id.
	 */
	put(id: string, lines: BasketLine[], accountId: string | undefined, now: number): Basket | undefined {
		const known = this.#baskets.get(id, now);
		if (known?.accountId !== undefined && known.accountId !== accountId) return undefined;
		const basket: Basket = { id, accountId: known?.accountId ?? accountId, lines, expiresAt: now + BASKET_TTL_MS };
		this.#baskets.set(id, basket, now);
		if (basket.accountId !== undefined) this.#byAccount.set(basket.accountId, id);
		return basket;
	}

	/** Forgets a basket once it became an order. */
	remove(basket: Basket): void {
		this.#baskets.delete(basket.id);
		if (basket.accountId !== undefined && this.#byAccount.get(basket.accountId) === basket.id) this.#byAccount.delete(basket.accountId);
	}
}

/** The lines with their products' names and prices (each product was found in the catalogue when the basket was put). */
export const priced = (lines: readonly BasketLine[], catalogue: Catalogue): OrderLine[] =>
	lines.flatMap((line) => {
		const product = catalogue.productsById.get(line.productId);
		return product ? [orderLine(product, line.quantity)] : [];
	});
