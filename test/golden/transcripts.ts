// The transcripts recorded from a real upstream server (fixtures/<profile>/transcripts/*.json, format in
// the observed contracts): typed, checked for the fields the replay needs, and sorted into the order
// they were recorded in, since they come from one run whose state builds up from case to case.
import { readdirSync, readFileSync } from "node:fs";

export interface RecordedRequest {
	method: string;
	path: string;
	headers: Record<string, string | number>;
	body: unknown;
	body_kind: "json" | "raw" | "none";
}

export interface RecordedResponse {
	status: number;
	raw_headers: Array<[string, string]>;
	body_text: string;
}

export interface Exchange {
	label?: string;
	request: RecordedRequest;
	response: RecordedResponse;
}

export interface Transcript {
	case: string;
	title: string;
	server: { node_env: string };
	recorded_at: string;
	run_id: string;
	exchanges: Exchange[];
	observations: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

const isExchange = (value: unknown): value is Exchange => {
	if (!isObject(value) || !isObject(value.request) || !isObject(value.response)) return false;
	const { request, response } = value;
	return (
		typeof request.method === "string" &&
		typeof request.path === "string" &&
		isObject(request.headers) &&
		["json", "raw", "none"].includes(String(request.body_kind)) &&
		typeof response.status === "number" &&
		Array.isArray(response.raw_headers) &&
		typeof response.body_text === "string"
	);
};

const isTranscript = (value: unknown): value is Transcript =>
	isObject(value) &&
	typeof value.case === "string" &&
	typeof value.title === "string" &&
	isObject(value.server) &&
	typeof value.recorded_at === "string" &&
	!Number.isNaN(Date.parse(value.recorded_at)) &&
	typeof value.run_id === "string" &&
	Array.isArray(value.exchanges) &&
	value.exchanges.every(isExchange) &&
	isObject(value.observations);

/** Every transcript, in the order of `recorded_at` (file names do not give it: 05l was recorded before 05i). */
export const loadTranscripts = (dir: URL): Transcript[] => {
	const files = readdirSync(dir)
		.filter((name) => name.endsWith(".json"))
		.sort();
	const transcripts = files.map((name) => {
		const parsed: unknown = JSON.parse(readFileSync(new URL(name, dir), "utf8"));
		if (!isTranscript(parsed)) throw new Error(`${name} is not a transcript in the recorded format`);
		return parsed;
	});
	// Array.prototype.sort is stable, so equal times keep file-name order.
	return transcripts.sort((a, b) => Date.parse(a.recorded_at) - Date.parse(b.recorded_at));
};

/** The label a report uses for an exchange: its index and the recorder's label, or the request line. */
export const exchangeName = (exchange: Exchange, index: number): string =>
	`#${index} ${exchange.label ?? `${exchange.request.method} ${exchange.request.path}`}`;
