// The request journal's newest exchanges as a table: what `serve --log` prints line by line, from the
// same linePoints (journal/log-line.ts), so the page and the terminal never disagree on what to say.
import type { JournalEntry } from "../journal/entry.ts";
import { linePoints } from "../journal/log-line.ts";
import { type Html, html } from "./html.ts";
import type { UiView } from "./view.ts";

/** How many exchanges the table shows; GET /__control/requests has them all, with headers and bodies. */
const SHOWN = 50;

const statusClass = (status: number): string => (status >= 500 ? "status-err" : status >= 400 ? "status-warn" : "status-ok");

const entryRow = (entry: JournalEntry): Html => {
	const points = linePoints(entry);
	return html`<tr class="exchange">
<td class="nowrap"><time datetime="${entry.time}">${entry.time.replace("T", " ").slice(0, 23)}</time></td>
<td>${entry.method}</td><td><code class="nowrap">${entry.path}</code>${entry.query !== "" && html`<br><code class="dim">${entry.query}</code>`}</td>
<td class="${statusClass(entry.status)}">${entry.status}</td><td class="nowrap dim">${entry.durationMs} ms</td>
<td class="wrap">${points.who ?? html`<span class="dim">anonymous</span>`}</td>
<td class="wrap">${[
		points.outcome && html`<div class="outcome">→ ${points.outcome}</div>`,
		points.refusal && html`<div class="refusal">✗ ${points.refusal}</div>`,
		points.message && html`<div>“${points.message}”</div>`,
		points.fault && html`<div class="injected">fault ${points.fault}</div>`,
		points.latencyMs !== undefined && html`<div class="injected">+${points.latencyMs} ms latency</div>`,
	]}</td></tr>`;
};

export const journalSection = (view: UiView): Html => {
	const entries = view.journal.list({ limit: SHOWN }).reverse();
	return html`<section id="journal"><h2>Journal</h2>
<p class="dim">The newest requests, on the server's clock, secrets redacted (as <code>serve --log</code> prints them); all of the last ${view.journal.capacity}, with headers and bodies: <code>GET /__control/requests</code>.</p>
${
	entries.length === 0
		? html`<p class="empty">No request yet. Point your storefront at this server, or use the form above.</p>`
		: html`<div class="scroll"><table><tr><th>time</th><th>method</th><th>path</th><th>status</th><th>took</th><th>who</th><th>what happened</th></tr>${entries.map(entryRow)}</table></div>`
}
</section>`;
};
