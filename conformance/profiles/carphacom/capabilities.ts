// What only carphacom's checks need from a run, beside the kit's capabilities.
import type { ProfileCapabilities } from "../../kit/capabilities.ts";
import { supportAccount } from "./target.ts";

export const CARPHACOM_CAPABILITIES = {
	"support-account": {
		description: "a read-only admin user's e-mail and password (--support-email / --support-password)",
		has: (config) => supportAccount(config) !== undefined,
	},
} as const satisfies ProfileCapabilities;

export type CarphacomCapability = keyof typeof CARPHACOM_CAPABILITIES;
