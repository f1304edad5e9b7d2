// The /__ui page's shell: one HTML document with its style inline, no script and nothing fetched
// from elsewhere, so that it works offline, needs no build step, and the headers can forbid every
// script outright (Content-Security-Policy) as a second guard behind the escaping (html.ts).
import { Html, html } from "./html.ts";

const STYLE = `
:root{--fg:#1d2330;--dim:#5d6678;--line:#dde1e8;--bg:#f5f6f8;--card:#fff;--ok:#137333;--warn:#a15c00;--err:#b3261e;--accent:#1a56db}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header{background:#1d2330;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:2px 0 0;color:#c5cad3}
header a{color:#fff}nav{margin-top:8px}nav a{margin-right:14px;font-size:13px}
main{max-width:1180px;margin:0 auto;padding:16px 24px 48px}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:14px 0}
h2{font-size:17px;margin:0 0 8px}h3{font-size:14px;margin:14px 0 6px}
p{margin:4px 0 8px}small,.dim{color:var(--dim)}code{font:12.5px ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;vertical-align:top;padding:5px 8px;border-top:1px solid var(--line)}
th{font-weight:600;color:var(--dim);border-top:0}
td.nowrap,.nowrap{white-space:nowrap;overflow-wrap:normal}td.wrap{overflow-wrap:anywhere}.scroll{overflow-x:auto}
.status-ok{color:var(--ok);font-weight:600}.status-warn{color:var(--warn);font-weight:600}.status-err{color:var(--err);font-weight:600}
.refusal{color:var(--err)}.outcome{color:#0b6b76}.injected{color:#8a2be2}
.mail{border:1px solid var(--line);border-radius:6px;padding:10px 12px;margin:8px 0}.mail .subject{font-weight:600}
.reset-link{display:inline-block;margin:6px 0 2px;font-weight:600;color:var(--accent)}
.expired{color:var(--err)}.live{color:var(--ok)}
.notice{background:#e8f0fe;border:1px solid #c6d7fb;border-radius:6px;padding:8px 12px}
form{display:inline}form.block{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin:8px 0}
label{display:flex;flex-direction:column;font-size:12px;color:var(--dim)}
input,select{font:inherit;padding:6px 8px;border:1px solid #bfc5d0;border-radius:4px;min-width:240px}
button{font:inherit;padding:6px 12px;border:1px solid #bfc5d0;border-radius:4px;background:#fff;cursor:pointer;margin:2px 4px 2px 0}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff}
.clock-now{font-size:18px;font-weight:600}pre{white-space:pre-wrap;margin:6px 0;font-size:12.5px}
details summary{cursor:pointer;color:var(--dim)}
`;

// The style is this file's own constant, never input: markup, not text to escape (its quotes would break).
const STYLE_MARKUP = new Html(STYLE);

/** Scripts, frames, plugins and every fetch are refused; the inline style and same-origin forms are all the page needs. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const HEADERS = {
	"content-type": "text/html; charset=utf-8",
	"content-security-policy": CONTENT_SECURITY_POLICY,
	// Reset links and tokens are on it: never cached, never framed.
	"cache-control": "no-store",
	"x-frame-options": "DENY",
	"x-content-type-options": "nosniff",
	// Nothing about this page goes with a click on a mail's link; "same-origin" rather than
	// "no-referrer", with which the browser sends its own forms with `Origin: null` (Fetch standard).
	"referrer-policy": "same-origin",
};

export const document = (title: string, body: Html): Html =>
	html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${STYLE_MARKUP}</style></head>
<body>${body}</body></html>`;

export const pageResponse = (status: number, page: Html): Response => new Response(page.text, { status, headers: HEADERS });

/** A short page saying why a request was refused or could not be done: a person reads it. */
export const messagePage = (status: number, heading: string, message: string): Response =>
	pageResponse(status, document(`gatecheck: ${heading}`, html`<main><section><h2>${heading}</h2><p>${message}</p><p><a href="/__ui">Back to the page</a></p></section></main>`));

/** After a form: back to the page (POST, then 303, then GET), so that reloading repeats nothing. */
export const seeOther = (location: string): Response => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
