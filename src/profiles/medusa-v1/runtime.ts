// The runtime the medusa-v1 routes see: its policy and its own slice of the state.
import type { Runtime } from "../../runtime.ts";
import type { CredentialsChanges } from "./credentials.ts";
import type { MedusaV1Policy } from "./policy.ts";
import type { Catalogue } from "./products.ts";

export interface MedusaV1Slice {
	credentialsChangedAt: CredentialsChanges;
	/** The fixtures' products, which no route changes. */
	catalogue: Catalogue;
	/** Every customer's id in the order of creation, which GET /admin/customers lists (transcript 19) and the store does not keep. */
	customerIds: string[];
}

export type MedusaV1Runtime = Runtime<MedusaV1Policy, MedusaV1Slice>;
