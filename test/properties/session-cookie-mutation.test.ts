// Property 2 (session cookie): a connect.sid from POST /auth/session (observed 06) stops working
// after any one-character change: GET /store/customers/me answers 401 `{"message":"Unauthorized"}`
// (observed 06, "same cookie afterwards"). The one exception is a change the server cannot see
// once the value is read (a percent-escape's hex letter in the other case, lib/mutations.ts): that
// must be answered exactly as the original cookie is.
import { beforeAll, describe, expect, test } from "bun:test";
import fc from "fast-check";
import type { GatecheckApp } from "../../src/app.ts";
import { call, CUSTOMER, login, makeTestApp, PUBLISHABLE_KEY } from "../support/test-app.ts";
import { applyMutation, cookieValueAsRead, escapeHexLetters, type Mutation, mutationArb, segmentBoundaries } from "./lib/mutations.ts";
import { announceSeed, runParameters } from "./lib/seed.ts";
import { observe, type Observed, UNAUTHORIZED_BODY } from "./lib/shapes.ts";

announceSeed();

let app: GatecheckApp["app"];
let cookie: string;
let original: Observed;

const ask = async (value: string): Promise<Observed> =>
	observe(
		await call(app, "/store/customers/me", {
			headers: { "x-publishable-api-key": PUBLISHABLE_KEY, cookie: `connect.sid=${value}` },
		}),
	);

beforeAll(async () => {
	({ app } = await makeTestApp());
	const token = await login(app, "customer", CUSTOMER);
	const session = await call(app, "/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}` } });
	cookie = session.headers.get("set-cookie")?.match(/^connect\.sid=([^;]*)/)?.[1] ?? "";
	// `s%3A<id>.<signature>`: express-session's signed value, percent-encoded (observed 06).
	expect(cookie).toStartWith("s%3A");
	original = await ask(cookie);
	expect(original.status).toBe(200);
});

/** The hex letters of the value's escapes (`%3A`, `%2B`, `%2F`) in the other case. */
const caseFlips = (value: string): Mutation[] =>
	escapeHexLetters(value).map((index) => {
		const letter = value[index] ?? "";
		return { index, replacement: letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase() };
	});

describe("one-character changes to a connect.sid session cookie on GET /store/customers/me", () => {
	test(
		"are refused with 401 {message: Unauthorized}, or answered as the original when they read the same",
		async () => {
			const hot = [...segmentBoundaries(cookie), ...escapeHexLetters(cookie)];
			const mutations = fc.oneof(mutationArb(cookie, hot, "abcdef"), fc.constantFrom(...caseFlips(cookie)));
			await fc.assert(
				fc.asyncProperty(mutations, async (mutation) => {
					const mutated = applyMutation(cookie, mutation);
					const seen = await ask(mutated);
					if (cookieValueAsRead(mutated) === cookieValueAsRead(cookie)) expect(seen).toEqual(original);
					else expect(seen).toEqual({ status: 401, contentType: "application/json; charset=utf-8", text: UNAUTHORIZED_BODY });
				}),
				runParameters(200),
			);
		},
		{ timeout: 20_000 },
	);
});
