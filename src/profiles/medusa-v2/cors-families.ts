// The route families CORS applies to, one origin list each (medusa-v2-observed.md, case 14), with the
// development defaults of a new Medusa project (create-medusa-app's .env).
import type { CorsFamily } from "../../http/cors.ts";

export const MEDUSA_V2_CORS: readonly CorsFamily[] = [
	{ prefix: "store", env: "STORE_CORS", defaults: "http://localhost:8000,https://docs.medusajs.com" },
	{ prefix: "admin", env: "ADMIN_CORS", defaults: "http://localhost:5173,http://localhost:9000,https://docs.medusajs.com" },
	{ prefix: "auth", env: "AUTH_CORS", defaults: "http://localhost:5173,http://localhost:9000,http://localhost:8000,https://docs.medusajs.com" },
];
