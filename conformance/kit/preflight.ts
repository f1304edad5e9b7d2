// Before any check, one look at the target (issue 16, "Preflight"): does anything answer at the
// URL, does it answer like the profile's contract (the profile's fingerprint), and when a control
// API is given, does it answer and serve the same profile. A run against the wrong thing would
// otherwise be dozens of identical connection errors, or "contract failures" that only say the
// target is not what the user meant; one line says so instead, and the run stops (exit 3).
import type { ControlClient } from "./control.ts";
import { networkReason } from "./network-error.ts";
import type { Target } from "./target.ts";

/** An answer as a fingerprint sees it. */
export interface ProbeAnswer {
	status: number;
	headers: Headers;
	body: string;
}

/** One request whose answer tells a server of the profile from anything else. */
export interface Fingerprint {
	method: "GET" | "POST";
	path: string;
	/** What a server of the profile answers, in words, for the message when the target does not. */
	expected: string;
	matches: (answer: ProbeAnswer) => boolean;
}

/** Stops short of the checks, with the one line that says why. */
export class PreflightFailure extends Error {}

/** The longest the preflight waits for one answer: a target that takes longer is not ready for checks. */
const PROBE_TIMEOUT_MS = 10_000;

const send = async (target: Target, method: string, path: string): Promise<ProbeAnswer> => {
	try {
		const response = await target.fetch(new Request(`${target.baseUrl}${path}`, { method, signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }));
		return { status: response.status, headers: response.headers, body: await response.text() };
	} catch (error) {
		throw new PreflightFailure(`nothing answers at ${target.baseUrl} (${networkReason(error)}); is the server running, and is the URL right?`);
	}
};

/** What came back, in one short phrase: "404 text/html". */
const describeAnswer = (answer: ProbeAnswer): string => `${answer.status}${answer.headers.get("content-type") ? ` ${answer.headers.get("content-type")?.split(";")[0]}` : ""}`;

export interface PreflightRequest {
	profile: string;
	target: Target;
	fingerprint: Fingerprint;
	control?: ControlClient;
	controlUrl?: string;
}

/** Resolves when the target and its control API (if given) are what the run needs; else a PreflightFailure. */
export const preflight = async ({ profile, target, fingerprint, control, controlUrl }: PreflightRequest): Promise<void> => {
	const answer = await send(target, fingerprint.method, fingerprint.path);
	if (!fingerprint.matches(answer))
		throw new PreflightFailure(
			`${target.baseUrl} does not look like ${profile}: ${fingerprint.method} ${fingerprint.path} answered ${describeAnswer(answer)}, where ${profile} answers ${fingerprint.expected}. Check the URL and --profile.`,
		);
	if (!control) return;
	const probe = await control.probe();
	if ("problem" in probe) throw new PreflightFailure(`no control API at ${controlUrl}: ${probe.problem}. Start the server with its control API (gatecheck serve --control), or leave out --control.`);
	if (probe.info.profile !== undefined && probe.info.profile !== profile)
		throw new PreflightFailure(`the control API at ${controlUrl} serves the ${probe.info.profile} profile, not ${profile}: give --profile ${probe.info.profile}, or the right URL.`);
};
