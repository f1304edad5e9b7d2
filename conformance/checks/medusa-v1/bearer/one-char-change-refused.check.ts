import type { CheckContext } from "../../../kit/context.ts";
import fc from "fast-check";
import { BASE64URL } from "../../../kit/tokens.ts";
import { defineMedusaV1Check } from "../../../profiles/medusa-v1/refs.ts";
import { expectRefused, me } from "../flows.ts";
import { workingToken } from "./support.ts";

interface Change {
	segment: 0 | 1 | 2;
	/** Where in the segment, as a fraction of its length. */
	at: number;
	/** How far along BASE64URL the replacement is from the original character. */
	shift: number;
}

const change: fc.Arbitrary<Change> = fc.record({
	segment: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
	at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
	shift: fc.integer({ min: 1, max: BASE64URL.length - 1 }),
});

const sameBytes = (a: string, b: string): boolean => Buffer.from(a, "base64url").equals(Buffer.from(b, "base64url"));

export default defineMedusaV1Check({
	id: "medusa-v1/bearer/one-char-change-refused",
	title: "Changing any one character of an access_token makes it worthless",
	rule: "An access_token with any one character of its header, payload or signature replaced by another base64url character is refused on GET /store/customers/me with 401: the server verifies the HS256 signature over the exact header and payload it received.",
	refs: ["seed:bearer", "observed:09c", "asvs:9.1.1", "rfc6750:3.1"],
	tier: "contract",
	requires: ["customer-registration"],
	async run(ctx: CheckContext) {
		const segments = (await workingToken(ctx)).split(".");
		await ctx.property(change, async ({ segment, at, shift }) => {
			const original = segments[segment] ?? "";
			const index = Math.floor(at * original.length);
			const replaced = BASE64URL[(BASE64URL.indexOf(original[index] ?? "A") + shift) % BASE64URL.length] ?? "A";
			const altered = original.slice(0, index) + replaced + original.slice(index + 1);
			// The last signature character carries spare bits: a change there may decode to the same
			// MAC, which is the same signature; the rule is about a different token.
			if (segment === 2 && sameBytes(altered, original)) return;
			const forged = segments.map((part, i) => (i === segment ? altered : part)).join(".");
			expectRefused(ctx, await me(ctx, { bearer: forged }), `the token with ${["header", "payload", "signature"][segment]} character ${index} changed`);
		});
	},
});
