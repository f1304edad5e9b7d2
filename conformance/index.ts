// The conformance kit as a library (package.json "exports": "gatecheck-commerce/kit"): run a profile's
// checks, or checks of your own, from your tests against your server, over HTTP (httpTarget) or
// through its request handler in-process (handlerTarget). README.md, "From your own tests".
export { CAPABILITIES, type Capability, type ProfileCapabilities, type ProfileCapability } from "./kit/capabilities.ts";
export { loadCatalogue, type Selection, selectChecks } from "./kit/catalogue.ts";
export {
	type Credentials,
	DEFAULT_RUN_OPTIONS,
	DEFAULT_TIMING_OPTIONS,
	profileField,
	type RunOptions,
	type TargetConfig,
	type TargetField,
	type TargetFields,
	type TimingOptions,
} from "./kit/config.ts";
export type { CheckContext } from "./kit/context.ts";
export { type Check, checkDefinerFor, defineCheck, type Tier } from "./kit/define-check.ts";
export type { Reply, RequestSpec } from "./kit/http.ts";
export type { Fingerprint, ProbeAnswer } from "./kit/preflight.ts";
export { fromProfile, type KitProfile, type KitProfiles } from "./kit/profile.ts";
export type { Reference } from "./kit/references.ts";
export type { CheckResult, Evidence, RunResult, RunSummary, Status } from "./kit/result.ts";
export { type RunRequest, runChecks } from "./kit/runner.ts";
export { type FetchLike, handlerTarget, httpTarget, type Target, type Wait } from "./kit/target.ts";
export { KIT_PROFILES } from "./profiles/index.ts";
