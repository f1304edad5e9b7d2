// Who may do what under /admin/* (seed 000's error table: "403 Forbidden: Token valid but lacks
// permission for this resource"). Stock Medusa 2.15 has no such check (FACTS.md §C, §A.11), so the
// rule is a reference choice: "admin" may do anything, "support" may only read, anyone else nothing.
import type { MemoryStore } from "../../core/store.ts";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Upstream's RBAC names a policy `resource:operation` (FACTS.md §A.2); `api-keys` → `api_key`. */
const policyFor = (method: string, path: string): string => {
	const resource = (path.split("/")[2] ?? "admin").replace(/-/g, "_").replace(/s$/, "");
	return `${resource}:${READ_METHODS.has(method) ? "read" : "write"}`;
};

/** The refusal for `actorId` calling `METHOD path`, or undefined when the role allows it. */
export const carphacomAdminPermissions =
	(store: () => MemoryStore, supportCanWrite: boolean) =>
	(actorId: string, method: string, path: string): string | undefined => {
		// Secret API keys act for the shop itself, with every permission.
		if (actorId.startsWith("apk_")) return undefined;
		const role = store().getUser(actorId)?.role;
		if (role === "admin") return undefined;
		if (role === "support" && (READ_METHODS.has(method) || supportCanWrite)) return undefined;
		return `Insufficient permissions. Required policies: ${policyFor(method, path)}`;
	};
