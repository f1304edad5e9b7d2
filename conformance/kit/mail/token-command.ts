// --reset-token-command CMD: a shell command that, given a recipient's e-mail (as $1 and as
// GATECHECK_EMAIL), prints the newest reset token the target made for it: the token alone, or the
// event's JSON (one object per line), or nothing when there is none. Each read runs it again; the
// source remembers every distinct token it was shown, so a check can count requests (two tokens
// the server made identical, in the same second, count as one).
import { execFile } from "node:child_process";
import type { OutboxEvent } from "../control.ts";
import { eventFromJson, fitsEventName, type MailEvent, type MailSource, tokenEvent } from "./source.ts";

export class ResetCommandError extends Error {}

/** Longest a run of the command may take. */
const COMMAND_TIMEOUT_MS = 10_000;

const run = (command: string, email: string): Promise<string> =>
	new Promise((resolve, reject) => {
		execFile("sh", ["-c", command, "gatecheck-reset-token", email], { timeout: COMMAND_TIMEOUT_MS, env: { ...process.env, GATECHECK_EMAIL: email } }, (error, stdout, stderr) => {
			if (!error) return resolve(stdout);
			const why = error.killed ? `took longer than ${COMMAND_TIMEOUT_MS / 1000} s` : `exited with ${error.code}: ${stderr.trim().split("\n")[0] ?? ""}`;
			reject(new ResetCommandError(`--reset-token-command for ${email} ${why}`));
		});
	});

/** The events one run printed: JSON lines, or one bare token. */
const eventsPrinted = (output: string, email: string): MailEvent[] => {
	const lines = output.split("\n").map((line) => line.trim()).filter((line) => line !== "");
	if (lines.length === 1 && !lines[0]?.startsWith("{")) return [tokenEvent(email, { token: lines[0] })];
	return lines.flatMap((line) => {
		let parsed: unknown;
		try {
			parsed = JSON.parse(line);
		} catch {
			throw new ResetCommandError(`--reset-token-command for ${email} printed "${line.slice(0, 80)}": expected one token, or one JSON object per line`);
		}
		const event: OutboxEvent | undefined = eventFromJson(parsed);
		return event ? [event] : [];
	});
};

export const tokenCommandSource = (command: string): MailSource => {
	const seen = new Map<string, MailEvent[]>();
	return {
		describe: "the --reset-token-command",
		async read(filter) {
			const history = seen.get(filter.to) ?? [];
			for (const event of eventsPrinted(await run(command, filter.to), filter.to)) {
				const token = event.data.token;
				if (!history.some((known) => known.data.token === token)) history.push(event);
			}
			seen.set(filter.to, history);
			// Everything printed is about the e-mail the command was given, whatever its data names.
			return history.filter((event) => fitsEventName(event, filter));
		},
	};
};
