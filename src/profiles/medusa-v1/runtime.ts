// The runtime the medusa-v1 routes see.
import type { Runtime } from "../../runtime.ts";
import type { MedusaV1Policy } from "./policy.ts";

export type MedusaV1Runtime = Runtime<MedusaV1Policy, unknown>;
