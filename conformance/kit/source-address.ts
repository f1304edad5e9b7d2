// Sending a request from a chosen local address (127.0.0.2, 127.0.0.3, …): how the kit shows that a
// per-IP limit on a loopback target really is per IP. fetch() cannot choose its source address, so
// this goes through node:http, which Bun and Deno both provide.
import http from "node:http";

/** The most of a response body kept, so a misbehaving target cannot exhaust the kit's memory. */
const BODY_LIMIT_BYTES = 1024 * 1024;

export const isLoopbackUrl = (url: string): boolean => {
	const host = new URL(url).hostname;
	return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
};

export const fetchFromAddress = async (localAddress: string, request: Request): Promise<Response> => {
	const url = new URL(request.url);
	const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
	return new Promise((resolve, reject) => {
		const outgoing = http.request(
			{
				host: url.hostname.replace(/^\[|\]$/g, ""),
				port: url.port || 80,
				path: `${url.pathname}${url.search}`,
				method: request.method,
				headers: Object.fromEntries(request.headers),
				localAddress,
			},
			(incoming) => {
				const chunks: Buffer[] = [];
				let size = 0;
				incoming.on("data", (chunk: Buffer) => {
					size += chunk.length;
					if (size <= BODY_LIMIT_BYTES) chunks.push(chunk);
				});
				incoming.on("end", () => {
					const headers = new Headers();
					for (const [name, value] of Object.entries(incoming.headers))
						for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
					const status = incoming.statusCode ?? 502;
					const text = status === 204 || status === 304 ? null : Buffer.concat(chunks);
					resolve(new Response(text, { status, headers }));
				});
				incoming.on("error", reject);
			},
		);
		outgoing.on("error", reject);
		outgoing.end(body);
	});
};
