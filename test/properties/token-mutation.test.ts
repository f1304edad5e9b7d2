// Property 2 (bearer tokens): every one-character change to a valid token is refused with the auth
// middleware's 401 `{"message":"Unauthorized"}` (observed 05c/05d for a customer, 09b for a user),
// including a change of the signature's unused low bits, which decodes to the same bytes: upstream
// compares the signature's text (lib/mutations.ts), so such a token is a different token there too.
import { beforeAll, describe, expect, test } from "bun:test";
import fc from "fast-check";
import type { GatecheckApp } from "../../src/app.ts";
import { ADMIN, call, CUSTOMER, login, makeTestApp, PUBLISHABLE_KEY } from "../support/test-app.ts";
import { applyMutation, BASE64URL_ALPHABET, type Mutation, mutationArb, sameJws, segmentBoundaries } from "./lib/mutations.ts";
import { announceSeed, runParameters } from "./lib/seed.ts";
import { observe, type Observed, UNAUTHORIZED_BODY } from "./lib/shapes.ts";

announceSeed();

interface Target {
	actor: "customer" | "user";
	credentials: { email: string; password: string };
	path: string;
	/** The publishable key the route needs, if any (observed 05g). */
	headers: Record<string, string>;
}

const TARGETS: Target[] = [
	{ actor: "customer", credentials: CUSTOMER, path: "/store/customers/me", headers: { "x-publishable-api-key": PUBLISHABLE_KEY } },
	{ actor: "user", credentials: ADMIN, path: "/admin/users/me", headers: {} },
];

let app: GatecheckApp["app"];
beforeAll(async () => {
	({ app } = await makeTestApp());
});

const UNAUTHORIZED: Observed = { status: 401, contentType: "application/json; charset=utf-8", text: UNAUTHORIZED_BODY };

const ask = async (target: Target, token: string): Promise<Observed> =>
	observe(await call(app, target.path, { headers: { ...target.headers, authorization: `Bearer ${token}` } }));

/** Changes of the signature's last character that keep its used bits: the same signature bytes. */
const paddingMutations = (token: string): Mutation[] => {
	const index = token.length - 1;
	const signatureLength = token.length - token.lastIndexOf(".") - 1;
	const unusedBits = (signatureLength * 6) % 8;
	const value = BASE64URL_ALPHABET.indexOf(token[index] ?? "");
	return [...BASE64URL_ALPHABET]
		.filter((_character, other) => other !== value && other >> unusedBits === value >> unusedBits)
		.map((replacement) => ({ index, replacement }));
};

for (const target of TARGETS) {
	describe(`one-character changes to a ${target.actor} token on GET ${target.path}`, () => {
		let token: string;
		beforeAll(async () => {
			token = await login(app, target.actor, target.credentials);
			expect((await ask(target, token)).status).toBe(200);
		});

		test(
			"are refused with 401 {message: Unauthorized}",
			async () => {
				await fc.assert(
					fc.asyncProperty(mutationArb(token, segmentBoundaries(token)), async (mutation) => {
						expect(await ask(target, applyMutation(token, mutation))).toEqual(UNAUTHORIZED);
					}),
					runParameters(200),
				);
			},
			{ timeout: 20_000 },
		);

		test("including those confined to the signature's unused bits, which decode to the same bytes", async () => {
			const mutations = paddingMutations(token);
			// HS256: 32 bytes → 43 characters, whose last carries 2 unused bits → 3 other characters.
			expect(mutations).toHaveLength(3);
			for (const mutation of mutations) {
				const mutated = applyMutation(token, mutation);
				expect(sameJws(token, mutated)).toBe(true);
				expect(await ask(target, mutated)).toEqual(UNAUTHORIZED);
			}
		});
	});
}
