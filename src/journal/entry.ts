// One exchange as the request journal keeps it (`serve --log`, GET /__control/requests): what the
// storefront sent, what it got, and who the server took it for, with every secret redacted
// (redact.ts) and every body cut to a bounded length, so that the journal's memory stays bounded
// whatever clients send.

/** Who a request's credentials name, and what is wrong with those that name no one. */
export interface CallerNote {
	/** "customer cus_01… via bearer", "key \"Webshop\""; absent for an anonymous request. */
	who?: string;
	/** "no publishable key", "bearer token expired 3 minutes ago"; what a refusal rests on. */
	refusal?: string;
}

/** The failures `--latency` and `--fault` put on this request (failures.ts). */
export interface Injected {
	latencyMs?: number;
	/** The rule that answered instead of the route, as given: `POST /auth/*=503@10%`. */
	fault?: string;
}

export interface JournalMessage {
	headers: Record<string, string>;
	/** The body as text, redacted, at most BODY_KEPT characters; absent when there was none or it was not read. */
	body?: string;
	/** Set when the body was longer than what is kept, or too large to read. */
	truncated?: boolean;
}

export interface JournalEntry {
	/** Increasing from 1 for each request the server journals; a client polls with `after`. */
	id: number;
	/** When the request arrived, on the server's clock (moved by /__control/clock). */
	time: string;
	method: string;
	path: string;
	/** The query string with its `?`, redacted; "" when none. */
	query: string;
	status: number;
	/** From arrival to the answer, injected latency included. */
	durationMs: number;
	caller: CallerNote;
	/** What the answer gave the caller: "token for customer cus_01…", "session cookie set". */
	outcome?: string;
	injected?: Injected;
	request: JournalMessage;
	response: JournalMessage;
}

/** How much of each body the journal keeps: a JSON login or an error answer fits, a product list is cut. */
export const BODY_KEPT = 4096;
