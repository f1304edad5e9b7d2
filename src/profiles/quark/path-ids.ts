// Ids in route paths, as ASP.NET's `{id:guid}` route constraint reads them: a GUID in its usual
// 36-character form, in either letter case, or no route at all (404).
import { quarkError } from "./errors.ts";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The GUID of a path parameter, lower-cased as Guid.ToString() writes it; else the 404 of a route that does not match. */
export const guidParameter = (value: unknown): string => {
	if (typeof value !== "string" || !GUID.test(value)) throw quarkError("ERR_NOT_FOUND", "Not Found");
	return value.toLowerCase();
};
