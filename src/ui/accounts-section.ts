// Who exists on this server: customers and admin users from the store, the live sessions (whom each
// names and when it ends, never its id: that is the cookie's secret), and the API keys (a secret key
// only in its redacted form: the store keeps nothing more of it).
import type { ApiKey, Customer, User } from "../core/store.ts";
import { type Html, html, when } from "./html.ts";
import type { UiView } from "./view.ts";

/** Rows shown per table: a seeded store fits; a load test's thousands are counted, not listed. */
const ROWS = 200;

const nameOf = (person: { firstName: string | null; lastName: string | null }): string =>
	[person.firstName, person.lastName].filter((part) => part !== null && part !== "").join(" ");

const more = (total: number): Html | false => total > ROWS && html`<p class="dim">and ${total - ROWS} more, not listed.</p>`;

const customerRow = (view: UiView, customer: Customer): Html =>
	html`<tr><td class="email">${customer.email}</td><td>${nameOf(customer)}</td><td><code>${customer.id}</code></td><td>${customer.hasAccount ? "account" : "guest"}</td><td>${when(customer.createdAt, view.now)}</td></tr>`;

const userRow = (view: UiView, user: User): Html =>
	html`<tr><td class="email">${user.email}</td><td>${nameOf(user)}</td><td><code>${user.id}</code></td><td>${when(user.createdAt, view.now)}</td></tr>`;

const sessionsPart = (view: UiView): Html => {
	const live = view.rt.state.sessions.listLive(view.now);
	const newest = live.slice(-20).reverse();
	return html`<h3>Sessions <small class="session-count">${live.length} live</small></h3>
${
	newest.length === 0
		? html`<p class="dim">No live session (cookie sessions only; bearer tokens are not remembered by the server).</p>`
		: html`<table><tr><th>whom</th><th>created</th><th>ends</th></tr>${newest.map(
				(session) => html`<tr><td>${view.profile.describeClaims(session.authContext)}</td><td>${when(session.createdAt, view.now)}</td><td>${when(session.expiresAt, view.now)}</td></tr>`,
			)}</table>${live.length > newest.length && html`<p class="dim">the newest ${newest.length} shown.</p>`}`
}`;
};

export const accountsSection = (view: UiView): Html => {
	const { store } = view.rt.state;
	const customers = store.listCustomers();
	const users = store.listUsers();
	return html`<section id="accounts"><h2>Accounts and sessions</h2>
<h3>Customers <small>(${customers.length})</small></h3>
${
	customers.length === 0
		? html`<p class="dim">None.</p>`
		: html`<table><tr><th>e-mail</th><th>name</th><th>id</th><th>kind</th><th>created</th></tr>${customers.slice(0, ROWS).map((customer) => customerRow(view, customer))}</table>`
}${more(customers.length)}
<h3>Admin users <small>(${users.length})</small></h3>
${
	users.length === 0
		? html`<p class="dim">None.</p>`
		: html`<table><tr><th>e-mail</th><th>name</th><th>id</th><th>created</th></tr>${users.slice(0, ROWS).map((user) => userRow(view, user))}</table>`
}${more(users.length)}
${sessionsPart(view)}
</section>`;
};

const keyRow = (view: UiView, key: ApiKey): Html => {
	const channels = key.salesChannelIds.map((id) => view.rt.state.store.getSalesChannel(id)?.name ?? id).join(", ");
	// A publishable key is public by design; a secret key is shown only as the store keeps it for display.
	const shown = key.type === "publishable" && key.token !== null ? key.token : key.redacted;
	return html`<tr><td>${key.type}</td><td>${key.title}</td><td><code class="key-token">${shown}</code></td><td>${channels}</td><td>${
		key.revokedAt === null ? html`<span class="live">active</span>` : html`<span class="expired">revoked</span> ${when(key.revokedAt, view.now)}`
	}</td></tr>`;
};

export const keysSection = (view: UiView): Html => {
	const keys = view.rt.state.store.listApiKeys();
	return html`<section id="keys"><h2>API keys <small>(${keys.length})</small></h2>
<p class="dim">Secret keys show only their redacted form: the server keeps a digest, never the key.</p>
${
	keys.length === 0
		? html`<p class="dim">This contract has no API keys in the store.</p>`
		: html`<table><tr><th>type</th><th>title</th><th>key</th><th>sales channels</th><th>state</th></tr>${keys.slice(0, ROWS).map((key) => keyRow(view, key))}</table>`
}${more(keys.length)}
</section>`;
};
