// The whole /__ui page: a header with the profile and the server's time, then each section. Read
// once per request from the live state; nothing on it changes anything (the forms go to routes.ts).
import { accountsSection, keysSection } from "./accounts-section.ts";
import { clockSection } from "./clock-section.ts";
import { flowSection } from "./flow-section.ts";
import { type Html, html, instant } from "./html.ts";
import { journalSection } from "./journal-section.ts";
import { mailSection } from "./mail-section.ts";
import { document } from "./page.ts";
import type { UiView } from "./view.ts";

const NAVIGATION: readonly [string, string][] = [
	["#flow", "Storefront flow"],
	["#mail", "Mail"],
	["#journal", "Journal"],
	["#clock", "Clock"],
	["#accounts", "Accounts and sessions"],
	["#keys", "API keys"],
];

export const dashboard = (view: UiView): Html =>
	document(
		`gatecheck · ${view.profile.name}`,
		html`<header><h1>gatecheck · ${view.profile.name}</h1><p>${view.profile.description} · server time ${instant(view.now)} · <a href="/__ui">refresh</a></p>
<nav>${NAVIGATION.map(([href, label]) => html`<a href="${href}">${label}</a>`)}</nav></header>
<main>${flowSection(view)}${mailSection(view)}${journalSection(view)}${clockSection(view)}${accountsSection(view)}${keysSection(view)}</main>`,
	);
