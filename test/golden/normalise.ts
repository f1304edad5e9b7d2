// Comparison modulo what legitimately differs between two runs: ids (prefix + ULID), uuids, dates,
// e-mails (the run id inside them) and JWTs (decoded: header and claims compared with key order,
// times by exp−iat). Everything else must be equal, and JSON objects must keep their key order,
// since the contract is byte-exact where clients can see it.
import type { Bindings, BindKind } from "./bindings.ts";
import { decodeSegment, splitJwt, WHOLE_JWT } from "./jwt.ts";

export interface Mismatch {
	where: string;
	expected: string;
	actual: string;
}

/** Medusa's ids: a lower-case prefix (cus, user, usr, authid, apk, prod, sc, …), `_`, a ULID. */
const ID = /^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** An API key's token, `pk_`/`sk_` and 64 hex digits, and its redacted form, `sk_e15***73c` (observed 25, 26). */
const API_KEY = /^(pk|sk)_[0-9a-f]{64}$/;
const REDACTED_KEY = /^(pk|sk)_[0-9a-f]{3}\*{3}[0-9a-f]{3}$/;
/** The state in a third-party login's location: 64 hex digits (docs/upstream/medusa-v2-third-party-login.md §1). */
const OAUTH_STATE = /[?&]state=([0-9a-f]{64})(?=&|$)/;

/**
 * How far a live time may be from the recorded one. The replay's clock stands at each case's
 * `recorded_at`, which is when the case ended; its requests were made up to ~3 s before (08d).
 */
export const TIME_TOLERANCE_MS = 5_000;

const show = (value: unknown): string => {
	const text = value === undefined ? "(absent)" : typeof value === "string" ? value : JSON.stringify(value);
	return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

const kindOf = (recorded: string): { kind: BindKind; pattern: RegExp } | undefined => {
	if (ID.test(recorded)) return { kind: "id", pattern: new RegExp(`^${recorded.split("_")[0]}_[0-9A-HJKMNP-TV-Z]{26}$`) };
	if (UUID.test(recorded)) return { kind: "uuid", pattern: UUID };
	const prefix = recorded.slice(0, 3);
	if (API_KEY.test(recorded)) return { kind: "api-key", pattern: new RegExp(`^${prefix}[0-9a-f]{64}$`) };
	if (REDACTED_KEY.test(recorded)) return { kind: "redacted", pattern: new RegExp(`^${prefix}[0-9a-f]{3}\\*{3}[0-9a-f]{3}$`) };
	if (ISO_DATE.test(recorded)) return { kind: "date", pattern: ISO_DATE };
	return undefined;
};

export class Comparer {
	constructor(
		readonly bindings: Bindings,
		readonly mismatches: Mismatch[],
	) {}

	miss(where: string, expected: unknown, actual: unknown): void {
		this.mismatches.push({ where, expected: show(expected), actual: show(actual) });
	}

	/** Compares a recorded value with a live one, binding recorded ids, dates and tokens on the way. */
	value(where: string, expected: unknown, actual: unknown): void {
		if (typeof expected === "string") this.#string(where, expected, actual);
		else if (Array.isArray(expected)) {
			if (!Array.isArray(actual) || actual.length !== expected.length) return this.miss(where, expected, actual);
			expected.forEach((item, i) => this.value(`${where}[${i}]`, item, actual[i]));
		} else if (isRecord(expected)) this.#object(where, expected, actual);
		else if (!Object.is(expected, actual)) this.miss(where, expected, actual);
	}

	#object(where: string, expected: Record<string, unknown>, actual: unknown): void {
		if (!isRecord(actual)) return this.miss(where, expected, actual);
		const expectedKeys = Object.keys(expected);
		if (expectedKeys.join() !== Object.keys(actual).join())
			this.miss(`${where} keys (in order)`, expectedKeys.join(", "), Object.keys(actual).join(", "));
		const timed = typeof expected.iat === "number" && typeof expected.exp === "number";
		if (timed) this.#times(where, expected, actual);
		for (const key of expectedKeys)
			if (key in actual && !(timed && (key === "iat" || key === "exp"))) this.value(`${where}.${key}`, expected[key], actual[key]);
	}

	/** iat/exp: the lifetime exactly, the issue time within the tolerance of the recorded one. */
	#times(where: string, expected: Record<string, unknown>, actual: Record<string, unknown>): void {
		const { iat, exp } = actual;
		if (typeof iat !== "number" || typeof exp !== "number") return this.miss(`${where} iat/exp`, "numbers", { iat, exp });
		const lifetime = Number(expected.exp) - Number(expected.iat);
		if (exp - iat !== lifetime) this.miss(`${where} exp−iat`, lifetime, exp - iat);
		if (Math.abs(iat - Number(expected.iat)) * 1000 > TIME_TOLERANCE_MS) this.miss(`${where}.iat (±5 s)`, expected.iat, iat);
	}

	#string(where: string, expected: string, actual: unknown): void {
		if (typeof actual !== "string") return this.miss(where, expected, actual);
		if (WHOLE_JWT.test(expected)) return this.jwt(where, expected, actual);
		const literal = this.bindings.literal(expected);
		if (literal !== undefined) {
			if (literal !== actual) this.miss(where, literal, actual);
			return;
		}
		const state = OAUTH_STATE.exec(expected)?.[1];
		if (state !== undefined) return this.#withState(where, expected, actual, state);
		const bindable = kindOf(expected);
		if (!bindable) {
			// An id inside a message ("Address with id: … was not found") is the live one too.
			const live = this.bindings.liveText(expected);
			if (live !== actual) this.miss(where, live, actual);
			return;
		}
		if (!bindable.pattern.test(actual)) return this.miss(`${where} (${bindable.kind})`, expected, actual);
		if (bindable.kind === "date" && Math.abs(Date.parse(actual) - Date.parse(expected)) > TIME_TOLERANCE_MS)
			this.miss(`${where} (date ±5 s)`, expected, actual);
		const conflict = this.bindings.bind(bindable.kind, expected, actual);
		if (conflict) this.miss(`${where} (${bindable.kind} binding)`, conflict, actual);
	}

	/** A location with a state: the state is bound, and the rest must be the recorded text in live terms (the profile's literals map the provider's address). */
	#withState(where: string, expected: string, actual: string, recordedState: string): void {
		const liveState = OAUTH_STATE.exec(actual)?.[1];
		if (liveState === undefined) return this.miss(`${where} (oauth state)`, expected, actual);
		const conflict = this.bindings.bind("oauth-state", recordedState, liveState);
		if (conflict) return this.miss(`${where} (oauth-state binding)`, conflict, actual);
		const live = this.bindings.liveText(expected);
		if (live !== actual) this.miss(where, live, actual);
	}

	/** A JWT: the same header and claims (key order included), a signature as long, then bound for later requests. */
	jwt(where: string, expected: string, actual: string): void {
		const recorded = splitJwt(expected);
		const live = splitJwt(actual);
		if (!recorded || !live) return this.miss(`${where} (JWT)`, expected, actual);
		this.value(`${where} JWT header`, decodeSegment(recorded.header), decodeSegment(live.header));
		this.value(`${where} JWT claims`, decodeSegment(recorded.payload), decodeSegment(live.payload));
		if (recorded.signature.length !== live.signature.length)
			this.miss(`${where} JWT signature length`, recorded.signature.length, live.signature.length);
		this.bindings.bind("token", expected, actual);
	}
}
