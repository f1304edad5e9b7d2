// The greeter kit profile (test/seam/server): its one reference, the key a target is given
// (`greeterKey` in a target file or the control API's `target`), and the capability that key gives.
import { type Capability, checkDefinerFor, type KitProfile, profileField, type TargetConfig } from "../../../conformance/index.ts";

const CHECKS = new URL("../checks/greeter/", import.meta.url).pathname;

export const GREETER_REFS = {
	"choice:hello": { kind: "choice", summary: "GET /hello greets the holder of a fixture key by name and refuses anyone else with 401" },
} as const;

export const defineGreeterCheck = checkDefinerFor<keyof typeof GREETER_REFS, Capability | "greeter-key">();

/** The run's greeter key, when it was given one. */
export const greeterKey = (config: TargetConfig): string | undefined => profileField(config, "greeterKey", "string");

export const greeterKit = {
	name: "greeter",
	catalogues: [CHECKS],
	refs: GREETER_REFS,
	baseCapabilities: [],
	capabilities: { "greeter-key": { description: "a key the target greets (--greeter-key)", has: (config) => greeterKey(config) !== undefined } },
	targetFields: { greeterKey: { kind: "string", flag: "greeter-key", help: "a key the greeter target knows" } },
	fingerprint: { method: "GET", path: "/hello", expected: "401 (no key)", matches: ({ status }) => status === 401 },
} satisfies KitProfile;
