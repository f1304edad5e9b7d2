// Third-party login (google, github) on the real Medusa 2.21.2, recorded without internet (35). The
// oracle's own medusa-config.ts registers only emailpass, so this case needs a server whose config adds
// the auth module with emailpass, google and github (clientId "gatecheck-google-client" /
// "gatecheck-github-client", callbackUrl "http://localhost:8000/auth/customer/{google,github}/callback");
// see docs/upstream/medusa-v2-third-party-login.md §5. What it shows: the start of the flow (200
// {location}, the state, the callback_url override), every callback check before the token exchange
// (error, code, state: missing, never issued, consumed, minted by the other provider or actor), what
// the token exchange answers when the provider cannot be reached, register, and the user actor.
// Each exchange that reaches the token exchange has its duration in observations.timings.
import type { RecordedExchange } from "../recorder.ts";
import { field } from "../recorder.ts";
import type { Oracle, OracleCase } from "./context.ts";

/** A well-formed state (64 lower-case hex) that the server never issued. */
const NEVER_ISSUED = "0123456789abcdef".repeat(4);
const ERROR_QUERY = "error=access_denied&error_description=Denied&error_uri=http://x.example/doc";

const stateOf = (exchange: RecordedExchange): string => {
	const state = new URL(field(exchange, "location")).searchParams.get("state");
	if (!state) throw new Error(`${exchange.request.path}: no state in ${exchange.response.body_text}`);
	return state;
};

const locationParams = (exchange: RecordedExchange): Array<[string, string]> | null => {
	const body = exchange.response.body as { location?: unknown } | null;
	if (typeof body?.location !== "string") return null;
	const url = new URL(body.location);
	return [["origin+path", `${url.origin}${url.pathname}`], ...url.searchParams.entries()];
};

export const THIRD_PARTY_LOGIN_CASES: OracleCase[] = [
	{
		name: "35-third-party-login",
		title: "Google and GitHub login without internet: the redirect location, the callback checks, the state, register, the user actor",
		async record(o: Oracle) {
			const exchanges: RecordedExchange[] = [];
			const timings: Record<string, number> = {};
			const call = async (method: string, path: string, label: string, body?: unknown, exchangeReached = false): Promise<RecordedExchange> => {
				const exchange = await o.call(method, path, { label, ...(body !== undefined ? { body } : {}) });
				exchanges.push(exchange);
				if (exchangeReached) timings[label] = Math.round(exchange.duration_ms * 10) / 10;
				return exchange;
			};
			const mint = (provider: "google" | "github", label: string, actor = "customer"): Promise<string> =>
				call("POST", `/auth/${actor}/${provider}`, label, {}).then(stateOf);

			// 1. providers
			await call("GET", "/auth/customer/providers", "customer providers");
			// 2-4. the start of the flow and the callback_url override
			await call("POST", "/auth/customer/google", "google start, empty body", {});
			await call("POST", "/auth/customer/google", "google start, callback_url override", { callback_url: "http://localhost:8000/custom-callback" });
			await call("POST", "/auth/customer/google", "google start, callback_url empty string", { callback_url: "" });
			await call("POST", "/auth/customer/google", "google start, callback_url a number", { callback_url: 42 });
			// 5. GET start; the query's callback_url
			await call("GET", "/auth/customer/google", "google start, GET without body");
			await call("GET", "/auth/customer/google?callback_url=http://evil.example/x", "google start, GET with query callback_url");
			// 6. github
			await call("POST", "/auth/customer/github", "github start, empty body", {});
			// 7. error on the start route
			await call("POST", `/auth/customer/google?${ERROR_QUERY}`, "google start, error with description and uri", {});
			await call("POST", "/auth/customer/google?error=access_denied", "google start, error only", {});
			// 8-10. callback checks before the state is read
			await call("GET", "/auth/customer/google/callback", "callback, nothing");
			await call("GET", "/auth/customer/google/callback?code=abc", "callback, code without state");
			await call("GET", `/auth/customer/google/callback?code=abc&state=${NEVER_ISSUED}`, "callback, code and a state never issued");
			// 11. a valid state: without code (not consumed), with code (token exchange), again (consumed)
			const s11 = await mint("google", "mint a google state (11)");
			await call("GET", `/auth/customer/google/callback?state=${s11}`, "callback, valid state without code");
			await call("GET", `/auth/customer/google/callback?state=${s11}&code=abc`, "callback, same state with code: token exchange", undefined, true);
			await call("GET", `/auth/customer/google/callback?state=${s11}&code=abc`, "callback, same state and code again");
			// 12. code from the body; state from the body
			const s12a = await mint("google", "mint a google state (12a)");
			await call("POST", `/auth/customer/google/callback?state=${s12a}`, "POST callback, state in query, code in body", { code: "abc" }, true);
			const s12b = await mint("google", "mint a google state (12b)");
			await call("POST", "/auth/customer/google/callback?code=abc", "POST callback, code in query, state in body", { state: s12b });
			await call("GET", `/auth/customer/google/callback?state=${s12b}&code=abc`, "callback, the body-sent state afterwards in the query", undefined, true);
			// 13. a state minted elsewhere
			const s13a = await mint("github", "mint a github state (13a)");
			await call("GET", `/auth/customer/google/callback?state=${s13a}&code=abc`, "google callback, github's state", undefined, true);
			const s13b = await mint("google", "mint a google state (13b)");
			await call("GET", `/auth/seller/google/callback?state=${s13b}&code=abc`, "seller google callback, customer google's state", undefined, true);
			const s13c = await mint("github", "mint a github state (13c)");
			await call("GET", `/auth/customer/github/callback?state=${s13c}&code=abc`, "github callback, its own state: token exchange", undefined, true);
			// 14. error on the callback
			await call("GET", `/auth/customer/google/callback?${ERROR_QUERY}`, "callback, error with description and uri");
			// 15. register
			await call("POST", "/auth/customer/google/register", "google register", {});
			await call("POST", "/auth/customer/github/register", "github register", {});
			// 16-17. the user actor
			await call("POST", "/auth/user/google", "user google start", {});
			await call("GET", "/auth/user/google/callback", "user google callback");
			await call("GET", "/auth/user/providers", "user providers");

			const states = exchanges.map((e) => locationParams(e)?.find(([k]) => k === "state")?.[1]).filter((s): s is string => s !== undefined);
			o.recorder.save(
				this.name,
				this.title,
				exchanges,
				{
					internet: "none: DNS lookups of the providers' hosts fail at once",
					location_params: Object.fromEntries(exchanges.filter((e) => locationParams(e)).map((e, i) => [`${i} ${e.label}`, locationParams(e)])),
					states_issued: states.length,
					states_all_64_lower_hex: states.every((s) => /^[0-9a-f]{64}$/.test(s)),
					states_distinct: new Set(states).size === states.length,
					timings,
				},
			);
		},
	},
];
