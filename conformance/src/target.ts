// A target is any fetch-shaped function plus the base URL requests are made against, so the same
// checks run over the network and in-process (e.g. against an Elysia app's `handle`).

export type FetchLike = (request: Request) => Promise<Response>;

export interface Target {
	baseUrl: string;
	fetch: FetchLike;
}

/** A server reached over HTTP. Redirects are not followed: a redirect is an answer to check. */
export const httpTarget = (baseUrl: string): Target => ({
	baseUrl: baseUrl.replace(/\/+$/, ""),
	fetch: (request) => fetch(request, { redirect: "manual" }),
});

/** A server reached by calling its request handler directly. */
export const handlerTarget = (handle: FetchLike, baseUrl = "http://localhost"): Target => ({ baseUrl, fetch: handle });
