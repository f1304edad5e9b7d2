// The runtime the medusa-v2 routes see: any profile's whose policy is medusa-v2's or extends it,
// whose state slice holds medusa-v2's (a profile that builds on medusa-v2 extends it).
import type { Runtime } from "../../runtime.ts";
import type { MedusaV2Policy } from "./policy.ts";
import type { MedusaV2Slice } from "./slice.ts";

export type MedusaV2Runtime = Runtime<MedusaV2Policy, MedusaV2Slice>;
