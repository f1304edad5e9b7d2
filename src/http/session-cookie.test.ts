import { describe, expect, test } from "bun:test";
import { signCookie, unsignCookie } from "elysia/utils";
import fc from "fast-check";
import { readSessionId, sessionCookieHeader, sessionIdOf, signValue, unsignValue } from "./session-cookie.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const SECRET = "cookie-secret-0123456789abcdef";

describe("signValue / unsignValue: the bytes of Elysia's signCookie / unsignCookie (cookie-signature)", () => {
	test("sign gives exactly signCookie's string, for any value and secret", async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: "binary" }), fc.string({ unit: "binary", minLength: 1 }), async (value, secret) => {
				expect(signValue(value, secret)).toBe(await signCookie(value, secret));
			}),
			{ seed, numRuns: 300 },
		);
	});

	test("unsign agrees with unsignCookie on signed values, their one-character changes and any string", async () => {
		const alphabet = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=.-_é");
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), fc.nat(), alphabet, fc.string({ unit: "binary" }), async (value, at, replacement, any) => {
				const signed = signValue(value, SECRET);
				const position = at % signed.length;
				const changed = signed.slice(0, position) + replacement + signed.slice(position + 1);
				for (const input of [signed, changed, `${signed}=`, any])
					expect(unsignValue(input, SECRET)).toBe(await unsignCookie(input, SECRET));
			}),
			{ seed, numRuns: 300 },
		);
	});
});

describe("connect.sid", () => {
	test("the header carries s:<id>.<signature>, percent-encoded, and reads back to the id", async () => {
		const header = await sessionCookieHeader("abc_DEF-123", Date.UTC(2026, 0, 1), SECRET, { secure: false, httpOnly: true, sameSite: "Lax" });
		expect(header).toBe(`connect.sid=${encodeURIComponent(`s:${await signCookie("abc_DEF-123", SECRET)}`)}; Path=/; Expires=Thu, 01 Jan 2026 00:00:00 GMT; HttpOnly`);
		const pair = header.split(";")[0] as string;
		expect(await readSessionId(pair, SECRET)).toBe("abc_DEF-123");
		expect(await readSessionId(pair, `${SECRET}x`)).toBeUndefined();
		expect(await readSessionId("connect.sid=abc_DEF-123", SECRET)).toBeUndefined();
	});

	test("a value verified before is read from memory, and only under the secret that signed it", async () => {
		const pair = (await sessionCookieHeader("kept-id", Date.UTC(2026, 0, 1), SECRET, { secure: false, httpOnly: true, sameSite: "Lax" })).split(";")[0] as string;
		for (let i = 0; i < 3; i++) expect(sessionIdOf(pair, SECRET)).toBe("kept-id");
		expect(sessionIdOf(pair, `${SECRET}x`)).toBeUndefined();
		// One character of the signature changed, after the real value was kept.
		const forged = pair.replace(/.$/, (last) => (last === "A" ? "B" : "A"));
		expect(sessionIdOf(forged, SECRET)).toBeUndefined();
		expect(sessionIdOf(pair, SECRET)).toBe("kept-id");
	});
});
