// The runtime the medusa-v2 routes see: any profile's whose policy is medusa-v2's or extends it,
// whatever its own state slice holds (a profile that builds on medusa-v2 passes its own).
import type { Runtime } from "../../runtime.ts";
import type { MedusaV2Policy } from "./policy.ts";

export type MedusaV2Runtime = Runtime<MedusaV2Policy, unknown>;
