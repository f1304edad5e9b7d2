// Who is calling: the socket address of a request, which the server's listener knows (Bun's
// requestIP, Deno's remoteAddr). Requests made in-process have none. `X-Forwarded-For` counts only
// behind a trusted proxy (--trust-proxy), and then its first entry, the original client.

export type ClientAddress = (request: Request) => string | undefined;

export const clientIp = (request: Request, socketAddress: ClientAddress, trustProxy: boolean): string | undefined => {
	if (trustProxy) {
		const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
		if (forwarded) return forwarded;
	}
	return socketAddress(request);
};
