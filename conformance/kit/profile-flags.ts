// The command-line flags of the target fields profiles declare (KitProfile.targetFields): --<flag>
// for a string, --<flag>-email and --<flag>-password for credentials. `gatecheck check` takes those
// of every profile it knows, whichever profile it checks, as it takes all of the kit's own.
import type { TargetField, TargetFields } from "./config.ts";
import type { KitProfile } from "./profile.ts";

const credentialFlag = (field: TargetField, part: "email" | "password"): string => `${field.flag}-${part}`;

const flagsOf = (field: TargetField): string[] =>
	field.kind === "credentials" ? [credentialFlag(field, "email"), credentialFlag(field, "password")] : [field.flag];

const usageOf = (field: TargetField): string =>
	field.kind === "credentials" ? `--${credentialFlag(field, "email")} <e>, --${credentialFlag(field, "password")} <p>` : `--${field.flag} <value>`;

/** Every profile's target fields, by name. */
export const targetFieldsOf = (profiles: readonly KitProfile[]): TargetFields => Object.assign({}, ...profiles.map((profile) => profile.targetFields));

/** parseArgs options for the fields' flags. */
export const fieldFlagOptions = (fields: TargetFields): Record<string, { type: "string" }> =>
	Object.fromEntries(Object.values(fields).flatMap(flagsOf).map((flag) => [flag, { type: "string" }]));

/** What parsed flags say about the fields, as a target description for readTargetConfig. */
export const fieldFlagValues = (fields: TargetFields, values: Readonly<Record<string, unknown>>): Record<string, unknown> =>
	Object.fromEntries(
		Object.entries(fields).map(([name, field]) => [
			name,
			field.kind === "credentials" ? { email: values[credentialFlag(field, "email")], password: values[credentialFlag(field, "password")] } : values[field.flag],
		]),
	);

/** One help line per field, in the kit's help layout, naming the profiles that read it. */
export const fieldFlagHelp = (profiles: readonly KitProfile[]): string =>
	Object.entries(targetFieldsOf(profiles))
		.map(([name, field]) => {
			const readers = profiles.filter((profile) => profile.targetFields && Object.hasOwn(profile.targetFields, name)).map((profile) => profile.name);
			return `  ${usageOf(field).padEnd(28)}  ${field.help} (${readers.join(", ")})\n`;
		})
		.join("");
