/// <reference lib="dom" />
// The storefront of test/browser/third-party-login.test.ts: the official @medusajs/js-sdk, bundled
// for the browser by that test (Bun.build), as a storefront would use it for "Sign in with Google".
// `/` has the button: the SDK's login answers {location} and the page goes there (the provider page).
// `/callback` is where the provider sends the person back: the SDK's callback exchanges the code and
// state for a token; a person without a customer yet (actor_id "") becomes one with that token, and a
// refresh gives the token that names the customer. The outcome goes to #status, with
// data-state="done" or "error", for the test to read.
import Medusa from "@medusajs/js-sdk";

const meta = (name: string): string => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? "";

const sdk = new Medusa({
	baseUrl: meta("medusa-backend"),
	publishableKey: meta("medusa-publishable-key"),
	auth: { type: "jwt" },
});

const status = document.getElementById("status") as HTMLElement;
const show = (state: "ready" | "working" | "done" | "error", text: string): void => {
	status.dataset.state = state;
	status.textContent = text;
};

/** The claims of a JWT, read without checking it (the server checks it on every call). */
const claims = (token: string): Record<string, unknown> => {
	const payload = (token.split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/");
	const bytes = Uint8Array.from(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, "=")), (c) => c.charCodeAt(0));
	return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
};

const signIn = async (): Promise<void> => {
	show("working", "Going to Google…");
	const result = await sdk.auth.login("customer", "google", { callback_url: `${location.origin}/callback` });
	if (typeof result !== "object" || !("location" in result)) throw new Error(`login answered no location: ${JSON.stringify(result)}`);
	window.location.href = result.location;
};

const finishSignIn = async (): Promise<void> => {
	show("working", "Signing in…");
	const result = await sdk.auth.callback("customer", "google", Object.fromEntries(new URLSearchParams(location.search)));
	const token = typeof result === "string" ? result : result.token;
	const { actor_id, user_metadata } = claims(token) as { actor_id?: string; user_metadata?: Record<string, unknown> };
	if (actor_id === "") {
		const email = String(user_metadata?.email ?? "");
		const firstName = String(user_metadata?.given_name ?? user_metadata?.name ?? "");
		await sdk.store.customer.create({ email, first_name: firstName });
		await sdk.auth.refresh();
	}
	const { customer } = await sdk.store.customer.retrieve();
	status.dataset.customerId = customer.id;
	show("done", `Signed in as ${customer.email}`);
};

const fail = (error: unknown): void => {
	const { status: code, message } = error as { status?: number; message?: string };
	show("error", `Error${code ? ` ${code}` : ""}: ${message ?? String(error)}`);
};

if (location.pathname === "/callback") finishSignIn().catch(fail);
else {
	document.getElementById("sign-in")?.addEventListener("click", () => void signIn().catch(fail));
	show("ready", "Signed out");
}
