// Tests of the replay harness itself: a comparison that cannot fail proves nothing, so each rule
// the golden replay relies on is shown to catch the difference it is there for.
import { describe, expect, test } from "bun:test";
import { Bindings } from "./bindings.ts";
import { craftToken } from "./craft.ts";
import { MEDUSA_V2_GOLDEN } from "./medusa-v2/profile.ts";
import { compareHeaders } from "./headers.ts";
import { decodeSegment, encodeSegment, hs256, splitJwt } from "./jwt.ts";
import { Comparer, type Mismatch } from "./normalise.ts";
import { liveRequest } from "./requests.ts";

const LIVE_SECRET = "live-secret-for-harness-tests";
const RECORDING_JWT_SECRET = MEDUSA_V2_GOLDEN.recordingJwtSecret;
const HEADER = encodeSegment({ alg: "HS256", typ: "JWT" });
const sign = (claims: Record<string, unknown>, secret: string): string => {
	const input = `${HEADER}.${encodeSegment(claims)}`;
	return `${input}.${hs256(input, secret)}`;
};

const compare = (expected: unknown, actual: unknown, bindings = new Bindings(["mwr5rw50"])): Mismatch[] => {
	const mismatches: Mismatch[] = [];
	new Comparer(bindings, mismatches).value("x", expected, actual);
	return mismatches;
};

describe("Comparer", () => {
	test("JSON key order is part of the body", () => {
		expect(compare({ a: 1, b: 2 }, { a: 1, b: 2 })).toEqual([]);
		expect(compare({ a: 1, b: 2 }, { b: 2, a: 1 })).toHaveLength(1);
	});

	test("a third-party location: the provider's address maps through the literals, the state binds one to one, the rest must match", () => {
		const bindings = new Bindings([], [["https://accounts.google.com/o/oauth2/v2/auth", "http://localhost/__provider/google/authorize"]]);
		const location = (base: string, redirect: string, state: string) =>
			`${base}?redirect_uri=${encodeURIComponent(redirect)}&client_id=cid&response_type=code&state=${state}`;
		const [recorded, live, other] = ["a", "b", "c"].map((digit) => digit.repeat(64)) as [string, string, string];
		const callback = "http://localhost:8000/cb";
		expect(compare(location("https://accounts.google.com/o/oauth2/v2/auth", callback, recorded), location("http://localhost/__provider/google/authorize", callback, live), bindings)).toEqual([]);
		expect(liveRequest({ method: "GET", path: `/cb?state=${recorded}`, headers: {}, body: null, body_kind: "none" }, bindings, { recordingSecret: "r", liveSecret: "l" }).path).toBe(`/cb?state=${live}`);
		expect(compare(location("https://accounts.google.com/o/oauth2/v2/auth", callback, recorded), location("http://localhost/__provider/google/authorize", callback, other), bindings)).toHaveLength(1);
		expect(compare(location("https://accounts.google.com/o/oauth2/v2/auth", callback, "d".repeat(64)), location("http://localhost/__provider/google/authorize", "http://evil.example/", "e".repeat(64)), bindings)).toHaveLength(1);
		expect(compare(location("https://accounts.google.com/o/oauth2/v2/auth", callback, "f".repeat(64)), location("https://accounts.google.com/o/oauth2/v2/auth", callback, "0".repeat(64)), bindings)).toHaveLength(1);
	});

	test("ids bind one to one for the whole run", () => {
		const bindings = new Bindings([]);
		expect(compare("cus_01M80DXKH0CESFSRP4TCHNZ10C", "cus_01JGATECHECKCVS00000000001", bindings)).toEqual([]);
		expect(compare("cus_01M80DXKH0CESFSRP4TCHNZ10C", "cus_01JGATECHECKCVS00000000002", bindings)).toHaveLength(1);
		expect(compare("user_01M80DTW1C677VE0RSVGKCBFE5", "cus_01JGATECHECKCVS00000000003", bindings)).toHaveLength(1);
	});

	test("API keys and their redacted forms bind one to one, a fixture key to the live fixture key", () => {
		const recordedFixture = `pk_${"a".repeat(64)}`;
		const bindings = new Bindings([], [[recordedFixture, `pk_${"0".repeat(64)}`]]);
		const sk = (digit: string): string => `sk_${digit.repeat(64)}`;
		expect(compare(sk("1"), sk("2"), bindings)).toEqual([]);
		expect(compare(sk("1"), sk("3"), bindings)).toHaveLength(1);
		expect(compare(sk("4"), sk("2"), bindings)).toHaveLength(1);
		expect(compare(sk("5"), `pk_${"5".repeat(64)}`, bindings)).toHaveLength(1);
		expect(compare("sk_111***111", "sk_222***222", bindings)).toEqual([]);
		expect(compare("sk_111***111", "sk_333***333", bindings)).toHaveLength(1);
		expect(compare(recordedFixture, `pk_${"0".repeat(64)}`, bindings)).toEqual([]);
		expect(compare(recordedFixture, `pk_${"9".repeat(64)}`, bindings)).toHaveLength(1);
		expect(bindings.liveText(`Bearer ${sk("1")}`)).toBe(`Bearer ${sk("2")}`);
	});

	test("dates match within the tolerance only", () => {
		expect(compare("2026-11-22T01:28:51.489Z", "2026-11-22T01:28:53.000Z")).toEqual([]);
		expect(compare("2026-11-22T01:28:51.489Z", "2026-11-22T02:28:51.489Z")).toHaveLength(1);
	});

	test("e-mails compare with the live run id, letter case kept", () => {
		const bindings = new Bindings(["mwr5rw50"]);
		const upper = bindings.withLiveRunIds("ORACLE-MWR5RW50@EXAMPLE.COM");
		expect(upper).toBe(bindings.withLiveRunIds("oracle-mwr5rw50@example.com").toUpperCase());
		expect(upper).not.toContain("MWR5RW50");
		expect(compare("oracle-mwr5rw50@example.com", bindings.withLiveRunIds("oracle-mwr5rw50@example.com"), bindings)).toEqual([]);
		expect(compare("oracle-mwr5rw50@example.com", "oracle-mwr5rw50@example.com", bindings)).toHaveLength(1);
	});

	test("JWTs: claim order and lifetime count, absolute times do not", () => {
		const recorded = sign({ actor_id: "", actor_type: "customer", iat: 1795310931, exp: 1795397331 }, RECORDING_JWT_SECRET);
		expect(compare(recorded, sign({ actor_id: "", actor_type: "customer", iat: 1795310933, exp: 1795397333 }, LIVE_SECRET))).toEqual([]);
		expect(compare(recorded, sign({ actor_type: "customer", actor_id: "", iat: 1795310931, exp: 1795397331 }, LIVE_SECRET))).toHaveLength(1);
		expect(compare(recorded, sign({ actor_id: "", actor_type: "customer", iat: 1795310931, exp: 1795310931 + 3600 }, LIVE_SECRET))).toHaveLength(1);
	});
});

describe("compareHeaders", () => {
	const recorded: Array<[string, string]> = [
		["Date", "Sun, 22 Nov 2026 01:28:54 GMT"],
		["ETag", 'W/"1a7-x"'],
		["Content-Type", "application/json; charset=utf-8"],
		["Set-Cookie", "connect.sid=s%3AabcdefghijklmnopqrstuvwxyzABCDEF.VcHKd6aSArUjFSlZjh4seQR4oxKALP7sZgL8Kk%2BqoFc; Path=/; Expires=Sun, 22 Nov 2026 11:28:54 GMT; HttpOnly"],
	];
	const now = Date.parse("2026-11-22T05:00:00.250Z");
	const liveCookie = (attributes: string): Headers => {
		const headers = new Headers({ "content-type": "application/json; charset=utf-8" });
		headers.append("set-cookie", `connect.sid=s%3AZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvu.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789%2B%2Fabcde; ${attributes}`);
		return headers;
	};
	const check = (live: Headers): Mismatch[] => {
		const mismatches: Mismatch[] = [];
		compareHeaders(new Comparer(new Bindings([]), mismatches), "h", recorded, live, now);
		return mismatches;
	};

	test("Expires is a lifetime from the response time; ignored headers are ignored", () => {
		expect(check(liveCookie("Path=/; Expires=Sun, 22 Nov 2026 15:00:00 GMT; HttpOnly"))).toEqual([]);
		expect(check(liveCookie("Path=/; Expires=Sun, 22 Nov 2026 16:00:00 GMT; HttpOnly"))).toHaveLength(1);
	});

	test("a missing attribute and an extra header are differences", () => {
		expect(check(liveCookie("Path=/; Expires=Sun, 22 Nov 2026 15:00:00 GMT"))).toHaveLength(1);
		const extra = liveCookie("Path=/; Expires=Sun, 22 Nov 2026 15:00:00 GMT; HttpOnly");
		extra.set("www-authenticate", "Bearer");
		expect(check(extra)).toHaveLength(1);
	});
});

describe("craftToken", () => {
	const recordedClaims = { actor_id: "cus_01M80DXKH0CESFSRP4TCHNZ10C", iat: 1795310931, exp: 1795397331 };
	const recorded = sign(recordedClaims, RECORDING_JWT_SECRET);
	const live = sign({ actor_id: "cus_01JGATECHECKCVS00000000001", iat: 1795310932, exp: 1795397332 }, LIVE_SECRET);
	const sources = { recordingSecret: RECORDING_JWT_SECRET, liveSecret: LIVE_SECRET, boundTokens: [[recorded, live]] as Array<[string, string]>, liveValue: (text: string): string => text };
	const parts = (token: string | undefined): { header: string; payload: string; signature: string } =>
		splitJwt(token ?? "") ?? { header: "", payload: "", signature: "" };

	test("alg none keeps the live token's claims and no signature", () => {
		const none = `${encodeSegment({ alg: "none", typ: "JWT" })}.${parts(recorded).payload}.`;
		const crafted = parts(craftToken(none, sources));
		expect(decodeSegment(crafted.header)).toEqual({ alg: "none", typ: "JWT" });
		expect(crafted.payload).toBe(parts(live).payload);
		expect(crafted.signature).toBe("");
	});

	test("a token signed with the recording's secret is re-signed with the live one", () => {
		const expired = sign({ ...recordedClaims, iat: 1795303734, exp: 1795307334 }, RECORDING_JWT_SECRET);
		const crafted = parts(craftToken(expired, sources));
		expect(hs256(`${crafted.header}.${crafted.payload}`, LIVE_SECRET)).toBe(crafted.signature);
		expect(decodeSegment(crafted.payload)).toEqual({ ...recordedClaims, iat: 1795303734, exp: 1795307334 });
	});

	test("one changed signature character is changed in the live token; another secret stays another secret", () => {
		const { header, payload, signature } = parts(recorded);
		const altered = parts(craftToken(`${header}.${payload}.${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`, sources));
		expect(altered.payload).toBe(parts(live).payload);
		expect(altered.signature.slice(1)).toBe(parts(live).signature.slice(1));
		expect(altered.signature[0]).not.toBe(parts(live).signature[0]);
		const foreign = parts(craftToken(`${header}.${payload}.${hs256(`${header}.${payload}`, "some-other-secret")}`, sources));
		expect(foreign.payload).toBe(parts(live).payload);
		expect(hs256(`${foreign.header}.${foreign.payload}`, LIVE_SECRET)).not.toBe(foreign.signature);
	});
});

describe("liveRequest", () => {
	const crafting = { recordingSecret: RECORDING_JWT_SECRET, liveSecret: LIVE_SECRET };
	const basic = (credentials: string): string => `Basic ${Buffer.from(credentials).toString("base64")}`;

	test("a secret key inside Basic credentials is made live; what is not base64 of text is sent as recorded", () => {
		const bindings = new Bindings([]);
		const recorded = `sk_${"1".repeat(64)}`;
		const live = `sk_${"2".repeat(64)}`;
		bindings.bind("api-key", recorded, live);
		const request = (authorization: string) =>
			liveRequest({ method: "GET", path: "/admin/products", headers: { Authorization: authorization }, body_kind: "none", body: null }, bindings, crafting);
		expect(request(basic(`${recorded}:`)).options.headers).toEqual({ Authorization: basic(`${live}:`) });
		expect(request(`basic ${Buffer.from(recorded).toString("base64")}`).options.headers).toEqual({ Authorization: `basic ${Buffer.from(live).toString("base64")}` });
		expect(request("Basic !!!").options.headers).toEqual({ Authorization: "Basic !!!" });
	});
});
