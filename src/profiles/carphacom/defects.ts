// carphacom's own defects, beside every medusa-v2 one (a carphacom shop breaks those the same way).
// Each sentence says what an attacker or a client gets from the fault.
import type { Defect } from "../profile.ts";
import { MEDUSA_V2_DEFECTS } from "../medusa-v2/defects.ts";
import { parseJson, type SessionPayload } from "./admin-panel-session.ts";
import { type CarphacomPolicy, MARKETPLACE_LIMIT } from "./policy.ts";

/** CarphaCom's hole: its plain JSON, or the reference's payload with whatever follows the dot. */
const unsignedSessionPayload: SessionPayload = async (value) => {
	if (value.startsWith("{")) return parseJson(value);
	const dot = value.lastIndexOf(".");
	return parseJson(Buffer.from(dot === -1 ? value : value.slice(0, dot), "base64url").toString("utf8"));
};

export const CARPHACOM_DEFECTS = {
	...MEDUSA_V2_DEFECTS,
	"rate-limit-by-forwarded-for": {
		why: "The marketplace limiter counts X-Forwarded-For without a trusted proxy, so a spoofed header resets anyone's count.",
		policy: { marketplace: { forwardedForOnlyBehindProxy: false } },
	},
	"rate-limit-no-retry-after": {
		why: "429 answers carry no Retry-After, so clients cannot know when to come back.",
		policy: { marketplace: { retryAfter: false } },
	},
	"rate-limit-off-by-one": {
		why: "The marketplace limiter lets 61 requests a minute through instead of 60.",
		policy: { marketplace: { counted: { ...MARKETPLACE_LIMIT, limit: MARKETPLACE_LIMIT.limit + 1 } } },
	},
	"rate-limit-never-resets": {
		why: "A client that hit the marketplace limit stays limited after the minute has passed.",
		policy: { marketplace: { windowMoves: false } },
	},
	"rate-limit-global": {
		why: "The marketplace limit is shared by every client, so one busy client blocks all the others.",
		policy: { marketplace: { perClient: false } },
	},
	"unsigned-admin-session": {
		why: "The admin panel trusts admin_session without a signature, so anyone can forge an admin session (CarphaCom's hole).",
		policy: { panel: { sessionPayload: unsignedSessionPayload } },
	},
	"support-can-write": {
		why: "The read-only support user may change admin data: no 403.",
		policy: { supportMayWrite: true },
	},
	"panel-lockout-missing": {
		why: "The admin panel never locks out an IP after failed logins, so passwords can be guessed at full speed.",
		policy: { panel: { lockout: false } },
	},
} satisfies Record<string, Defect<CarphacomPolicy>>;
