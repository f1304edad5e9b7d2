// The quark token, protected-route and refresh checks are shown to pass on the reference and to fail
// on a server that breaks their rule: a named defect of the quark reference, or a small broken target
// (a wrapper around the reference's handler).
import { type Breakers, type Handler, seenToFail } from "../support/kit.ts";
import { TEST_JWT_SECRET } from "../support/test-app.ts";

const AREAS = ["quark/tokens/*", "quark/protected/*", "quark/refresh/*"];
// The auth burst (20 per 10 s) is met by the kit's own pace: its Retry-After waits move the app's clock.
const RUN = { profile: "quark", options: { strict: true, hardening: true }, config: { jwtSecret: TEST_JWT_SECRET }, waitOnAppClock: true };

const isRequest = (request: Request, method: string, path: string): boolean => request.method === method && new URL(request.url).pathname === path;

const BREAKERS: Breakers = {
	"quark/tokens/audience-enforced": "audience-not-checked",
	"quark/tokens/issuer-enforced": "issuer-not-checked",
	"quark/tokens/expired-refused": "accept-expired-tokens",
	"quark/tokens/alg-none-refused": "accept-alg-none",
	"quark/tokens/other-secret-refused": "ignore-signature",
	"quark/tokens/one-char-change-refused": "ignore-signature",
	"quark/tokens/other-hmac-refused": "accept-any-hmac-algorithm",
	"quark/tokens/without-exp-refused": "accept-token-without-exp",
	"quark/protected/profile-needs-token": "ignore-signature",
	// role-not-checked (a 200) fails it too.
	"quark/protected/role-lacking-forbidden": "forbidden-answered-401",
	// The order history is open to anyone without a token.
	"quark/protected/routes-need-token":
		(handle: Handler): Handler =>
		async (request) =>
			isRequest(request, "GET", "/api/storefront/orders") && !request.headers.has("authorization") ? Response.json([]) : handle(request),
	// The categories want a token.
	"quark/protected/public-routes-open":
		(handle: Handler): Handler =>
		async (request) =>
			isRequest(request, "GET", "/api/storefront/categories") && !request.headers.has("authorization")
				? Response.json({ message: "Unauthorized" }, { status: 401 })
				: handle(request),
	"quark/protected/wrong-password-refused": "login-accepts-any-password",
	"quark/refresh/rotates": "refresh-not-rotated",
	"quark/refresh/reuse-revokes-family": "refresh-reuse-accepted",
	// refresh-not-rotated fails it too.
	"quark/refresh/family-model": "refresh-reuse-accepted",
	// A refused refresh answers tokens that open nothing.
	"quark/refresh/garbage-refused":
		(handle: Handler): Handler =>
		async (request) => {
			const response = await handle(request);
			if (!isRequest(request, "POST", "/api/auth/refresh") || response.status !== 401) return response;
			return Response.json({ accessToken: "x.y.z", refreshToken: "not-a-refresh-token" });
		},
	"quark/refresh/password-change-revokes": "password-change-keeps-refresh-tokens",
};

seenToFail("quark token, protected-route and refresh checks", AREAS, BREAKERS, RUN);
