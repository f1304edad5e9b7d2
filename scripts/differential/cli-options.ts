// The command line of the differential tool, checked up front: every mistake is one line and exit 2.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

export const USAGE = `Usage: bun run scripts/differential/main.ts --a <url> --b <url> --key-a <pk> --key-b <pk> [options]

Sends the same generated auth requests to two servers (A and B) and reports where their answers
differ once ids, tokens, cookies and dates are normalised. A development tool, not a test: the
exit code is 0 whenever it ran, whatever it found.

Options:
  --a <url>, --b <url>          the two servers' base URLs (A is the one B is held to)
  --key-a <pk>, --key-b <pk>    each server's publishable key
  --admin-a <email:password>    an admin of A (and --admin-b of B); with both, admin steps run
  --reset-log-a <file>          A's auth.password_reset events, one JSON line each (--reset-log-b for B)
  --control-a <url>             or A's control API, whose outbox holds them (--control-b for B);
                                with a source on both sides, password updates use the mailed token
  --runs <n>                    programs to generate (default 20)
  --seed <n>                    fast-check seed (default 1)
  --tag <text>                  part of every e-mail, so that a run meets no account of an earlier
                                one on a server that keeps its data (default: from the clock)
  --out <file.json>             write the whole report there
  -h, --help                    show this help

Exit codes: 0 when it ran, 1 when a server or reset source could not be reached, 2 for a usage error.`;

export class UsageError extends Error {}

export interface ServerOptions {
	baseUrl: string;
	publishableKey: string;
	admin?: { email: string; password: string };
	resetLog?: string;
	controlUrl?: string;
}

export interface CliOptions {
	a: ServerOptions;
	b: ServerOptions;
	runs: number;
	seed: number;
	tag: string;
	out?: string;
}

const url = (flag: string, value: string | undefined): string => {
	if (!value) throw new UsageError(`--${flag} <url> is required`);
	if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) throw new UsageError(`--${flag} must be an http(s) URL, got "${value}"`);
	return value.replace(/\/+$/, "");
};

const wholeNumber = (flag: string, value: string | undefined, fallback: number, min: number): number => {
	if (value === undefined) return fallback;
	const number = Number(value);
	if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) throw new UsageError(`--${flag} must be a whole number of at least ${min}, got "${value}"`);
	return number;
};

const server = (side: "a" | "b", values: Record<string, string | boolean | undefined>): ServerOptions => {
	const text = (flag: string): string | undefined => {
		const value = values[flag];
		return typeof value === "string" ? value : undefined;
	};
	const publishableKey = text(`key-${side}`);
	if (!publishableKey) throw new UsageError(`--key-${side} <publishable key> is required`);
	const options: ServerOptions = { baseUrl: url(side, text(side)), publishableKey };
	const admin = text(`admin-${side}`);
	if (admin !== undefined) {
		const colon = admin.indexOf(":");
		if (colon < 1) throw new UsageError(`--admin-${side} must be email:password`);
		options.admin = { email: admin.slice(0, colon), password: admin.slice(colon + 1) };
	}
	const resetLog = text(`reset-log-${side}`);
	const control = text(`control-${side}`);
	if (resetLog !== undefined && control !== undefined) throw new UsageError(`give --reset-log-${side} or --control-${side}, not both`);
	if (resetLog !== undefined) {
		if (!existsSync(resetLog)) throw new UsageError(`--reset-log-${side}: no file ${resetLog}`);
		options.resetLog = resetLog;
	}
	if (control !== undefined) options.controlUrl = url(`control-${side}`, control);
	return options;
};

const sideFlags = (side: "a" | "b") =>
	Object.fromEntries([side, `key-${side}`, `admin-${side}`, `reset-log-${side}`, `control-${side}`].map((flag) => [flag, { type: "string" as const }]));

/** The options, or undefined when help was asked for; throws UsageError. */
export const parseCli = (argv: string[], defaultTag: string): CliOptions | undefined => {
	let values: Record<string, string | boolean | undefined>;
	try {
		({ values } = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: false,
			options: { ...sideFlags("a"), ...sideFlags("b"), runs: { type: "string" }, seed: { type: "string" }, tag: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
		}));
	} catch (error) {
		throw new UsageError((error as Error).message.split("\n")[0]);
	}
	if (values.help) return undefined;
	const tag = typeof values.tag === "string" ? values.tag : defaultTag;
	// The tag goes into e-mail addresses.
	if (!/^[a-z0-9]{1,20}$/i.test(tag)) throw new UsageError(`--tag must be 1 to 20 letters or digits, got "${tag}"`);
	return {
		a: server("a", values),
		b: server("b", values),
		runs: wholeNumber("runs", typeof values.runs === "string" ? values.runs : undefined, 20, 1),
		seed: wholeNumber("seed", typeof values.seed === "string" ? values.seed : undefined, 1, 0),
		tag,
		...(typeof values.out === "string" ? { out: values.out } : {}),
	};
};
