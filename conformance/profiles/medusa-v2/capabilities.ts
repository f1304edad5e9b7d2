// What only medusa-v2's checks (and the profiles that extend it) need from a run, beside the kit's capabilities.
import type { ProfileCapabilities } from "../../kit/capabilities.ts";
import { oauthLinkedAccount, oauthProvider } from "./target.ts";

export const MEDUSA_V2_CAPABILITIES = {
	"oauth-provider": {
		description: "a redirect provider the target configures, google or github (--oauth-provider)",
		has: (config) => oauthProvider(config) !== undefined,
	},
	"oauth-linked-account": {
		description: "an account of that provider already linked to a customer (--oauth-linked-account)",
		has: (config) => oauthProvider(config) !== undefined && oauthLinkedAccount(config) !== undefined,
	},
} as const satisfies ProfileCapabilities;

export type MedusaV2Capability = keyof typeof MEDUSA_V2_CAPABILITIES;
