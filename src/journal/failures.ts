// Failure on demand (`serve --latency`, `--fault`), for testing how a storefront copes with a slow or
// failing backend. Every draw comes from one seeded generator per kind, taken as requests arrive, so
// the same requests in the same order meet the same failures under the same `--seed`; latency has
// its own stream, so adding `--latency` does not move which requests fault.
import picomatch from "picomatch";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import type { Injected } from "./entry.ts";

export interface LatencyRange {
	minMs: number;
	maxMs: number;
}

export interface FaultRule {
	/** As given on the command line: `POST /auth/*=503@10%`. */
	text: string;
	/** Undefined for any method. */
	method?: string;
	/** `*` matches any characters, `/` included (picomatch's bash mode). */
	matchesPath(path: string): boolean;
	status: number;
	/** Of the matching requests, in hundredths of a percent (10% is 1000). */
	basisPoints: number;
}

export interface FailurePlan {
	seed: number;
	latency?: LatencyRange;
	faults: readonly FaultRule[];
}

/** Why a --latency or --fault value cannot be used; the CLI turns it into a usage error. */
export class FailureSyntaxError extends Error {}

/** `50-300ms`, `200ms` (a fixed delay), or the same in seconds (`1-2s`). */
export const parseLatency = (text: string): LatencyRange => {
	const match = /^(\d+)(?:-(\d+))?(ms|s)$/.exec(text.trim());
	if (!match) throw new FailureSyntaxError(`--latency must look like 50-300ms, 200ms or 1-2s, got "${text}"`);
	const unit = match[3] === "s" ? 1000 : 1;
	const minMs = Number(match[1]) * unit;
	const maxMs = Number(match[2] ?? match[1]) * unit;
	if (maxMs < minMs) throw new FailureSyntaxError(`--latency: ${text} ends before it starts`);
	if (maxMs > 60_000) throw new FailureSyntaxError(`--latency: at most 60s, got ${text}`);
	return { minMs, maxMs };
};

const FAULT = /^(?:([A-Za-z]+)\s+)?(\S+)=(\d{3})@(\d+(?:\.\d{1,2})?)%?$/;

/** `POST /auth/*=503@10%`: the method is optional (any), the percentage between 0.01 and 100. */
export const parseFault = (text: string): FaultRule => {
	const match = FAULT.exec(text.trim());
	if (!match) throw new FailureSyntaxError(`--fault must look like 'POST /auth/*=503@10%' ([METHOD] <path glob>=<status>@<percent>), got "${text}"`);
	const [, method, glob = "", status, percent] = match;
	if (!glob.startsWith("/")) throw new FailureSyntaxError(`--fault: the path glob must start with /, got "${glob}"`);
	const code = Number(status);
	if (code < 400 || code > 599) throw new FailureSyntaxError(`--fault: the status must be an error, 400 to 599, got ${status}`);
	const basisPoints = Math.round(Number(percent) * 100);
	if (basisPoints < 1 || basisPoints > 10_000) throw new FailureSyntaxError(`--fault: the percentage must be from 0.01 to 100, got ${percent}`);
	return { text: text.trim(), method: method?.toUpperCase(), matchesPath: picomatch(glob, { bash: true }), status: code, basisPoints };
};

/** The failures to put on each request, drawn in arrival order. */
export class FailureDice {
	readonly #latency: RandomGenerator;
	readonly #faults: RandomGenerator;
	constructor(readonly plan: FailurePlan) {
		this.#latency = xoroshiro128plus(plan.seed);
		// 2^64 draws further on: a stream of its own.
		const faults = xoroshiro128plus(plan.seed);
		faults.jump();
		this.#faults = faults;
	}

	/** For one request: its latency, and the rule that answers instead of the route, if one does. */
	roll(method: string, path: string): Injected & { rule?: FaultRule } {
		const { latency, faults } = this.plan;
		const rolled: Injected & { rule?: FaultRule } = {};
		if (latency) rolled.latencyMs = uniformInt(this.#latency, latency.minMs, latency.maxMs);
		// The first rule that matches decides, with one draw.
		const rule = faults.find((candidate) => (candidate.method === undefined || candidate.method === method) && candidate.matchesPath(path));
		if (rule && uniformInt(this.#faults, 1, 10_000) <= rule.basisPoints) {
			rolled.rule = rule;
			rolled.fault = rule.text;
		}
		return rolled;
	}
}
