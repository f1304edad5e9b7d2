// Reading credentials from request headers the way Medusa's authenticate middleware does
// (FACTS.md §A.4).

const WHITESPACE = /\s/;

/**
 * The bearer token of an Authorization header: upstream matches `/(\S+)\s+(\S+)/` and compares the
 * scheme case-insensitively, so `bearer <t>` works and a header without a scheme does not (observed 05k).
 */
export const bearerToken = (authorization: string | null): string | undefined => {
	// The common case, `Bearer <token>` with no other whitespace, is what the pattern gives too: its
	// first two runs of non-space are "Bearer" and the token. Checked first because it costs a
	// quarter of the match.
	if (authorization?.startsWith("Bearer ")) {
		const rest = authorization.slice(7);
		if (rest !== "" && !WHITESPACE.test(rest)) return rest;
	}
	const match = authorization?.match(/(\S+)\s+(\S+)/);
	return match && match[1]?.toLowerCase() === "bearer" ? match[2] : undefined;
};

/**
 * A secret API key sent as `Authorization: Basic …`: either the raw `sk_…` token or base64 of
 * `sk_…:` (an empty password), as the SDK sends it.
 */
export const basicSecretKey = (authorization: string | null): string | undefined => {
	const match = authorization?.match(/^Basic\s+(\S+)$/i);
	if (!match?.[1]) return undefined;
	const raw = match[1].startsWith("sk_") ? match[1] : Buffer.from(match[1], "base64").toString("utf8");
	return raw.endsWith(":") ? raw.slice(0, -1) : raw;
};
