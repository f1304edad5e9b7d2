// The storefront flow of /__ui: "request a password reset" as a storefront of the served contract
// would send it. Each contract asks differently, so the requests are one table, and a server's
// contract is recognised by the reset route it declares: shared code names no profile (the profile
// seam, test/architecture-seam.test.ts), and a route is what a storefront knows a backend by anyway.
import type { TargetInfo } from "../http/control.ts";

export interface ResetFlow {
	/** The route as the server declares it (`METHOD /path/:param`): a server that declares it speaks this contract. */
	route: string;
	/** The kinds of account that may ask, the storefront's first; one means no choice to offer. */
	actors: readonly string[];
	/** What is sent, in a few words beside the form. */
	describe(actor: string): string;
	/** The request for `email`, to `origin`, or why this server's settings give none. */
	request(email: string, actor: string, origin: string, target: TargetInfo): Request | string;
	/** How a storefront spends the token, for a mail that carries no link. */
	useToken(actor: string): string;
}

const postJson = (url: string, body: Record<string, unknown>): Request =>
	new Request(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });

export const RESET_FLOWS: readonly ResetFlow[] = [
	// Medusa v2's auth module (and the shops built on it): any actor type, through the emailpass provider.
	{
		route: "POST /auth/:actor/:provider/reset-password",
		actors: ["customer", "user"],
		describe: (actor) => `POST /auth/${actor}/emailpass/reset-password {"identifier": <e-mail>}`,
		request: (email, actor, origin) => postJson(`${origin}/auth/${encodeURIComponent(actor)}/emailpass/reset-password`, { identifier: email }),
		useToken: (actor) => `POST /auth/${actor}/emailpass/update with "Authorization: Bearer <token>" and {"password": <new>}`,
	},
	// Medusa v1's store API: customers only.
	{
		route: "POST /store/customers/password-token",
		actors: ["customer"],
		describe: () => `POST /store/customers/password-token {"email": <e-mail>}`,
		request: (email, _actor, origin) => postJson(`${origin}/store/customers/password-token`, { email }),
		useToken: () => `POST /store/customers/password-reset {"email", "token", "password"}`,
	},
	// Quark Commerce: the storefront names the page the link opens, which must be on the server's
	// allow-list; the control target names one (CONTROL.md, `target.resetBaseUrl`).
	{
		route: "POST /api/auth/forgot-password",
		actors: ["customer"],
		describe: () => `POST /api/auth/forgot-password {"email": <e-mail>, "resetBaseUrl": <an allowed storefront page>}`,
		request: (email, _actor, origin, target) =>
			typeof target.resetBaseUrl === "string"
				? postJson(`${origin}/api/auth/forgot-password`, { email, resetBaseUrl: target.resetBaseUrl })
				: "no plain origin is allowed for reset links (QUARK_RESET_ORIGINS), so there is no page a link could open",
		useToken: () => `POST /api/auth/reset-password {"token", "newPassword"}`,
	},
];

/** The flow of the first reset route among `served` (`{method, path}` as Elysia lists routes), if the table knows one. */
export const servedResetFlow = (served: readonly { method: string; path: string }[]): ResetFlow | undefined => {
	const routes = new Set(served.map((route) => `${route.method} ${route.path}`));
	return RESET_FLOWS.find((flow) => routes.has(flow.route));
};
