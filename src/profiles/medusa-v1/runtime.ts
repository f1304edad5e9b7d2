// The runtime the medusa-v1 routes see: its policy and its own slice of the state.
import type { Runtime } from "../../runtime.ts";
import type { CredentialsChanges } from "./credentials.ts";
import type { MedusaV1Policy } from "./policy.ts";

export interface MedusaV1Slice {
	credentialsChangedAt: CredentialsChanges;
}

export type MedusaV1Runtime = Runtime<MedusaV1Policy, MedusaV1Slice>;
