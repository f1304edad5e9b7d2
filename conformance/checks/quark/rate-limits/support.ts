// Steps the quark rate-limit checks share. FACTS.md §D: "fixed 100 req/min (global), search 60
// req/min, sliding 20 req/10 s (burst)", every 429 with `Retry-After: 60` and a documented body;
// the contracts README: each policy counted per client IP, the burst being the auth window.
//
// Each check starts from a client whose budget is unspent: a loopback address of its own when the
// run can send from one (source-addresses), else the kit's address once a whole global window (the
// longest, and it counts every request) has passed with nothing sent. The checks that burst run
// alone (exclusive): no other check spends that budget meanwhile, nor is refused from it.
import type { CheckContext } from "../../../kit/context.ts";
import { Inconclusive } from "../../../kit/expect.ts";
import type { Reply, RequestSpec } from "../../../kit/http.ts";
import { LOGIN } from "../flows.ts";

export const GLOBAL_WINDOW_SECONDS = 60;

export interface Policy {
	/** The requests it covers, as the checks' messages name them. */
	what: string;
	limit: number;
	windowSeconds: number;
	/**
	 * A fixed window may turn over in the middle of a burst (the reference aligns its windows to the
	 * clock's minutes; ASP.NET's start at a client's first request): then every request of the burst
	 * may pass, and a second burst, which no other edge can split, must meet the limit.
	 */
	fixedWindow: boolean;
	request(ctx: CheckContext): RequestSpec;
}

/** The auth window (contracts README): logins with an e-mail nobody registered, each answered 401. */
export const BURST: Policy = {
	what: `POST ${LOGIN}`,
	limit: 20,
	windowSeconds: 10,
	fixedWindow: false,
	request: (ctx) => ({ path: LOGIN, json: { email: ctx.uniqueEmail("nobody"), password: "Not-the-password-1" } }),
};

/** The global policy covers every endpoint; this one is documented and anonymous (FACTS.md §D: "GET /api/storefront/basket/{id} is anonymous"). */
export const GLOBAL: Policy = {
	what: "GET /api/storefront/basket/{id}",
	limit: 100,
	windowSeconds: GLOBAL_WINDOW_SECONDS,
	fixedWindow: true,
	request: () => ({ path: `/api/storefront/basket/${crypto.randomUUID()}` }),
};

/** The search policy on the reference's search route (README: a reference choice). */
export const SEARCH: Policy = {
	what: "GET /api/storefront/products/search?q=",
	limit: 60,
	windowSeconds: 60,
	fixedWindow: true,
	request: () => ({ path: "/api/storefront/products/search?q=gate" }),
};

const fnv1a = (text: string): number => {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
};

/** A loopback address (never 127.0.0.1) no other check of this run uses, when the run can send from one. */
export const ownAddress = (ctx: CheckContext, label: string): string | undefined => {
	if (!ctx.can("source-addresses")) return undefined;
	const hash = fnv1a(ctx.uniqueEmail(label));
	return `127.${(hash >>> 16) & 255}.${(hash >>> 8) & 255}.${2 + ((hash & 255) % 253)}`;
};

/** One client: its own address or the kit's; it sees its 429s (no automatic retry). */
export class Client {
	constructor(
		private readonly ctx: CheckContext,
		readonly address: string | undefined,
	) {}

	get name(): string {
		return this.address ?? "the kit's address";
	}

	send(spec: RequestSpec): Promise<Reply> {
		return this.ctx.request({ useJar: false, ...spec, retryOn429: false, from: this.address });
	}
}

/** A client that has spent nothing of any policy's budget. */
export const freshClient = async (ctx: CheckContext, label: string): Promise<Client> => {
	const address = ownAddress(ctx, label);
	if (address === undefined) {
		ctx.note(`no source addresses: waiting ${GLOBAL_WINDOW_SECONDS} s so that the kit's address starts with an unspent budget`);
		await ctx.sleep(GLOBAL_WINDOW_SECONDS * 1000);
	}
	return new Client(ctx, address);
};

interface Burst {
	passed: number;
	refused?: Reply;
	last: Reply;
	elapsedMs: number;
}

/** `policy`'s request, sent by `client` until the first 429, at most limit + 1 times. */
const burst = async (ctx: CheckContext, client: Client, policy: Policy): Promise<Burst> => {
	const spec = policy.request(ctx);
	const started = performance.now();
	let last: Reply | undefined;
	for (let passed = 0; passed <= policy.limit; passed++) {
		last = await client.send(spec);
		if (last.status === 429) return { passed, refused: last, last, elapsedMs: performance.now() - started };
	}
	ctx.expect.that(last !== undefined, "a burst of no requests");
	return { passed: policy.limit + 1, last, elapsedMs: performance.now() - started };
};

/**
 * From a fresh client, `policy.limit` requests answered and the next one refused with 429 (one
 * more try from another fresh client when a fixed window may have turned over within the first).
 */
export const refusedAfterLimit = async (ctx: CheckContext, policy: Policy, label: string): Promise<{ client: Client; refused: Reply }> => {
	const sent = policy.limit + 1;
	for (let attempt = 1; ; attempt++) {
		const client = await freshClient(ctx, `${label}-${attempt}`);
		const result = await burst(ctx, client, policy);
		const seconds = (result.elapsedMs / 1000).toFixed(1);
		if (result.refused) {
			ctx.expect.equal(result.passed, policy.limit, `${policy.what} from ${client.name} (a fresh client): requests answered before the first 429`, result.refused.exchange);
			return { client, refused: result.refused };
		}
		if (result.elapsedMs >= policy.windowSeconds * 1000)
			throw new Inconclusive(`${sent} ${policy.what} took ${seconds} s, more than the ${policy.windowSeconds} s window: the target is too slow to meet its limit`, {
				exchange: result.last.exchange,
			});
		ctx.expect.that(policy.fixedWindow && attempt === 1, `${sent} ${policy.what} from one client within ${seconds} s were all answered: no 429 (at most ${policy.limit} per ${policy.windowSeconds} s per client)`, {
			expected: `429 for request ${sent}`,
			actual: result.last.status,
			exchange: result.last.exchange,
		});
		ctx.note(`all ${sent} ${policy.what} were answered: a fixed window may have turned over among them, so once more from a fresh client`);
	}
};

/** Retry-After as delay-seconds, a positive integer (FACTS.md §D: "Retry-After: 60"). */
export const retryAfterSeconds = (ctx: CheckContext, refused: Reply): number => {
	const value = refused.headers.get("retry-after")?.trim();
	ctx.expect.that(value !== undefined && /^\d+$/.test(value) && Number(value) > 0, `the 429 has no Retry-After of a positive number of seconds (got ${value === undefined ? "none" : JSON.stringify(value)})`, {
		expected: "Retry-After: <seconds>",
		actual: value ?? null,
		exchange: refused.exchange,
	});
	return Number(value);
};

/** The 429's body as FACTS.md §D documents it, read tolerantly: {status: 429, message, retryAfter: Retry-After's seconds}, extra keys allowed. */
export const expectRefusalBody = (ctx: CheckContext, refused: Reply, seconds: number): void => {
	const body = refused.body as Record<string, unknown> | undefined;
	const ok = typeof body === "object" && body !== null && body.status === 429 && typeof body.message === "string" && body.retryAfter === seconds;
	ctx.expect.that(ok, `429 body: expected {"status":429,"message":"…","retryAfter":${seconds}}, got ${refused.text.slice(0, 200) || "an empty body"}`, {
		expected: { status: 429, message: "<text>", retryAfter: seconds },
		actual: refused.body ?? refused.text,
		exchange: refused.exchange,
	});
};
