// `limit` and `offset` of the v1 list routes, read as upstream reads them (transcript 22):
// class-transformer's Number() then class-validator's IsNumber, so "", " 2 " and "1e1" are numbers
// (0, 2, 10) and "abc" or a repeated parameter is not; the answer echoes the numbers as read. TypeORM
// takes a limit of 0 as no limit, and PostgreSQL rounds a fractional limit or offset. The routes read
// no other query parameter (README).
import { medusaV1Error } from "./errors.ts";

type PageField = "limit" | "offset";

export interface PageRules {
	defaultLimit: number;
	/** The order the route's query DTO declares the two fields in: the order of its messages. */
	fields: readonly [PageField, PageField];
}

export interface Page {
	limit: number;
	offset: number;
}

/** The page a request asks for, or ERR_INVALID_QUERY with each field's message joined as upstream joins them. */
export const readPage = (request: Request, rules: PageRules): Page => {
	const query = new URL(request.url).searchParams;
	const page: Page = { limit: rules.defaultLimit, offset: 0 };
	const messages: string[] = [];
	for (const field of rules.fields) {
		const values = query.getAll(field);
		if (values.length === 0) continue;
		const value = values.length === 1 ? Number(values[0]) : Number.NaN;
		if (!Number.isFinite(value)) messages.push(`${field} must be a number conforming to the specified constraints`);
		// Upstream hands a negative value to PostgreSQL and answers its error with a 500; a 4xx here (README).
		else if (value < 0) messages.push(`${field} must not be less than 0`);
		else page[field] = value;
	}
	if (messages.length > 0) throw medusaV1Error("ERR_INVALID_QUERY", messages.join(", "));
	return page;
};

/** `{<name>: [the page's items], count, offset, limit}`, upstream's list body (transcripts 13, 19). */
export const listBody = <Item>(name: string, items: readonly Item[], page: Page, view: (item: Item) => unknown): Record<string, unknown> => {
	const start = Math.round(page.offset);
	const end = page.limit === 0 ? undefined : start + Math.round(page.limit);
	return { [name]: items.slice(start, end).map(view), count: items.length, offset: page.offset, limit: page.limit };
};
