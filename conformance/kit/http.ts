// The kit's HTTP client: builds requests from a small spec, sends them to the target, keeps the
// check's cookies, and records every exchange as evidence for the report.
import { CookieJar } from "./cookie-jar.ts";
import { realTime, type Target } from "./target.ts";

export interface RequestSpec {
	method?: string;
	path: string;
	headers?: Record<string, string>;
	/** Sent as JSON with `Content-Type: application/json`. */
	json?: unknown;
	/** Sent as `application/x-www-form-urlencoded`. */
	form?: Record<string, string>;
	/** Sent as it is, with this content type (or none). */
	raw?: { body: string; contentType?: string };
	/** Adds `Authorization: Bearer <token>`. */
	bearer?: string;
	/** Send the jar's cookies (default true) and keep the answer's. */
	useJar?: boolean;
	/** Send from this client address (needs the source-addresses capability). */
	from?: string;
	/**
	 * On 429 with a Retry-After of at most a minute, wait that long and send again (default): a limit
	 * hit by the kit's own pace is not what an unrelated check is about. Rate-limit checks turn it off.
	 */
	retryOn429?: boolean;
	/**
	 * Keep the exchange as evidence (default true). Timing samples are hundreds of look-alike
	 * exchanges; a timing check records one of each kind instead.
	 */
	record?: boolean;
}

/** The longest the kit waits for a Retry-After, and how often, before it reports the 429 instead. */
const MAX_RETRY_AFTER_SECONDS = 60;
const MAX_RETRIES = 3;

const retryAfterSeconds = (response: Response): number | undefined => {
	const value = response.headers.get("retry-after");
	return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
};

export interface RecordedRequest {
	method: string;
	url: string;
	headers: Array<[string, string]>;
	body?: string;
	/** The client address it was sent from, when not the kit's own. */
	from?: string;
}

export interface RecordedResponse {
	status: number;
	headers: Array<[string, string]>;
	body: string;
}

export interface Exchange {
	request: RecordedRequest;
	response?: RecordedResponse;
	durationMs: number;
	/** The network error, when there was no response. */
	error?: string;
}

export interface Reply {
	status: number;
	headers: Headers;
	text: string;
	/** The body parsed as JSON, or undefined when it is not JSON. */
	body: unknown;
	setCookies: string[];
	exchange: Exchange;
}

export class TargetUnreachable extends Error {}

const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
};

export class HttpClient {
	readonly exchanges: Exchange[] = [];
	constructor(
		private readonly target: Target,
		readonly jar: CookieJar = new CookieJar(),
	) {}

	async send(spec: RequestSpec): Promise<Reply> {
		const headers = new Headers(spec.headers);
		let body: string | undefined;
		if (spec.json !== undefined) {
			body = JSON.stringify(spec.json);
			if (!headers.has("content-type")) headers.set("content-type", "application/json");
		} else if (spec.form !== undefined) {
			body = new URLSearchParams(spec.form).toString();
			headers.set("content-type", "application/x-www-form-urlencoded");
		} else if (spec.raw !== undefined) {
			body = spec.raw.body;
			if (spec.raw.contentType !== undefined) headers.set("content-type", spec.raw.contentType);
		}
		if (spec.bearer !== undefined) headers.set("authorization", `Bearer ${spec.bearer}`);
		const useJar = spec.useJar ?? true;
		const cookie = useJar ? this.jar.header() : undefined;
		if (cookie !== undefined && !headers.has("cookie")) headers.set("cookie", cookie);

		const method = spec.method ?? (body === undefined ? "GET" : "POST");
		const url = `${this.target.baseUrl}${spec.path}`;
		const { fetchFrom } = this.target;
		if (spec.from !== undefined && !fetchFrom) throw new Error("this target cannot send from other client addresses");
		const send = (request: Request): Promise<Response> =>
			spec.from !== undefined && fetchFrom ? fetchFrom(spec.from, request) : this.target.fetch(request);
		for (let attempt = 0; ; attempt++) {
			const exchange: Exchange = { request: { method, url, headers: [...headers], body, from: spec.from }, durationMs: 0 };
			if (spec.record !== false) this.exchanges.push(exchange);
			const started = performance.now();
			let response: Response;
			try {
				response = await send(new Request(url, { method, headers, body }));
			} catch (error) {
				exchange.error = error instanceof Error ? error.message : String(error);
				throw new TargetUnreachable(`${method} ${url}: ${exchange.error}`);
			}
			const text = await response.text();
			exchange.durationMs = performance.now() - started;
			exchange.response = { status: response.status, headers: [...response.headers], body: text };
			const wait = response.status === 429 && spec.retryOn429 !== false ? retryAfterSeconds(response) : undefined;
			if (wait !== undefined && wait <= MAX_RETRY_AFTER_SECONDS && attempt < MAX_RETRIES) {
				await (this.target.wait ?? realTime)(wait * 1000);
				continue;
			}
			const setCookies = response.headers.getSetCookie();
			if (useJar) this.jar.store(setCookies);
			return { status: response.status, headers: response.headers, text, body: parseJson(text), setCookies, exchange };
		}
	}
}
