// CORS as Medusa applies it: one origin list per route family (a path prefix such as /store, read
// from an environment variable such as STORE_CORS; the profile names its families), each a
// comma-separated list whose `/…/` entries are regular expressions (parseCorsOrigins), served
// through the express `cors` package with credentials (observed case 14). A disallowed origin only
// loses Access-Control-Allow-Origin: the request is still served, and every response under those
// prefixes carries `Vary: Origin` and `Access-Control-Allow-Credentials: true`.

export type OriginRule = string | RegExp;

/** One route family: requests to `/<prefix>` and below follow the origins of `env` (else `defaults`). */
export interface CorsFamily {
	prefix: string;
	env: string;
	/** The list a new project of the upstream ships with, in the same comma-separated form. */
	defaults: string;
}

/** Allowed origins by family prefix. */
export type CorsPolicy = Readonly<Record<string, OriginRule[]>>;

// buildRegexpIfValid: an entry delimited by one of these characters is a pattern; g and y flags are dropped.
const PATTERN = /^([/~@;%#'])(.*?)\1([gimsuy]*)$/;

export const parseOrigins = (list: string): OriginRule[] => {
	if (list === "") return [];
	return list.split(",").map((entry) => {
		const match = entry.match(PATTERN);
		if (!match) return entry;
		try {
			return new RegExp(match[2] ?? "", (match[3] ?? "").replace(/[gy]/g, ""));
		} catch {
			return entry;
		}
	});
};

export const corsPolicyFromEnv = (env: Record<string, string | undefined>, families: readonly CorsFamily[]): CorsPolicy =>
	Object.fromEntries(families.map((family) => [family.prefix, parseOrigins(env[family.env] ?? family.defaults)]));

const rulesFor = (policy: CorsPolicy, pathname: string): OriginRule[] | undefined => {
	for (const prefix in policy)
		if (pathname.startsWith(`/${prefix}`) && (pathname.length === prefix.length + 1 || pathname[prefix.length + 1] === "/"))
			return policy[prefix];
	return undefined;
};

export const allows = (rules: OriginRule[], origin: string | null): origin is string =>
	origin !== null && rules.some((rule) => (typeof rule === "string" ? rule === origin : rule.test(origin)));

/**
 * The CORS headers of an ordinary (non-preflight) response, in the order express `cors` sets them:
 * Access-Control-Allow-Origin only for an origin the rules allow (`allowedOrigin`, else null).
 */
export const corsHeadersFor = (allowedOrigin: string | null): Record<string, string> =>
	allowedOrigin !== null
		? { "access-control-allow-origin": allowedOrigin, vary: "Origin", "access-control-allow-credentials": "true" }
		: { vary: "Origin", "access-control-allow-credentials": "true" };

declare const Deno: unknown;
/**
 * Deno writes a Response's headers in the order of its list, Bun in the order they were set. An
 * answer Elysia copies to merge the profile's hook headers into (mergeHeaders) gets, on Deno, a list
 * sorted by name, since a Headers iterates sorted there (test/wire-headers.test.ts).
 */
const ON_DENO = typeof Deno !== "undefined";

const byName = ([a]: [string, string], [b]: [string, string]): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `response` with `cors` added after its own headers, in the order Elysia's copy would write them,
 * so an answer that Elysia hands over untouched goes on the wire as one it copied. Only for answers
 * with no Set-Cookie (the store answers and the errors).
 */
export const withCorsHeaders = (response: Response, cors: Record<string, string>): Response => {
	const { headers } = response;
	const added = Object.entries(cors).filter(([name]) => !headers.has(name));
	if (!ON_DENO) {
		for (const [name, value] of added) headers.set(name, value);
		return response;
	}
	const all = [...headers, ...added].sort(byName);
	for (const [name] of all) headers.delete(name);
	for (const [name, value] of all) headers.append(name, value);
	return response;
};

/** The CORS headers of an ordinary response to `pathname`, or none outside the families. */
export const corsHeaders = (policy: CorsPolicy, pathname: string, origin: string | null): Record<string, string> => {
	const rules = rulesFor(policy, pathname);
	return rules ? corsHeadersFor(allows(rules, origin) ? origin : null) : {};
};

/** The express `cors` answer to any OPTIONS request under the families: 204 with no body. */
export const preflightResponse = (policy: CorsPolicy, pathname: string, request: Request): Response | undefined => {
	const rules = rulesFor(policy, pathname);
	if (!rules) return undefined;
	const origin = request.headers.get("origin");
	const requested = request.headers.get("access-control-request-headers");
	const headers: Record<string, string> = {
		...(allows(rules, origin) ? { "access-control-allow-origin": origin as string } : {}),
		vary: "Origin, Access-Control-Request-Headers",
		"access-control-allow-credentials": "true",
		"access-control-allow-methods": "GET,HEAD,PUT,PATCH,POST,DELETE",
		...(requested ? { "access-control-allow-headers": requested } : {}),
		"content-length": "0",
	};
	return new Response(null, { status: 204, headers });
};
