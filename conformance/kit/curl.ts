// A curl command that sends the same request again, for the evidence of a failure.
import type { RecordedRequest } from "./http.ts";

const quote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

export const curlCommand = (request: RecordedRequest): string => {
	const parts = ["curl", "-i", "-X", request.method, quote(request.url)];
	// A request sent from another loopback address (per-IP checks) must leave from it again.
	if (request.from !== undefined) parts.push("--interface", request.from);
	for (const [name, value] of request.headers) parts.push("-H", quote(`${name}: ${value}`));
	if (request.body !== undefined) parts.push("--data-raw", quote(request.body));
	return parts.join(" ");
};
