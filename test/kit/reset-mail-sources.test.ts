// Issue 16, "Reset tokens and mail from real servers": the reset checks read their tokens from a
// reset log, a command or an outbox-only control API as well as from the reference's own outbox,
// and, since real servers send after they answer, they wait for what they expect and wait out the
// lag before they conclude that nothing came. Each source is tried here on a reference whose events
// arrive 15 ms after the answer, on the clean reference (every check passes) and on one that
// breaks a rule (the check fails; a read that did not wait would have passed it).
import { afterAll, describe, expect, test } from "bun:test";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resetLogSource } from "../../conformance/kit/mail/reset-log.ts";
import { DEFAULT_TOKEN_PATTERN, tokenInMail } from "../../conformance/kit/mail/smtp-sink.ts";
import type { MailSource } from "../../conformance/kit/mail/source.ts";
import { tokenCommandSource } from "../../conformance/kit/mail/token-command.ts";
import type { CheckResult } from "../../conformance/kit/result.ts";
import { type Handler, type KitRun, runKit } from "../support/kit.ts";
import { lateOutboxOnly, writingResetLog } from "../support/late-mail.ts";
import { makeTestApp, TEST_JWT_SECRET } from "../support/test-app.ts";

const LAG_MS = 15;
const dir = mkdtempSync(join(tmpdir(), "gatecheck-reset-mail-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshLog = (): string => join(dir, `reset-${++files}.log`);

const statuses = (checks: CheckResult[]): Array<[string, string, string | undefined]> =>
	checks.map((check) => [check.id, check.status, check.evidence?.message]);

/** Runs `only` against the reference (with `defects`), its handler wrapped by `wrap`, reading reset mail from what `source` makes of the wrapped server. */
const runWith = async (
	only: string[],
	wrap: (handle: Handler, runtime: Awaited<ReturnType<typeof makeTestApp>>["runtime"]) => { handle: Handler; mail?: MailSource },
	run: KitRun & { defects?: string[] } = {},
): Promise<CheckResult[]> => {
	const { app, runtime } = await makeTestApp({ profile: run.profile, defects: run.defects ?? [] });
	const { handle, mail } = wrap((request) => app.handle(request), runtime);
	return (await runKit({ handle }, { ...run, mail, selection: { only } })).checks;
};

const viaLog = (handle: Handler, runtime: Parameters<typeof writingResetLog>[1]) => {
	const file = freshLog();
	return { handle: writingResetLog(handle, runtime, file, LAG_MS), mail: resetLogSource(file) };
};

const MEDUSA_V2_RESET = ["medusa-v2/reset/**"];
const V2 = { config: { jwtSecret: TEST_JWT_SECRET } };

describe("--reset-log: events a subscriber appends after the answer", () => {
	test("every medusa-v2 reset check passes on the reference", async () => {
		const checks = await runWith(MEDUSA_V2_RESET, viaLog, V2);
		expect(checks.length).toBeGreaterThanOrEqual(12);
		expect(statuses(checks)).toEqual(checks.map((check) => [check.id, "pass", undefined]));
	}, 60_000);

	test("a reference that emits no event fails the checks that need one, with the log named", async () => {
		const [result] = await runWith(["medusa-v2/reset/update-changes-password"], viaLog, { ...V2, defects: ["reset-no-event"] });
		expect(result?.status).toBe("fail");
		expect(result?.evidence?.message).toContain("in the reset log");
	});

	test("an event for an unknown identifier that arrives late is still seen: the check waits out --mail-wait first", async () => {
		// A server that "mails" every identifier, 15 ms after it answers.
		const mailsEveryone = (handle: Handler, runtime: Parameters<typeof writingResetLog>[1]) => {
			const file = freshLog();
			const logged = writingResetLog(handle, runtime, file, LAG_MS);
			const handleAll: Handler = async (request) => {
				const copy = request.clone();
				const answer = await logged(request);
				if (new URL(copy.url).pathname.endsWith("/reset-password")) {
					const { identifier } = (await copy.json()) as { identifier: string };
					setTimeout(() => appendFileSync(file, `${JSON.stringify({ name: "auth.password_reset", data: { entity_id: identifier, token: "a.b.c" } })}\n`), LAG_MS);
				}
				return answer;
			};
			return { handle: handleAll, mail: resetLogSource(file) };
		};
		const [late] = await runWith(["medusa-v2/reset/unknown-identifier-no-event"], mailsEveryone, V2);
		expect(late?.status).toBe("fail");
		const [clean] = await runWith(["medusa-v2/reset/unknown-identifier-no-event"], viaLog, V2);
		expect(clean?.status).toBe("pass");
	});

	test("quark: a reset link mailed to a foreign base, logged late, fails the hardening check", async () => {
		const quark = { profile: "quark", config: { jwtSecret: TEST_JWT_SECRET } };
		const only = ["quark/forgot-password/**"];
		const clean = await runWith(only, viaLog, quark);
		expect(statuses(clean)).toEqual(clean.map((check) => [check.id, "pass", undefined]));
		const [foreign] = await runWith(["quark/forgot-password/foreign-base-not-mailed"], viaLog, { ...quark, defects: ["foreign-reset-base-mailed"] });
		expect(foreign?.status).toBe("fail");
	}, 30_000);
});

describe("--reset-token-command: a command given the e-mail", () => {
	/** The newest log line about $1: the event's JSON. */
	const printsEvent = (file: string): string => `grep -F "\\"$1\\"" '${file}' | tail -n 1`;
	/** The newest token for $GATECHECK_EMAIL alone. */
	const printsToken = (file: string): string => `${printsEvent(file).replace('"$1"', '"$GATECHECK_EMAIL"')} | sed -n 's/.*"token":"\\([^"]*\\)".*/\\1/p'`;

	const viaCommand = (command: (file: string) => string) => (handle: Handler, runtime: Parameters<typeof writingResetLog>[1]) => {
		const file = freshLog();
		return { handle: writingResetLog(handle, runtime, file, LAG_MS), mail: tokenCommandSource(command(file)) };
	};

	test("printing the event's JSON: every medusa-v2 reset check passes on the reference", async () => {
		const checks = await runWith(MEDUSA_V2_RESET, viaCommand(printsEvent), V2);
		expect(statuses(checks)).toEqual(checks.map((check) => [check.id, "pass", undefined]));
	}, 60_000);

	test("printing the token alone: the reset checks pass, and the one that judges the event's payload says it cannot", async () => {
		const only = ["medusa-v1/password-token/**", "medusa-v1/password-reset/**"];
		const checks = await runWith(only, viaCommand(printsToken), { profile: "medusa-v1", config: { jwtSecret: TEST_JWT_SECRET } });
		const payload = checks.find((check) => check.id === "medusa-v1/password-token/event-payload");
		expect([payload?.status, payload?.evidence?.message]).toEqual(["warn", expect.stringContaining("gives reset tokens, not the server's event payload")]);
		const others = checks.filter((check) => check !== payload);
		expect(statuses(others)).toEqual(others.map((check) => [check.id, "pass", undefined]));
	}, 60_000);

	test("a command that fails makes the check error with its exit code and first line of stderr", async () => {
		const failing = (handle: Handler) => ({ handle, mail: tokenCommandSource("echo 'no such mailbox' >&2; exit 7") });
		const [result] = await runWith(["medusa-v2/reset/update-changes-password"], failing, V2);
		expect([result?.status, result?.evidence?.message]).toEqual(["error", expect.stringContaining("exited with 7: no such mailbox")]);
	});
});

describe("an outbox-only control API, its lag unstated", () => {
	const outboxOnly = (handle: Handler, runtime: Parameters<typeof lateOutboxOnly>[1]) => ({ handle: lateOutboxOnly(handle, runtime, LAG_MS) });

	test("feeds the reset checks, which poll it: those that need no clock pass, those that need one skip", async () => {
		const checks = await runWith(MEDUSA_V2_RESET, outboxOnly, V2);
		const ran = checks.filter((check) => check.status !== "skip");
		expect(statuses(ran)).toEqual(ran.map((check) => [check.id, "pass", undefined]));
		expect(ran.length).toBeGreaterThanOrEqual(10);
		expect(checks.filter((check) => check.status === "skip").map((check) => check.missing)).toEqual(
			checks.filter((check) => check.status === "skip").map(() => ["control-clock"]),
		);
	}, 60_000);
});

describe("the token in a caught mail (--mail-token-pattern)", () => {
	const mail = "Hello,\nopen https://shop.example/account/reset?email=a%40b.example&token=abc%2Fdef%3D within 15 minutes.\nCode: 123456\n";

	test("by default, a token= query parameter, URL-decoded, with the link that carries it", () => {
		expect(tokenInMail(mail, new RegExp(DEFAULT_TOKEN_PATTERN))).toEqual({ token: "abc/def=", link: "https://shop.example/account/reset?email=a%40b.example&token=abc%2Fdef%3D" });
	});

	test("a pattern of the user's: its first group, or its whole match; none when it finds nothing", () => {
		expect(tokenInMail(mail, /Code: (\d{6})/)).toEqual({ token: "123456", link: undefined });
		expect(tokenInMail(mail, /\d{6}/)).toEqual({ token: "123456", link: undefined });
		expect(tokenInMail("no token here", new RegExp(DEFAULT_TOKEN_PATTERN))).toBeUndefined();
	});
});
