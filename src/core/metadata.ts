// Metadata as Medusa 2.21.2 keeps it: a JSON object stored in a PostgreSQL jsonb column, so it comes
// back with jsonb's key order (shorter keys first, then bytewise; observed 15: {tier, n} → {n, tier}),
// and an update merges into what is stored, a key set to "" removing it (@medusajs/utils
// mergeMetadata). Observed 15: an update with `metadata: {}` changes nothing, `metadata: null` clears it.
import { coreError } from "./errors.ts";

export type Metadata = Record<string, unknown>;

/**
 * Reference choice: metadata kept per record is at most this many bytes of JSON, so that memory stays
 * bounded however many records clients create (upstream has no limit below the 100 KiB body).
 */
export const METADATA_LIMIT_BYTES = 4 * 1024;

const jsonbKeyOrder = (a: string, b: string): number => {
	const byLength = Buffer.byteLength(a) - Buffer.byteLength(b);
	return byLength !== 0 ? byLength : Buffer.compare(Buffer.from(a), Buffer.from(b));
};

/** `value` as a jsonb column returns it: every object's keys in jsonb order, recursively. */
export const asJsonb = (value: unknown): unknown => {
	if (Array.isArray(value)) return value.map(asJsonb);
	if (typeof value !== "object" || value === null) return value;
	const entries = Object.entries(value).sort(([a], [b]) => jsonbKeyOrder(a, b));
	return Object.fromEntries(entries.map(([key, item]) => [key, asJsonb(item)]));
};

const bounded = (metadata: Metadata): Metadata => {
	if (Buffer.byteLength(JSON.stringify(metadata)) > METADATA_LIMIT_BYTES)
		throw coreError("ERR_INVALID_BODY", `Invalid request: metadata is larger than the reference server keeps (${METADATA_LIMIT_BYTES} bytes of JSON)`);
	return asJsonb(metadata) as Metadata;
};

/** Metadata as a create stores it: as sent (jsonb-ordered), or null when none was sent. */
export const storedMetadata = (sent: Metadata | null | undefined): Metadata | null => (sent == null ? null : bounded(sent));

/** Metadata after an update that sent `patch`: merged into `current`; null clears it. */
export const updatedMetadata = (current: Metadata | null, patch: Metadata | null | undefined): Metadata | null => {
	if (patch === null) return null;
	if (patch === undefined || Object.keys(patch).length === 0) return current;
	const merged: Metadata = { ...current };
	for (const [key, value] of Object.entries(patch)) {
		if (value === "") delete merged[key];
		else merged[key] = value;
	}
	return bounded(merged);
};
