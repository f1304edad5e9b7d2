// `gatecheck fixtures init`: a starter fixtures file to edit, so that nobody writes one from nothing.
// It is the profile's shipped fixtures (the accounts, keys and products every example and check of
// this package uses) with "$schema" pointing at the profile's JSON Schema from where the file is
// written, so that an editor completes section and field names and flags mistakes as they are typed;
// `gatecheck serve --fixtures <file>` then names any mistake left with the field it is in.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_PROFILE, PROFILE_NAMES } from "../profiles/index.ts";
import { fixturesSchemaPath, shippedFixturesPath } from "./fixtures-schema.ts";
import { InputError, UsageError } from "./usage-error.ts";

const DEFAULT_OUT = "gatecheck.fixtures.json";

export const FIXTURES_HELP = `Usage: gatecheck fixtures <command> [options]

Fixtures are the seed data of gatecheck serve: its accounts, API keys and products.

Commands:
  init   write a starter fixtures file to edit (gatecheck fixtures init --help)

Start a server with yours: gatecheck serve --fixtures <file>. A mistake in the file is refused with
the field it is in, e.g. "--fixtures: customers[1].email: expected a string, got 42" (exit code 2).
`;

export const INIT_HELP = `Usage: gatecheck fixtures init [options]

Writes a starter fixtures file: the profile's own fixtures, with "$schema" pointing at the profile's
JSON Schema so that an editor completes and checks what you write.

Options:
  --profile <name>   whose fixtures (default ${DEFAULT_PROFILE}; one of ${PROFILE_NAMES.join(", ")})
  --out <file>       where to write (default ${DEFAULT_OUT})
  --force            overwrite the file if it exists
  -h, --help         show this help

Then: gatecheck serve --profile <name> --fixtures <file>

Exit codes: 0 written; 2 a usage error, or a file that exists (give --force) or cannot be written.
`;

/** `to` as a "$schema" reference from a file in `fromDir`: relative, with forward slashes, as editors resolve it. */
const schemaReference = (fromDir: string, to: string): string => {
	const path = relative(fromDir, to).split(sep).join("/");
	return path.startsWith(".") ? path : `./${path}`;
};

/**
 * The shipped fixtures' text with its "$schema" pointing at `schemaRef`. The text is edited rather
 * than the JSON rewritten so that the starter keeps the shipped layout, one record a line.
 */
const starterText = (profile: string, schemaRef: string): string => {
	const text = readFileSync(shippedFixturesPath(profile), "utf8").replace(/"\$schema":\s*"[^"]*"/, `"$schema": ${JSON.stringify(schemaRef)}`);
	if ((JSON.parse(text) as { $schema?: unknown }).$schema !== schemaRef) throw new Error(`fixtures/${profile}.json has no "$schema" to point at its schema`);
	return text;
};

/** Why `out` could not be written, in a line. */
const writeFailure = (out: string, error: NodeJS.ErrnoException): string => {
	if (error.code === "EEXIST") return `${out} exists already; give --force to overwrite it, or --out <file> to write another file`;
	if (error.code === "ENOENT") return `cannot write ${out}: no such directory ${dirname(out)}`;
	if (error.code === "EISDIR") return `cannot write ${out}: it is a directory`;
	return `cannot write ${out}: ${error.message}`;
};

const init = (argv: string[]): void => {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			profile: { type: "string", default: DEFAULT_PROFILE },
			out: { type: "string", default: DEFAULT_OUT },
			force: { type: "boolean", default: false },
			help: { type: "boolean", short: "h", default: false },
		},
	});
	if (values.help) return void process.stdout.write(INIT_HELP);
	if (!PROFILE_NAMES.includes(values.profile)) throw new UsageError(`unknown profile "${values.profile}"; available: ${PROFILE_NAMES.join(", ")}`);
	const out = resolve(values.out);
	const text = starterText(values.profile, schemaReference(dirname(out), fixturesSchemaPath(values.profile)));
	try {
		writeFileSync(out, text, { flag: values.force ? "w" : "wx" });
	} catch (error) {
		throw new InputError(writeFailure(values.out, error as NodeJS.ErrnoException));
	}
	process.stdout.write(
		`wrote ${values.out}: the ${values.profile} fixtures to edit, checked by the schema its "$schema" names\n` +
			`start a server with it: gatecheck serve --profile ${values.profile} --fixtures ${values.out}\n`,
	);
};

/** Runs `gatecheck fixtures <argv>`; its exit code. */
export const runFixturesCommand = (argv: string[]): number => {
	const [command, ...rest] = argv;
	const usage = command === "init" ? INIT_HELP : FIXTURES_HELP;
	try {
		if (command === "--help" || command === "-h" || command === "help") {
			process.stdout.write(FIXTURES_HELP);
			return 0;
		}
		if (command === undefined) throw new UsageError("give a command: init");
		if (command !== "init") throw new UsageError(`unknown fixtures command "${command}"`);
		init(rest);
		return 0;
	} catch (error) {
		if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
			process.stderr.write(`gatecheck fixtures${command === "init" ? " init" : ""}: ${(error as Error).message}\n\n${usage}`);
			return 2;
		}
		if (error instanceof InputError) {
			process.stderr.write(`gatecheck fixtures ${command}: ${error.message}\n`);
			return 2;
		}
		throw error;
	}
};
