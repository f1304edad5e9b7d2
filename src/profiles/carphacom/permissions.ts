// Who may do what under /admin/* (seed 000's error table: "403 Forbidden: Token valid but lacks
// permission for this resource"). Stock Medusa 2.15 has no such check (FACTS.md §C, §A.11), so the
// rule is a reference choice: "admin" may do anything, "support" may only read, anyone else nothing.
import { carphacomError } from "./errors.ts";
import type { AdminAuthorization } from "../medusa-v2/admin.routes.ts";
import type { CarphacomRuntime } from "./runtime.ts";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Upstream's RBAC names a policy `resource:operation` (FACTS.md §A.2); `api-keys` → `api_key`. */
const policyFor = (method: string, path: string): string => {
	const resource = (path.split("/")[2] ?? "admin").replace(/-/g, "_").replace(/s$/, "");
	return `${resource}:${READ_METHODS.has(method) ? "read" : "write"}`;
};

/** Refuses `actorId` calling `METHOD path` with ERR_FORBIDDEN unless its role allows it. */
export const carphacomAdminPermissions =
	(rt: CarphacomRuntime): AdminAuthorization =>
	(actorId, method, path) => {
		// Secret API keys act for the shop itself, with every permission.
		if (actorId.startsWith("apk_")) return;
		const role = rt.state.slice.roles.get(actorId);
		if (role === "admin") return;
		if (role === "support" && (READ_METHODS.has(method) || rt.policy.supportMayWrite)) return;
		throw carphacomError("ERR_FORBIDDEN", `Insufficient permissions. Required policies: ${policyFor(method, path)}`);
	};
