// A target is any fetch-shaped function plus the base URL requests are made against, so the same
// checks run over the network and in-process (e.g. against an Elysia app's `handle`).

import { fetchFromAddress, isLoopbackUrl } from "./source-address.ts";

export type FetchLike = (request: Request) => Promise<Response>;

export interface Target {
	baseUrl: string;
	fetch: FetchLike;
	/** Sends from another client address, where the target can be reached so (loopback targets). */
	fetchFrom?: (address: string, request: Request) => Promise<Response>;
}

/** A server reached over HTTP. Redirects are not followed: a redirect is an answer to check. */
export const httpTarget = (baseUrl: string): Target => ({
	baseUrl: baseUrl.replace(/\/+$/, ""),
	fetch: (request) => fetch(request, { redirect: "manual" }),
	fetchFrom: isLoopbackUrl(baseUrl) && baseUrl.startsWith("http:") ? fetchFromAddress : undefined,
});

/** A server reached by calling its request handler directly; `fetchFrom` when it can tell callers apart. */
export const handlerTarget = (handle: FetchLike, baseUrl = "http://localhost", fetchFrom?: Target["fetchFrom"]): Target => ({
	baseUrl,
	fetch: handle,
	fetchFrom,
});
