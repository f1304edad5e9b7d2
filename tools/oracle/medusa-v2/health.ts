// GET /health, the route Medusa's own start script waits on (issue 19): what it answers with and
// without an Origin, to HEAD, POST and other methods, to OPTIONS (preflight or not), and whether a
// customer's token and the publishable key change anything. /health sits outside /store, /admin
// and /auth, so none of their middlewares (CORS, the key, authentication) should run for it.
import { bearer, type OracleCase } from "./context.ts";

export const HEALTH_CASES: OracleCase[] = [
	{
		name: "36-health",
		title: "GET /health: plain, with a foreign and an allowed Origin, HEAD, other methods, OPTIONS, credentials",
		async record(o) {
			const exchanges = [
				await o.call("GET", "/health", { label: "GET /health" }),
				await o.call("GET", "/health", { headers: { Origin: "http://evil.example" }, label: "GET /health, a foreign Origin" }),
				await o.call("GET", "/health", { headers: { Origin: "http://localhost:8000" }, label: "GET /health, an Origin STORE_CORS allows" }),
				await o.call("HEAD", "/health", { label: "HEAD /health" }),
				await o.call("POST", "/health", { label: "POST /health" }),
				await o.call("POST", "/health", { body: {}, label: "POST /health with a JSON body" }),
				await o.call("PUT", "/health", { label: "PUT /health" }),
				await o.call("DELETE", "/health", { label: "DELETE /health" }),
				await o.call("OPTIONS", "/health", { label: "OPTIONS /health, no Origin" }),
				await o.call("OPTIONS", "/health", {
					headers: { Origin: "http://localhost:8000", "Access-Control-Request-Method": "GET" },
					label: "OPTIONS /health, a preflight from an allowed Origin",
				}),
			];
			// In the order sent: the transcript's exchanges are replayed in array order.
			const customer = await o.customer(o.email("health"), "secret-health-1");
			exchanges.push(
				...customer.exchanges,
				await o.call("GET", "/health", { headers: { ...o.key, ...bearer(customer.token) }, label: "GET /health, the customer's token and the publishable key" }),
				await o.call("GET", "/health", { headers: { ...bearer("garbage"), "x-publishable-api-key": "pk_invalid" }, label: "GET /health, a garbage token and an invalid key" }),
				await o.call("GET", "/health?x=1", { label: "GET /health, a query string" }),
				await o.call("GET", "/health/", { label: "GET /health/, a trailing slash" }),
			);
			o.recorder.save(this.name, this.title, exchanges);
		},
	},
];
