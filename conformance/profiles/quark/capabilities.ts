// What only quark's checks need from a run, beside the kit's capabilities.
import type { ProfileCapabilities } from "../../kit/capabilities.ts";
import { allowedResetBase, userWithoutRole } from "./target.ts";

export const QUARK_CAPABILITIES = {
	"user-without-role": {
		description: "a user without the Customer role (--without-role-email / --without-role-password)",
		has: (config) => userWithoutRole(config) !== undefined,
	},
	"reset-base-url": {
		description: "a resetBaseUrl the target mails reset links to (--reset-base-url)",
		has: (config) => allowedResetBase(config) !== undefined,
	},
} as const satisfies ProfileCapabilities;

export type QuarkCapability = keyof typeof QUARK_CAPABILITIES;
