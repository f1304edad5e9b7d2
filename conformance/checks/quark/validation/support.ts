// FACTS.md §D's validation answer, read tolerantly: 400 with an ASP.NET-style `errors` map whose key
// is the property's name (`Email`, `Password`) and whose value lists messages; other keys may come.
import type { CheckContext } from "../../../kit/context.ts";
import type { Reply } from "../../../kit/http.ts";
import { fieldsOf } from "../login/support.ts";

/** Fails unless `reply` is a 400 whose `errors[field]` is a non-empty array of non-empty strings. */
export const expectFieldError = (ctx: CheckContext, reply: Reply, field: string, what: string): void => {
	ctx.expect.status(reply, 400, what);
	const errors = fieldsOf(reply).errors;
	const messages = typeof errors === "object" && errors !== null ? (errors as Record<string, unknown>)[field] : undefined;
	ctx.expect.that(
		Array.isArray(messages) && messages.length > 0 && messages.every((message) => typeof message === "string" && message.length > 0),
		`${what}: expected {"errors": {"${field}": ["…"]}}, got ${reply.text.slice(0, 300)}`,
		{ expected: `{"errors": {"${field}": [a message, …]}}`, actual: reply.body ?? reply.text, exchange: reply.exchange },
	);
};
