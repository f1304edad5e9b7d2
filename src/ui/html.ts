// Markup for the /__ui page, escaped by construction: every value put into an `html` template is
// escaped (escape-html) unless it is itself markup made by `html`, so no fixture, mail, journal entry
// or form value can add an element, an attribute or a script to the page, whatever it holds.
import escapeHtml from "escape-html";
import { spanInWords } from "../core/token-verdict.ts";

/** Markup already safe to send: only `html` makes it, from escaped values. */
export class Html {
	constructor(readonly text: string) {}
	toString(): string {
		return this.text;
	}
}

/** What a template takes: markup as it is, text (escaped), a list of either, nothing (`cond && …`). */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const render = (value: HtmlValue): string => {
	if (value instanceof Html) return value.text;
	if (Array.isArray(value)) return value.map(render).join("");
	if (value === null || value === undefined || typeof value === "boolean") return "";
	return escapeHtml(String(value));
};

/** A template whose values are escaped; attribute values must sit in double quotes. */
export const html = (strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html => {
	let text = strings[0] ?? "";
	values.forEach((value, i) => {
		text += render(value) + (strings[i + 1] ?? "");
	});
	return new Html(text);
};

/** A URL for an href, only when it is http(s): a mail's link must not become a `javascript:` one. */
export const safeHref = (url: string): string | undefined => {
	try {
		const { protocol } = new URL(url);
		return protocol === "http:" || protocol === "https:" ? url : undefined;
	} catch {
		return undefined;
	}
};

/** An instant on the server's clock, to the second, in UTC. */
export const instant = (ms: number): string => `${new Date(ms).toISOString().replace("T", " ").slice(0, 19)} UTC`;

/** "3 minutes ago", "in 14 minutes": `at` seen from `now`. */
export const relative = (at: number, now: number): string => {
	if (Math.abs(at - now) < 1000) return "just now";
	return at > now ? `in ${spanInWords(at - now)}` : `${spanInWords(now - at)} ago`;
};

/** An instant with its distance from now, for a table cell. */
export const when = (at: number, now: number): Html => html`<time datetime="${new Date(at).toISOString()}">${instant(at)}</time> <small>${relative(at, now)}</small>`;
