// A target is any fetch-shaped function plus the base URL requests are made against, so the same
// checks run over the network and in-process (e.g. against an Elysia app's `handle`).

import { fetchFromAddress, isLoopbackUrl } from "./source-address.ts";

export type FetchLike = (request: Request) => Promise<Response>;

/** Lets `ms` milliseconds pass for the target. */
export type Wait = (ms: number) => Promise<void>;

export const realTime: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Target {
	baseUrl: string;
	fetch: FetchLike;
	/** Sends from another client address, where the target can be reached so (loopback targets). */
	fetchFrom?: (address: string, request: Request) => Promise<Response>;
	/**
	 * How the kit waits for the target's time to pass (a check's sleep, a Retry-After): real time,
	 * unless the target's time can be moved otherwise (an in-process app whose clock a test drives).
	 */
	wait?: Wait;
}

/** A server reached over HTTP. Redirects are not followed: a redirect is an answer to check. */
export const httpTarget = (baseUrl: string): Target => ({
	baseUrl: baseUrl.replace(/\/+$/, ""),
	fetch: (request) => fetch(request, { redirect: "manual" }),
	fetchFrom: isLoopbackUrl(baseUrl) && baseUrl.startsWith("http:") ? fetchFromAddress : undefined,
});

/** A server reached by calling its request handler directly. */
export const handlerTarget = (handle: FetchLike, extra: Partial<Omit<Target, "fetch">> = {}): Target => ({
	...extra,
	baseUrl: extra.baseUrl ?? "http://localhost",
	fetch: handle,
});
