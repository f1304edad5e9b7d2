// argon2id password hashing (@node-rs/argon2 runs it on the libuv thread pool, off the event loop),
// with bounded concurrency so that a login storm queues instead of exhausting memory
// (each OWASP-sized hash holds 19 MiB while it runs).
import { hash, verify } from "@node-rs/argon2";
import { availableParallelism } from "node:os";

// `Algorithm.Argon2id` of @node-rs/argon2 is a const enum, which isolated modules cannot import.
const ARGON2ID = 2;

export interface Argon2Params {
	memoryCost: number;
	timeCost: number;
	parallelism: number;
}

/** Named parameter sets, chosen with `--argon2` / `GATECHECK_ARGON2`. */
export const ARGON2_PRESETS = {
	// OWASP Password Storage Cheat Sheet: argon2id, m=19456 KiB, t=2, p=1.
	owasp: { memoryCost: 19456, timeCost: 2, parallelism: 1 },
	// Cheap sets for local development and tests: ~1 ms and ~0.3 ms per hash (STACK.md).
	dev: { memoryCost: 4096, timeCost: 1, parallelism: 1 },
	test: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
} as const satisfies Record<string, Argon2Params>;

export type Argon2Preset = keyof typeof ARGON2_PRESETS;

export const isArgon2Preset = (name: string): name is Argon2Preset => Object.hasOwn(ARGON2_PRESETS, name);

/** A counting semaphore: at most `limit` tasks run at once, the rest wait in order. */
class Semaphore {
	#running = 0;
	readonly #waiting: Array<() => void> = [];
	constructor(private readonly limit: number) {}

	async run<T>(task: () => Promise<T>): Promise<T> {
		// A finishing task hands its slot straight to the next waiter, so no newcomer can slip in between.
		if (this.#running < this.limit) this.#running++;
		else await new Promise<void>((resolve) => this.#waiting.push(resolve));
		try {
			return await task();
		} finally {
			const next = this.#waiting.shift();
			if (next) next();
			else this.#running--;
		}
	}
}

export interface PasswordHasher {
	hash(password: string): Promise<string>;
	/** True when `password` matches `encoded`; with no `encoded` (unknown account) it does the same work and answers false. */
	verify(encoded: string | undefined, password: string): Promise<boolean>;
}

export const createPasswordHasher = (
	params: Argon2Params = ARGON2_PRESETS.owasp,
	concurrency: number = availableParallelism(),
): PasswordHasher => {
	const gate = new Semaphore(Math.max(1, concurrency));
	const options = { ...params, algorithm: ARGON2ID };
	const hashNow = (password: string): Promise<string> => gate.run(() => hash(password, options));
	// Unknown accounts are checked against this hash so that they cost what known ones cost
	// (contracts README: "No timing enumeration").
	const dummy = hashNow(crypto.randomUUID());
	return {
		hash: hashNow,
		async verify(encoded, password) {
			const target = encoded ?? (await dummy);
			const matches = await gate.run(() => verify(target, password).catch(() => false));
			return encoded !== undefined && matches;
		},
	};
};
