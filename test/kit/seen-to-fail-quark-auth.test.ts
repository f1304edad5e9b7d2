// The quark register, login, protected, refresh, token and forgot-password checks are shown to pass
// on the reference and to fail on a server that breaks their rule: a named defect of the quark
// reference, or a small broken target (a wrapper around the reference's handler).
import { type Breakers, type Handler, seenToFail } from "../support/kit.ts";
import { TEST_JWT_SECRET } from "../support/test-app.ts";

const AREAS = ["quark/register/*", "quark/login/*", "quark/protected/*", "quark/refresh/*", "quark/tokens/*", "quark/forgot-password/*"];
// The auth burst (20 per 10 s) is met by the kit's own pace: its Retry-After waits move the app's clock.
const RUN = { profile: "quark", options: { strict: true, hardening: true }, config: { jwtSecret: TEST_JWT_SECRET }, waitOnAppClock: true };

const pathOf = (request: Request): string => new URL(request.url).pathname;

/** The JSON answer of `path`, changed by `change` when it is a 200. */
const changeAnswer =
	(path: string, change: (body: Record<string, unknown>) => Record<string, unknown>) =>
	(handle: Handler): Handler =>
	async (request) => {
		const response = await handle(request);
		if (pathOf(request) !== path || response.status !== 200) return response;
		return Response.json(change((await response.json()) as Record<string, unknown>));
	};

/** The same JWT with a claim changed and the old signature kept: a reader that does not verify sees the change. */
const withClaim = (token: string, name: string, value: unknown): string => {
	const [header, payload, signature] = token.split(".");
	const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
	return `${header}.${Buffer.from(JSON.stringify({ ...claims, [name]: value })).toString("base64url")}.${signature}`;
};

const BREAKERS: Breakers = {
	// Registration logs in, answering tokens.
	"quark/register/answers-message": changeAnswer("/api/auth/register", (body) => ({ ...body, accessToken: "x.y.z" })),
	// The user's roles lose "Customer".
	"quark/login/answer-shape": changeAnswer("/api/auth/login", (body) => ({ ...body, user: { ...(body.user as object), roles: [] } })),
	// The access token names another audience.
	"quark/login/access-token-claims": changeAnswer("/api/auth/login", (body) => ({ ...body, accessToken: withClaim(String(body.accessToken), "aud", "SomeOtherClient") })),
	"quark/protected/profile-needs-token": "ignore-signature",
	"quark/refresh/rotates": "refresh-not-rotated",
	"quark/refresh/reuse-revokes-family": "refresh-reuse-accepted",
	"quark/tokens/audience-enforced": "audience-not-checked",
	"quark/forgot-password/same-answer": "forgot-password-enumerates",
};

seenToFail("quark auth checks", AREAS, BREAKERS, RUN);
