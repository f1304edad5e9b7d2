// The bundled admin panel's API (seed 000, "Cookie-based admin auth (admin-panel)"; FACTS.md §C),
// under the panel's basePath /app:
//   POST /app/api/admin/auth            {email,password} → login and the three cookies; {action:"logout"} → logout
//   GET  /app/api/admin/auth            → the session behind admin_session, or 401
//   ANY  /app/api/admin/proxy/<rest>    → /admin/<rest> with the cookies turned into a Bearer header
import { Elysia } from "elysia";
import { isLogout, login, logout, status } from "./admin-panel-auth.ts";
import { adminProxy, PROXY_PREFIX } from "./admin-panel-proxy.ts";
import type { CarphacomRuntime } from "./runtime.ts";

const AUTH_PATH = "/app/api/admin/auth";

export const adminPanelRoutes = (rt: CarphacomRuntime) => {
	const proxy = adminProxy(rt);
	return new Elysia({ name: "carphacom/admin-panel" })
		.get(AUTH_PATH, ({ request }) => status(rt, request))
		.post(AUTH_PATH, ({ request, body }) => (isLogout(body) ? logout() : login(rt, request, body)))
		.all(`${PROXY_PREFIX}*`, ({ request, body }) => proxy(request, body));
};
