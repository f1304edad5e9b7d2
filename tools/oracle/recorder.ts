// Records exchanges with a real upstream server (the oracles beside the project: ../shared/oracles) in
// the transcript format the golden replay reads (test/golden/transcripts.ts): the request as sent,
// its exact head, every response header in wire order, the body, the duration. A development
// instrument: the tests never need it, and it only talks to loopback.
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";

export interface CallOptions {
	headers?: Record<string, string>;
	/** Sent as JSON, with Content-Type application/json unless a Content-Type is given. */
	body?: unknown;
	/** Sent byte for byte. */
	raw?: string;
	label?: string;
}

export interface RecordedExchange {
	label?: string;
	request: { method: string; path: string; headers: Record<string, string | number>; body: unknown; body_kind: "json" | "raw" | "none"; raw_head: string };
	response: { status: number; status_message: string; raw_headers: Array<[string, string]>; body: unknown; body_text: string };
	duration_ms: number;
}

export interface Server {
	host: string;
	port: number;
	/** What the transcript's `server` field says about it. */
	describe: Record<string, unknown>;
}

/** The request head node:http sent; Bun keeps it where Node does. */
const sentHead = (request: http.ClientRequest): string => String((request as unknown as { _header?: string })._header ?? "");

const parsed = (text: string): unknown => {
	try {
		return text.length > 0 ? JSON.parse(text) : text;
	} catch {
		return text;
	}
};

export class Recorder {
	// One socket, kept alive, as a browser would reuse it; also keeps the server's view of clients simple.
	readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	readonly #written: string[] = [];
	readonly runId = Date.now().toString(36);

	constructor(
		readonly server: Server,
		readonly outDir: string,
	) {}

	call(method: string, path: string, { headers = {}, body, raw, label }: CallOptions = {}): Promise<RecordedExchange> {
		const sent: Record<string, string | number> = { ...headers };
		let payload: string | undefined;
		if (raw !== undefined) payload = raw;
		else if (body !== undefined) {
			payload = JSON.stringify(body);
			if (!Object.keys(sent).some((name) => name.toLowerCase() === "content-type")) sent["Content-Type"] = "application/json";
		}
		if (payload !== undefined) sent["Content-Length"] = Buffer.byteLength(payload);
		const started = process.hrtime.bigint();
		return new Promise((resolve, reject) => {
			const request = http.request(
				{ host: this.server.host, port: this.server.port, method, path, headers: sent, agent: this.#agent },
				(response) => {
					const chunks: Buffer[] = [];
					response.on("data", (chunk: Buffer) => chunks.push(chunk));
					response.on("error", reject);
					response.on("end", () => {
						const text = Buffer.concat(chunks).toString("utf8");
						const rawHeaders: Array<[string, string]> = [];
						for (let i = 0; i < response.rawHeaders.length; i += 2)
							rawHeaders.push([response.rawHeaders[i] ?? "", response.rawHeaders[i + 1] ?? ""]);
						resolve({
							...(label ? { label } : {}),
							request: {
								method,
								path,
								headers: sent,
								body: raw ?? body ?? null,
								body_kind: raw !== undefined ? "raw" : body !== undefined ? "json" : "none",
								raw_head: sentHead(request),
							},
							response: {
								status: response.statusCode ?? 0,
								status_message: response.statusMessage ?? "",
								raw_headers: rawHeaders,
								body: parsed(text),
								body_text: text,
							},
							duration_ms: Number(process.hrtime.bigint() - started) / 1e6,
						});
					});
				},
			);
			request.on("error", reject);
			if (payload !== undefined) request.write(payload);
			request.end();
		});
	}

	/** Writes `<dir>/<name>.json`; `dir` is the transcripts directory unless a case keeps a sample elsewhere. */
	save(name: string, title: string, exchanges: RecordedExchange[], observations: Record<string, unknown> = {}, dir = this.outDir): void {
		mkdirSync(dir, { recursive: true });
		const transcript = { case: name, title, server: this.server.describe, recorded_at: new Date().toISOString(), run_id: this.runId, exchanges, observations };
		writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(transcript, null, 2)}\n`);
		this.#written.push(name);
		console.log(`${name}: ${exchanges.map((e) => e.response.status).join(",")}`);
	}

	get written(): readonly string[] {
		return this.#written;
	}
}

export const header = (exchange: RecordedExchange, name: string): string[] =>
	exchange.response.raw_headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

/** The field of a JSON response body, or a clear failure: a case that cannot go on must say why. */
export const field = (exchange: RecordedExchange, ...path: string[]): string => {
	let value: unknown = exchange.response.body;
	for (const key of path) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
	if (typeof value !== "string")
		throw new Error(`${exchange.request.method} ${exchange.request.path} answered ${exchange.response.status} ${exchange.response.body_text.slice(0, 200)}: no ${path.join(".")}`);
	return value;
};
