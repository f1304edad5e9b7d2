import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import { decodeJwt, decodeProtectedHeader, SignJWT } from "jose";
import { ManualClock } from "./clock.ts";
import { type CoreErrorCode, GatecheckError } from "./errors.ts";
import { type Claims, createTokenSigner } from "./tokens.ts";
import { announceSeed, SEED } from "../../test/properties/lib/seed.ts";

const seed = SEED;
announceSeed();

const SECRET = "supersecret";
const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const TOKEN_CODES: CoreErrorCode[] = [
	"ERR_TOKEN_MALFORMED",
	"ERR_TOKEN_SIGNATURE",
	"ERR_TOKEN_ALGORITHM",
	"ERR_TOKEN_EXPIRED",
	"ERR_TOKEN_CLAIMS",
];
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const signer = await createTokenSigner(SECRET);
const secretBytes = new TextEncoder().encode(SECRET);
const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The GatecheckError code `promise` rejects with; fails the test if it resolves or rejects with anything else. */
const rejectionCode = async (promise: Promise<unknown>): Promise<CoreErrorCode> => {
	try {
		await promise;
	} catch (error) {
		if (error instanceof GatecheckError) return error.code;
		throw new Error(`expected a GatecheckError, got ${String(error)}`);
	}
	throw new Error("expected the token to be refused, but it verified");
};

describe("sign", () => {
	test("writes an HS256 JWT header and the claims in order, then iat, exp and the trailing claims", async () => {
		const token = await signer.sign(
			{ actor_id: "cus_1", actor_type: "customer" },
			{ now: T0 + 999, ttlSeconds: 60, trailing: { jti: "j-1" } },
		);
		expect(decodeProtectedHeader(token)).toEqual({ alg: "HS256", typ: "JWT" });
		const [header, payload] = token.split(".");
		expect(Buffer.from(header ?? "", "base64url").toString()).toBe('{"alg":"HS256","typ":"JWT"}');
		const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as Claims;
		expect(Object.keys(claims)).toEqual(["actor_id", "actor_type", "iat", "exp", "jti"]);
		expect(claims).toEqual({ actor_id: "cus_1", actor_type: "customer", iat: T0 / 1000, exp: T0 / 1000 + 60, jti: "j-1" });
	});

	test("round-trips any JSON claims, with exp = iat + ttl taken from `now`", async () => {
		const reserved = new Set(["iat", "exp", "nbf", "__proto__"]);
		const claims = fc.dictionary(
			fc.string({ minLength: 1, maxLength: 8 }).filter((key) => !reserved.has(key)),
			fc.jsonValue({ maxDepth: 2 }),
			{ maxKeys: 5 },
		);
		await fc.assert(
			fc.asyncProperty(claims, fc.integer({ min: 0, max: 2 ** 41 }), fc.integer({ min: 1, max: 10 ** 6 }), async (c, now, ttl) => {
				const token = await signer.sign(c, { now, ttlSeconds: ttl });
				const payload = await signer.verify(token, now);
				const iat = Math.floor(now / 1000);
				expect(payload).toEqual(JSON.parse(JSON.stringify({ ...c, iat, exp: iat + ttl })) as Claims);
			}),
			{ seed, numRuns: 50 },
		);
	});
});

describe("verify: expiry against the injected clock", () => {
	test("a token verifies at exp − 1 s and fails with ERR_TOKEN_EXPIRED at exp", async () => {
		const clock = new ManualClock(T0);
		const token = await signer.sign({ sub: "x" }, { now: clock.now(), ttlSeconds: 3600 });
		const exp = decodeJwt(token).exp ?? 0;
		expect(exp).toBe(T0 / 1000 + 3600);
		clock.advance(3599_000);
		expect((await signer.verify(token, clock.now())).sub).toBe("x");
		clock.advance(999);
		expect((await signer.verify(token, clock.now())).sub).toBe("x");
		clock.advance(1);
		expect(await rejectionCode(signer.verify(token, clock.now()))).toBe("ERR_TOKEN_EXPIRED");
	});

	test("for any issue time and lifetime, valid before exp and expired from exp on", async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 41 }), fc.integer({ min: 1, max: 10 ** 7 }), async (now, ttl) => {
				const token = await signer.sign({}, { now, ttlSeconds: ttl });
				const expMs = (Math.floor(now / 1000) + ttl) * 1000;
				await signer.verify(token, expMs - 1000);
				await signer.verify(token, expMs - 1);
				expect(await rejectionCode(signer.verify(token, expMs))).toBe("ERR_TOKEN_EXPIRED");
			}),
			{ seed, numRuns: 50 },
		);
	});

	test("is read from `now`, not the wall clock: a token issued far in the past verifies at that past time", async () => {
		const past = Date.UTC(2001, 0, 1);
		const token = await signer.sign({}, { now: past, ttlSeconds: 60 });
		await signer.verify(token, past + 30_000);
		expect(await rejectionCode(signer.verify(token, T0))).toBe("ERR_TOKEN_EXPIRED");
	});
});

describe("verify: refusals keep their reason", () => {
	test("another secret gives ERR_TOKEN_SIGNATURE", async () => {
		const other = await createTokenSigner("another secret");
		const token = await other.sign({}, { now: T0, ttlSeconds: 60 });
		expect(await rejectionCode(signer.verify(token, T0))).toBe("ERR_TOKEN_SIGNATURE");
	});

	test("signature before claims: an expired token with a bad signature is ERR_TOKEN_SIGNATURE", async () => {
		const other = await createTokenSigner("another secret");
		const token = await other.sign({}, { now: T0, ttlSeconds: 60 });
		expect(await rejectionCode(signer.verify(token, T0 + 3_600_000))).toBe("ERR_TOKEN_SIGNATURE");
	});

	for (const alg of ["HS384", "HS512"] as const) {
		test(`${alg} with the same secret is refused`, async () => {
			const token = await new SignJWT({ iat: T0 / 1000, exp: T0 / 1000 + 60 })
				.setProtectedHeader({ alg, typ: "JWT" })
				.sign(secretBytes);
			expect(["ERR_TOKEN_ALGORITHM", "ERR_TOKEN_MALFORMED"]).toContain(await rejectionCode(signer.verify(token, T0)));
		});
	}

	test("alg:none is refused, with or without a signature part", async () => {
		const header = b64({ alg: "none", typ: "JWT" });
		const payload = b64({ sub: "x", iat: T0 / 1000, exp: T0 / 1000 + 60 });
		for (const token of [`${header}.${payload}.`, `${header}.${payload}`]) {
			expect(["ERR_TOKEN_ALGORITHM", "ERR_TOKEN_MALFORMED"]).toContain(await rejectionCode(signer.verify(token, T0)));
		}
	});

	test("a token without exp is refused even with a valid HS256 signature (ERR_TOKEN_CLAIMS)", async () => {
		const token = await new SignJWT({ sub: "x", iat: T0 / 1000 }).setProtectedHeader({ alg: "HS256" }).sign(secretBytes);
		expect(await rejectionCode(signer.verify(token, T0))).toBe("ERR_TOKEN_CLAIMS");
	});

	test("an HS256 token made by hand with the same secret and valid claims verifies (the harness is sound)", async () => {
		const token = await new SignJWT({ sub: "x", iat: T0 / 1000, exp: T0 / 1000 + 60 })
			.setProtectedHeader({ alg: "HS256" })
			.sign(secretBytes);
		expect((await signer.verify(token, T0)).sub).toBe("x");
	});

	test("a signed payload that is not JSON is ERR_TOKEN_MALFORMED", async () => {
		const input = `${b64({ alg: "HS256", typ: "JWT" })}.${Buffer.from("not json").toString("base64url")}`;
		const key = await crypto.subtle.importKey("raw", secretBytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
		const signature = Buffer.from(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(input))).toString("base64url");
		expect(await rejectionCode(signer.verify(`${input}.${signature}`, T0))).toBe("ERR_TOKEN_MALFORMED");
	});

	test("any string at all is refused with a token error code, never another exception", async () => {
		const part = fc.string({ unit: fc.constantFrom(...B64URL), maxLength: 40 });
		const garbage = fc.oneof(fc.string(), fc.tuple(part, part, part).map((parts) => parts.join(".")));
		await fc.assert(
			fc.asyncProperty(garbage, async (token) => {
				expect(TOKEN_CODES).toContain(await rejectionCode(signer.verify(token, T0)));
			}),
			{ seed },
		);
	});
});

describe("verify: tampering", () => {
	const claims = fc.record({ actor_id: fc.string({ maxLength: 12 }), n: fc.integer() });

	// Every position except the last character of the signature: see the exhaustive test below for that one.
	test("any one-character change to a valid token fails with a token error code", async () => {
		await fc.assert(
			fc.asyncProperty(claims, fc.nat(), fc.constantFrom(...B64URL, ".", "=", "~"), async (c, at, replacement) => {
				const token = await signer.sign(c, { now: T0, ttlSeconds: 600 });
				const position = at % (token.length - 1);
				fc.pre(token[position] !== replacement);
				const tampered = token.slice(0, position) + replacement + token.slice(position + 1);
				expect(TOKEN_CODES).toContain(await rejectionCode(signer.verify(tampered, T0)));
			}),
			{ seed },
		);
	});

	// A 32-byte HMAC is 43 base64url characters; the last one carries 4 signature bits and 2 spare
	// bits. If the decoder ignores the spare bits, three other characters in that place give the
	// same signature bytes, so a different token string verifies (signature malleability).
	test("every one-character change of the signature's last character is refused", async () => {
		const token = await signer.sign({ actor_id: "cus_1" }, { now: T0, ttlSeconds: 600 });
		const accepted: string[] = [];
		for (const replacement of B64URL) {
			if (replacement === token.at(-1)) continue;
			const tampered = token.slice(0, -1) + replacement;
			try {
				await signer.verify(tampered, T0);
				accepted.push(tampered);
			} catch (error) {
				expect(error).toBeInstanceOf(GatecheckError);
			}
		}
		expect(accepted).toEqual([]);
	});

	test("changing the payload and re-encoding it without re-signing gives ERR_TOKEN_SIGNATURE", async () => {
		const token = await signer.sign({ actor_id: "cus_1", actor_type: "customer" }, { now: T0, ttlSeconds: 600 });
		const [header, , signature] = token.split(".");
		const forged = `${header}.${b64({ actor_id: "cus_1", actor_type: "user", iat: T0 / 1000, exp: T0 / 1000 + 600 })}.${signature}`;
		expect(await rejectionCode(signer.verify(forged, T0))).toBe("ERR_TOKEN_SIGNATURE");
	});
});

describe("verify: the cache of verified tokens", () => {
	test("a token verified again gives the same frozen claims, and still expires at exp", async () => {
		const cached = await createTokenSigner(SECRET);
		const token = await cached.sign({ actor_id: "cus_1", app_metadata: { customer_id: "cus_1" } }, { now: T0, ttlSeconds: 60 });
		const first = await cached.verify(token, T0);
		expect(await cached.verify(token, T0 + 59_999)).toBe(first);
		expect(Object.isFrozen(first) && Object.isFrozen(first.app_metadata)).toBe(true);
		expect(await rejectionCode(cached.verify(token, T0 + 60_000))).toBe("ERR_TOKEN_EXPIRED");
		// A clock moved back makes it valid again, as it would be uncached.
		expect(await cached.verify(token, T0 + 1000)).toBe(first);
	});

	test("remembered answers at once only for a token verified before, with the claims verify gave", async () => {
		const cached = await createTokenSigner(SECRET);
		const token = await cached.sign({ actor_id: "cus_1" }, { now: T0, ttlSeconds: 60 });
		expect(cached.remembered(token, T0)).toBeUndefined();
		const claims = await cached.verify(token, T0);
		expect(cached.remembered(token, T0 + 59_999)).toBe(claims);
		expect(() => cached.remembered(token, T0 + 60_000)).toThrow(new GatecheckError("ERR_TOKEN_EXPIRED", "token expired"));
		const foreign = await (await createTokenSigner("another secret")).sign({}, { now: T0, ttlSeconds: 60 });
		await rejectionCode(cached.verify(foreign, T0));
		expect(cached.remembered(foreign, T0)).toBeUndefined();
	});

	test("nbf is checked against now on every request: a clock moved back before nbf refuses a remembered token", async () => {
		const cached = await createTokenSigner(SECRET);
		const token = await new SignJWT({ nbf: T0 / 1000 + 10, exp: T0 / 1000 + 60 }).setProtectedHeader({ alg: "HS256" }).sign(secretBytes);
		expect(await rejectionCode(cached.verify(token, T0))).toBe("ERR_TOKEN_CLAIMS");
		await cached.verify(token, T0 + 10_000);
		expect(await rejectionCode(cached.verify(token, T0 + 9_999))).toBe("ERR_TOKEN_CLAIMS");
	});

	test("a one-character change of a remembered token is still refused", async () => {
		const cached = await createTokenSigner(SECRET);
		const token = await cached.sign({ actor_id: "cus_1" }, { now: T0, ttlSeconds: 600 });
		await cached.verify(token, T0);
		for (let position = 0; position < token.length; position++) {
			const replacement = token[position] === "A" ? "B" : "A";
			const tampered = token.slice(0, position) + replacement + token.slice(position + 1);
			expect(TOKEN_CODES).toContain(await rejectionCode(cached.verify(tampered, T0)));
		}
	});

	test("is bounded: it never holds more than its capacity, and refusals are never remembered", async () => {
		const cached = await createTokenSigner(SECRET, { cacheCapacity: 8 });
		for (let i = 0; i < 20; i++) await cached.verify(await cached.sign({ n: i }, { now: T0, ttlSeconds: 60 }), T0);
		expect(cached.cachedTokens).toBe(8);
		const other = await (await createTokenSigner("another secret")).sign({}, { now: T0, ttlSeconds: 60 });
		const fresh = await createTokenSigner(SECRET);
		await rejectionCode(fresh.verify(other, T0));
		expect(fresh.cachedTokens).toBe(0);
	});

	test("for any tokens and any order of instants, a cached signer answers exactly as an uncached one", async () => {
		const cached = await createTokenSigner(SECRET, { cacheCapacity: 3 });
		const uncached = await createTokenSigner(SECRET, { cacheCapacity: 0 });
		const outcome = (promise: Promise<Claims>): Promise<unknown> =>
			promise.then(
				(claims) => ({ claims }),
				(error: GatecheckError) => ({ code: error.code, message: error.message }),
			);
		const token = fc.record({ issuedAt: fc.integer({ min: 0, max: 100 }), ttl: fc.integer({ min: 1, max: 50 }), nbf: fc.option(fc.integer({ min: 0, max: 120 })) });
		await fc.assert(
			fc.asyncProperty(fc.array(token, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: -5_000, max: 200_000 })), { maxLength: 30 }), async (specs, steps) => {
				const tokens = await Promise.all(
					specs.map(({ issuedAt, ttl, nbf }) =>
						new SignJWT({ ...(nbf === null ? {} : { nbf: T0 / 1000 + nbf }), iat: T0 / 1000 + issuedAt, exp: T0 / 1000 + issuedAt + ttl })
							.setProtectedHeader({ alg: "HS256", typ: "JWT" })
							.sign(secretBytes),
					),
				);
				for (const [pick, offsetMs] of steps) {
					const presented = tokens[pick % tokens.length] as string;
					const truth = await outcome(uncached.verify(presented, T0 + offsetMs));
					// What the signer answers at once, when it can, is what verify answers.
					const atOnce = ((): Promise<Claims> | undefined => {
						try {
							const claims = cached.remembered(presented, T0 + offsetMs);
							return claims === undefined ? undefined : Promise.resolve(claims);
						} catch (error) {
							return Promise.reject(error);
						}
					})();
					if (atOnce !== undefined) expect(await outcome(atOnce)).toEqual(truth);
					expect(await outcome(cached.verify(presented, T0 + offsetMs))).toEqual(truth);
				}
			}),
			{ seed, numRuns: 100 },
		);
	});
});
