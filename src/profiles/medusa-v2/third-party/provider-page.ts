// The fake provider's sign-in page, where a login's `location` sends the browser:
// GET /__provider/{google|github}/authorize shows the provider's fixture accounts and a form for a
// new one; POST approves (or denies) and redirects to the callback URL with a one-time `code` and the
// `state`, as Google's and GitHub's consent screens do. Plain HTML, no script, no assets from the
// internet, so it works offline and in any browser.
import escapeHtml from "escape-html";
import { Type } from "@sinclair/typebox";
import { Elysia } from "elysia";
import { operation } from "../../../openapi/operation.ts";
import { fieldsOf } from "../../../core/body-fields.ts";
import type { MedusaV2Runtime } from "../runtime.ts";
import { type AuthorizationRequest, approve, deny, readAuthorizationRequest } from "./approval.ts";

const PROVIDER_NAMES: Readonly<Record<string, string>> = { google: "Google", github: "GitHub" };

const html = (status: number, body: string): Response =>
	new Response(`<!doctype html>\n${body}`, {
		status,
		// The page is the provider's: it must not be framed (clickjacking) nor cached with its codes.
		headers: { "content-type": "text/html; charset=utf-8", "x-frame-options": "DENY", "cache-control": "no-store" },
	});

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;background:#f1f3f4;margin:0;display:flex;justify-content:center}
main{background:#fff;margin:48px 16px;padding:32px 40px;border-radius:8px;max-width:440px;width:100%;box-shadow:0 1px 3px #0003}
h1{font-size:24px;margin:0 0 4px}p{margin:4px 0 16px;color:#444}.note{font-size:13px;color:#666;border-top:1px solid #ddd;padding-top:12px}
button{font:inherit;cursor:pointer}.account{display:block;width:100%;text-align:left;padding:10px 14px;margin:8px 0;border:1px solid #ccc;border-radius:6px;background:#fff}
.account:hover{background:#e8f0fe}.account small{display:block;color:#555}label{display:block;margin:8px 0 2px;font-size:14px}
input{font:inherit;width:100%;box-sizing:border-box;padding:8px;border:1px solid #ccc;border-radius:4px}
.actions{display:flex;gap:8px;margin-top:16px}.primary{background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:8px 20px}
.secondary{background:#fff;color:#1a73e8;border:1px solid #ccc;border-radius:4px;padding:8px 20px}`;

const page = (title: string, content: string): string =>
	`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${content}</main></body></html>`;

const errorPage = (status: number, message: string): Response =>
	html(status, page("Sign-in error", `<h1>Sign-in error</h1><p>${escapeHtml(message)}</p>`));

/** The authorization request again, in hidden fields, so that the POST reads what the GET showed. */
const hiddenFields = (params: URLSearchParams): string =>
	[...params].map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join("");

const signInPage = (rt: MedusaV2Runtime, request: AuthorizationRequest, params: URLSearchParams): Response => {
	const { provider, clientId } = request.configured;
	const name = PROVIDER_NAMES[provider.id] ?? provider.id;
	const accounts = rt.state.slice.thirdParty.directories.get(provider.id)?.list() ?? [];
	const hidden = hiddenFields(params);
	const buttons = accounts
		.map(
			(account) =>
				`<button class="account" type="submit" name="account" value="${escapeHtml(account.id)}">${escapeHtml(account.name)}<small>${escapeHtml(account.email)}</small></button>`,
		)
		.join("");
	return html(
		200,
		page(
			`Sign in with ${name}`,
			`<h1>Sign in with ${escapeHtml(name)}</h1>
<p>to continue to <strong>${escapeHtml(clientId)}</strong>, which will send you back to <code>${escapeHtml(new URL(request.redirectUri).host)}</code></p>
<form method="post">${hidden}${buttons || "<p>No accounts yet.</p>"}</form>
<form method="post">${hidden}<h2 style="font-size:18px">Use another account</h2>
<label for="email">E-mail</label><input id="email" name="email" type="email" required>
<label for="name">Name</label><input id="name" name="name" required>
<div class="actions"><button class="primary" type="submit" name="decision" value="approve">Approve</button></div></form>
<form method="post">${hidden}<div class="actions"><button class="secondary" type="submit" name="decision" value="deny">Cancel</button></div></form>
<p class="note">gatecheck's stand-in for ${escapeHtml(name)}: no password and no real ${escapeHtml(name)} account; approving sends a one-time code back to the storefront.</p>`,
		),
	);
};

const formField = (body: unknown, name: string): string | undefined => {
	const value = fieldsOf(body)[name];
	return typeof value === "string" ? value : undefined;
};

/** The authorize URL's own parameters from a form that carries them in hidden fields. */
const REQUEST_PARAMS = ["redirect_uri", "client_id", "response_type", "scope", "state"];

export const providerPageRoutes = (rt: MedusaV2Runtime) =>
	new Elysia({ name: "medusa-v2/provider-page" })
		.get("/__provider/:provider/authorize", ({ params, request }) => {
			const query = new URL(request.url).searchParams;
			const read = readAuthorizationRequest(rt.state.slice.thirdParty, params.provider, query);
			return typeof read === "string" ? errorPage(400, read) : signInPage(rt, read, query);
		}, DESCRIBE_PAGE)
		.post("/__provider/:provider/authorize", ({ params, body }) => {
			const query = new URLSearchParams();
			for (const name of REQUEST_PARAMS) {
				const value = formField(body, name);
				if (value !== undefined) query.set(name, value);
			}
			const { thirdParty } = rt.state.slice;
			const read = readAuthorizationRequest(thirdParty, params.provider, query);
			if (typeof read === "string") return errorPage(400, read);
			if (formField(body, "decision") === "deny") return Response.redirect(deny(read), 303);
			const account = formField(body, "account");
			const approver = account !== undefined ? { account } : { email: formField(body, "email") ?? "", name: formField(body, "name") ?? "" };
			const approval = approve(thirdParty, read, approver, rt.policy.thirdParty.code, rt.clock.now());
			return typeof approval === "string" ? errorPage(400, approval) : Response.redirect(approval.redirect, 303);
		}, DESCRIBE_DECISION);

// ---- the routes as the API document describes them (src/openapi/) ----

const PAGE = (description: string) => ({ description, schema: Type.String(), contentType: "text/html" });
const NOT_AN_AUTHORIZATION = PAGE("A page saying what is wrong with the authorization request (unknown provider or client, a redirect_uri not allowed).");

const DESCRIBE_PAGE = operation({
	summary: "The fake provider's sign-in page",
	description:
		"Where a redirect provider's login `location` points (google, github): the provider's fixture accounts and a form for a new one. Not Medusa's: the reference stands in for the provider (docs/upstream/medusa-v2-third-party-login.md).",
	tags: ["third-party provider"],
	query: Type.Object({
		client_id: Type.String(),
		redirect_uri: Type.String(),
		state: Type.String(),
		response_type: Type.Optional(Type.String()),
		scope: Type.Optional(Type.String()),
	}),
	answers: { 200: PAGE("The sign-in page."), 400: NOT_AN_AUTHORIZATION },
});

const DESCRIBE_DECISION = operation({
	summary: "Approve or deny the sign-in",
	description:
		"The page's form (application/x-www-form-urlencoded: the authorization request's fields, and `account`, or `email` and `name`, or `decision=deny`); redirects to the callback URL with a one-time `code` and the `state`, or with `error=access_denied`.",
	tags: ["third-party provider"],
	answers: { 303: { description: "Back to the storefront's callback.", headers: { location: "The callback URL with `code` and `state`, or `error`." } }, 400: NOT_AN_AUTHORIZATION },
});
