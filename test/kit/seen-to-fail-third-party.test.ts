// The medusa-v2 third-party login checks (observed 35, seed 002's second flow) are shown to pass on
// the reference, whose control API approves logins at its fake provider, and to fail on a server that
// breaks their rule: one of the oauth defects, or a small wrapper around the reference's handler.
import { type Breakers, seenToFail } from "../support/kit.ts";
import { decodeJwt, TEST_JWT_SECRET } from "../support/test-app.ts";
import { SignJWT } from "jose";

const RUN = { profile: "medusa-v2", options: { strict: true, hardening: true } };

const pathOf = (request: Request): string => new URL(request.url).pathname;

const json = (status: number, body: unknown): Response =>
	Response.json(body, { status, headers: { "content-type": "application/json; charset=utf-8" } });

const breakers: Breakers = {
	"medusa-v2/third-party/location-answer": (handle) => async (request) => {
		const answer = await handle(request);
		if (pathOf(request) !== "/auth/customer/google" || answer.status !== 200) return answer;
		const { location } = (await answer.json()) as { location: string };
		return new Response(null, { status: 302, headers: { location } });
	},
	"medusa-v2/third-party/callback-url-override": (handle) => async (request) => {
		if (request.method !== "POST" || pathOf(request) !== "/auth/customer/google") return handle(request);
		const { callback_url: _ignored, ...body } = (await request.clone().json().catch(() => ({}))) as Record<string, unknown>;
		return handle(new Request(request.url, { method: "POST", headers: request.headers, body: JSON.stringify(body) }));
	},
	"medusa-v2/third-party/callback-refusals": "oauth-state-unchecked",
	"medusa-v2/third-party/state-single-use": "oauth-state-reusable",
	"medusa-v2/third-party/register-refused": (handle) => async (request) =>
		pathOf(request) === "/auth/customer/google/register" ? json(400, { type: "not_allowed", message: "Registration is not supported" }) : handle(request),
	"medusa-v2/third-party/providers-listed": (handle) => async (request) =>
		pathOf(request) === "/auth/user/providers" ? handle(new Request(request.url.replace("/auth/user/", "/auth/customer/"))) : handle(request),
	"medusa-v2/third-party/new-person-becomes-customer": "refresh-returns-same-token",
	// A server that forgets the link: every callback token comes back without its actor_id.
	"medusa-v2/third-party/linked-account-token": (handle) => async (request) => {
		const answer = await handle(request);
		if (!pathOf(request).endsWith("/callback") || answer.status !== 200) return answer;
		const { iat, exp, ...claims } = decodeJwt(String(((await answer.json()) as { token: string }).token));
		const token = await new SignJWT({ ...claims, actor_id: "" })
			.setProtectedHeader({ alg: "HS256", typ: "JWT" })
			.setIssuedAt(Number(iat))
			.setExpirationTime(Number(exp))
			.sign(new TextEncoder().encode(TEST_JWT_SECRET));
		return json(200, { token });
	},
};

seenToFail("third-party login checks fail on a server that breaks their rule", ["medusa-v2/third-party/*"], breakers, RUN);
