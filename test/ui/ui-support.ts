// What the /__ui tests share: a server of each profile in-process behind its journaled front door
// (gatecheck.fetch, which `serve` uses, so the journal records), the page as text, and the forms
// posted as a browser posts them (application/x-www-form-urlencoded).
import type { AppOptions, GatecheckApp } from "../../src/app.ts";
import { PROFILE_NAMES } from "../../src/profiles/index.ts";
import { call, type Handler, makeTestApp } from "../support/test-app.ts";

export const PROFILES: readonly string[] = PROFILE_NAMES;

export interface UiApp {
	gatecheck: GatecheckApp;
	front: Handler;
	/** GET /__ui (with a query, as a redirect gives it); the status and the HTML. */
	page(query?: string): Promise<{ status: number; html: string }>;
	/** A form posted to `path`; the raw answer (a 303 when it went well). */
	post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
}

export const uiApp = async (profile: string, overrides: Partial<AppOptions> = {}): Promise<UiApp> => {
	const gatecheck = await makeTestApp({ profile, ...overrides });
	const front: Handler = { handle: gatecheck.fetch };
	return {
		gatecheck,
		front,
		async page(query = "") {
			const response = await call(front, `/__ui${query}`);
			return { status: response.status, html: await response.text() };
		},
		post: (path, fields, headers = {}) =>
			call(front, path, {
				method: "POST",
				headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
				body: new URLSearchParams(fields).toString(),
			}),
	};
};

/** The text of the section with this id: what a test of one section looks in. */
export const section = (html: string, id: string): string => {
	const start = html.indexOf(`<section id="${id}">`);
	if (start === -1) throw new Error(`no section #${id} on the page`);
	return html.slice(start, html.indexOf("</section>", start));
};

/** The page's query after a form's 303: the Location's search, without the fragment. */
export const redirectQuery = (response: Response): string => {
	const location = response.headers.get("location") ?? "";
	return new URL(location, "http://localhost").search;
};
