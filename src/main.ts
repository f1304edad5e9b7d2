#!/usr/bin/env bun
// The gatecheck command: `serve` runs a reference server, `check` runs the conformance kit
// (conformance/, which in turn never imports src/).
// The only file that binds a port; it runs under Bun (app.listen) and Deno (Deno.serve).
import { runCheckCommand } from "../conformance/cli.ts";
import { createApp, type GatecheckApp } from "./app.ts";
import type { JournalEntry } from "./journal/entry.ts";
import { logLine } from "./journal/log-line.ts";
import { printBanner } from "./cli/banner.ts";
import { readServeOptions, type ServeOptions, serveHelp } from "./cli/serve-options.ts";
import { checkHost, ListenError, listenError } from "./cli/listen-error.ts";
import { watchFixtures } from "./cli/watch-fixtures.ts";
import { packageInfo } from "./package-info.ts";
import { InputError, UsageError } from "./cli/usage-error.ts";
import type { Profile } from "./profiles/profile.ts";

const HELP = `Usage: gatecheck <command> [options]

Commands:
  serve      run a reference server for an auth contract (gatecheck serve --help)
  check      check a server against an auth contract (gatecheck check --help)
  fixtures   write a starter fixtures file for serve --fixtures (gatecheck fixtures --help)

Options:
  -v, --version   print the version
  -h, --help      show this help

Run "gatecheck <command> --help" for the options of a command.
`;


declare const Deno:
	| {
			serve(
				options: { port: number; hostname: string; onListen?: () => void },
				handler: (request: Request, info: { remoteAddr: { hostname: string } }) => Response | Promise<Response>,
			): unknown;
	  }
	| undefined;

/**
 * Where Deno.serve's connection info rides on its request: a symbol-keyed property costs next to
 * nothing, where a WeakMap entry per request costs a measurable share of Deno's throughput.
 */
const CONNECTION = Symbol("gatecheck: Deno connection info");
type DenoRequest = Request & { [CONNECTION]?: { remoteAddr: { hostname: string } } };

/** A listening server: its port, and the socket address of a request it received (Bun only; Deno's rides on the request). */
interface Listening {
	port: number;
	requestIP?(request: Request): string | undefined;
}

/** What listen() serves: the app, and the front door in front of it. */
type Front = Pick<GatecheckApp, "app" | "fetch" | "journaled">;

/**
 * Binds the port, or a ListenError saying why not. A port in use is refused on both runtimes: Elysia
 * asks Bun for reusePort, which lets a second server share the port and take half its requests.
 * On Bun, Elysia's own listen serves most routes through Bun's native router, past any fetch
 * handler; so a journaled server (and a watched one, whose fetch passes each request to the app of
 * the moment) gets a plain Bun.serve with its own fetch.
 */
const listen = ({ app, fetch, journaled }: Front, options: ServeOptions): Promise<Listening> =>
	new Promise<Listening>((resolve) => {
		if (typeof Deno !== "undefined") {
			Deno.serve({ port: options.port, hostname: options.host, onListen: () => resolve({ port: options.port }) }, (request, info) => {
				(request as DenoRequest)[CONNECTION] = info;
				return fetch(request);
			});
			return;
		}
		const requestIP = (server: Bun.Server<unknown>) => (request: Request) => server.requestIP(request)?.address;
		if (journaled) {
			const server = Bun.serve({ port: options.port, hostname: options.host, reusePort: false, fetch });
			return resolve({ port: server.port ?? options.port, requestIP: requestIP(server) });
		}
		app.listen({ port: options.port, hostname: options.host, reusePort: false }, (server) =>
			resolve({ port: server.port ?? options.port, requestIP: requestIP(server) }),
		);
	}).catch((error: unknown) => {
		throw listenError(error, options.host, options.port);
	});

/** The profile's defects, a line each: the name, then what it breaks. */
const listDefects = (profile: Profile): string =>
	Object.entries(profile.defects)
		.map(([name, why]) => `${name.padEnd(38)} ${why}`)
		.join("\n");

const serve = async (argv: string[]): Promise<void> => {
	const options = await readServeOptions(argv, process.env);
	if (options === "help") return void process.stdout.write(await serveHelp());
	if ("listDefects" in options) return void process.stdout.write(`${listDefects(options.listDefects)}\n`);
	let listening: Listening | undefined;
	const clientAddress = (request: Request): string | undefined =>
		(request as DenoRequest)[CONNECTION]?.remoteAddr.hostname ?? listening?.requestIP?.(request);
	await checkHost(options.host, options.port);
	// nodemailer loads only when asked for: every other start (check, --version) would pay for it.
	const mailer = options.smtpUrl
		? (await import("./core/smtp-mailer.ts")).createSmtpMailer(options.smtpUrl, (line) => process.stderr.write(`${line}\n`))
		: undefined;
	const log = options.log ? (entry: JournalEntry) => process.stdout.write(`${logLine(entry)}\n`) : undefined;
	const appOptions = { ...options.app, clientAddress, mailer, log };
	let gatecheck = await createApp(appOptions);
	// --watch (issue 19, scope 5): the port stays bound while the app behind it is replaced on each
	// reload, so the front door asks for the app of the moment; the journal outlives the apps.
	const front: Front = options.watch ? { app: gatecheck.app, journaled: true, fetch: (request) => gatecheck.fetch(request) } : gatecheck;
	listening = await listen(front, options);
	if (options.watch) {
		watchFixtures({
			profile: options.app.profile,
			path: options.fixturesPath,
			fixtures: options.app.fixtures,
			serve: async (fixtures) => {
				gatecheck = await createApp({ ...appOptions, fixtures, journal: gatecheck.journal });
			},
			out: (line) => process.stdout.write(`${line}\n`),
			err: (line) => process.stderr.write(`${line}\n`),
		});
	}
	printBanner(options, `http://${options.host}:${listening.port}`);
};

const main = async (): Promise<void> => {
	const [command, ...rest] = process.argv.slice(2);
	try {
		if (command === "serve") return await serve(rest);
		if (command === "check") process.exit(await runCheckCommand(rest));
		if (command === "fixtures") process.exit((await import("./cli/fixtures-command.ts")).runFixturesCommand(rest));
		if (command === "--version" || command === "-v" || command === "version") {
			const { name, version } = packageInfo();
			process.stdout.write(`${name} ${version}\n`);
			return;
		}
		if (command === undefined || command === "help" || command === "--help" || command === "-h") {
			process.stdout.write(HELP);
			return;
		}
		throw new UsageError(`unknown command "${command}"`);
	} catch (error) {
		if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
			process.stderr.write(`gatecheck: ${(error as Error).message}\n\n${command === "serve" ? await serveHelp() : HELP}`);
			process.exit(2);
		}
		if (error instanceof ListenError || error instanceof InputError) {
			process.stderr.write(`gatecheck ${command}: ${error.message}\n`);
			process.exit(error instanceof InputError ? 2 : 1);
		}
		throw error;
	}
};

await main();
