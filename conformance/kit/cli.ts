// `gatecheck check <base-url>`: load the profile's catalogue, run it against the URL, write the
// chosen reports, and exit 0 only when no check failed or errored. The profiles it knows are given
// (conformance/cli.ts gives the registry's), so the kit itself names none.
import { constants } from "node:fs";
import { access, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadCatalogue, selectChecks } from "./catalogue.ts";
import { type CheckCommand, CheckUsageError, checkHelp, readCheckCommand } from "./cli-options.ts";
import { ControlClient } from "./control.ts";
import { openMailSource } from "./mail/open.ts";
import { SmtpSinkError } from "./mail/smtp-sink.ts";
import type { MailSource } from "./mail/source.ts";
import { PreflightFailure, preflight } from "./preflight.ts";
import { fromProfile, type KitProfile, type KitProfiles } from "./profile.ts";
import { consoleSummary, progressAnnouncement, progressLine, progressWait } from "./report/console.ts";
import { jsonReport } from "./report/json.ts";
import { junitReport } from "./report/junit.ts";
import { ndjsonLine, ndjsonSummary } from "./report/ndjson.ts";
import { exitCode } from "./result.ts";
import { runChecks } from "./runner.ts";
import { TargetFileError } from "./target-file.ts";
import { httpTarget, type Target } from "./target.ts";
import type { Check } from "./define-check.ts";

export interface Io {
	out(text: string): void;
	err(text: string): void;
}

/** The target is not what the run needs (preflight.ts); documented in --help and the README. */
const PREFLIGHT_EXIT_CODE = 3;

/** Waits at least this long are announced, so a run that waits a minute on purpose does not look hung. */
const LONG_WAIT_MS = 5_000;

const processIo: Io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

/** Why reports cannot go to `dir` (made if missing), found before a run that may take minutes; else undefined. */
const reportDirProblem = async (dir: string): Promise<string | undefined> => {
	try {
		await mkdir(dir, { recursive: true });
		await access(dir, constants.W_OK);
		return undefined;
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === "EACCES" || code === "EROFS" || code === "EPERM") return "not writable";
		if (code === "ENOTDIR" || code === "EEXIST") return "not a directory";
		if (code === "ENOENT") return `cannot be created (${(error as Error).message})`;
		return (error as Error).message;
	}
};

/** The command for these profiles: it runs `argv` and returns the exit code. */
export type CheckCommandRunner = (argv: string[], io?: Io) => Promise<number>;

export const checkCommand =
	(profiles: KitProfiles): CheckCommandRunner =>
	async (argv, io = processIo) => {
		let command: Awaited<ReturnType<typeof readCheckCommand>>;
		try {
			command = await readCheckCommand(argv, profiles);
		} catch (error) {
			if (error instanceof TargetFileError) {
				io.err(`gatecheck check: ${error.message}\n`);
				return 2;
			}
			if (error instanceof CheckUsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
				io.err(`gatecheck check: ${(error as Error).message}\n\n${checkHelp(profiles)}`);
				return 2;
			}
			throw error;
		}
		if (command === "help") {
			io.out(checkHelp(profiles));
			return 0;
		}
		const profile = profiles[command.profile];
		if (!profile) {
			io.err(`gatecheck check: unknown profile "${command.profile}"; available: ${Object.keys(profiles).join(", ")}\n`);
			return 2;
		}
		return runProfile(profile, command, io);
	};

const runProfile = async (profile: KitProfile, command: CheckCommand, io: Io): Promise<number> => {
	const catalogue = await loadCatalogue(profile.catalogues);
	const checks = selectChecks(catalogue, command.selection);
	if (checks.length === 0) {
		io.err("gatecheck check: no check matches the selection\n");
		return 2;
	}
	const unwritable = await reportDirProblem(command.outDir);
	if (unwritable) {
		io.err(`gatecheck check: --out ${command.outDir}: ${unwritable}\n`);
		return 2;
	}
	const target = httpTarget(command.baseUrl);
	if (command.preflight) {
		const { controlUrl } = command.config;
		try {
			await preflight({ profile: profile.name, target, fingerprint: profile.fingerprint, control: controlUrl ? new ControlClient(controlUrl, target.fetch) : undefined, controlUrl });
		} catch (error) {
			if (!(error instanceof PreflightFailure)) throw error;
			io.err(`gatecheck check: ${error.message}\n`);
			return PREFLIGHT_EXIT_CODE;
		}
	}
	let mail: MailSource | undefined;
	try {
		mail = command.mail && (await openMailSource(command.mail));
	} catch (error) {
		if (!(error instanceof SmtpSinkError)) throw error;
		io.err(`gatecheck check: ${error.message}\n`);
		return 2;
	}
	try {
		return await runAndReport(profile, command, { checks, catalogueSize: catalogue.length, target, mail }, io);
	} finally {
		await mail?.close?.();
	}
};

const runAndReport = async (
	profile: KitProfile,
	command: CheckCommand,
	run: { checks: Check[]; catalogueSize: number; target: Target; mail?: MailSource },
	io: Io,
): Promise<number> => {
	const wants = (name: string): boolean => command.reporters.includes(name as never);
	const { checks, target } = run;
	const ndjson: string[] = [];
	if (wants("console")) io.out(`gatecheck: ${checks.length} ${profile.name} checks against ${command.baseUrl}${run.mail ? `, reset mail from ${run.mail.describe}` : ""}\n`);
	const result = await runChecks({
		...fromProfile(profile),
		checks,
		target,
		config: command.config,
		options: command.options,
		replayBase: command.replayBase,
		catalogueSize: run.catalogueSize,
		mail: run.mail,
		onWait(checkId, ms) {
			if (wants("console") && ms >= LONG_WAIT_MS) io.out(progressWait(checkId, ms));
		},
		onAnnounce(checkId, text) {
			if (wants("console")) io.out(progressAnnouncement(checkId, text));
		},
		onResult(result, done, total) {
			if (wants("console")) io.out(progressLine(result, done, total));
			if (wants("ndjson")) ndjson.push(ndjsonLine(result));
		},
	});
	const written: string[] = [];
	const save = async (name: string, text: string): Promise<void> => {
		const file = join(command.outDir, name);
		await writeFile(file, text);
		written.push(file);
	};
	if (wants("json")) await save("gatecheck.json", jsonReport(result));
	if (wants("junit")) await save("gatecheck.junit.xml", junitReport(result));
	if (wants("ndjson")) await save("gatecheck.ndjson", ndjson.join("") + ndjsonSummary(result));
	if (wants("console")) io.out(consoleSummary(result));
	for (const file of written) io.out(`report: ${file}\n`);
	return exitCode(result.summary);
};
