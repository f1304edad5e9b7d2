// What a quark target is given besides the kit's own fields: a user without the Customer role (for
// the 403 of the protected routes, seed 003), and a resetBaseUrl the server mails reset links to
// (choice:reset-origins). Both come from a target file, the control API's `target`, or flags.
import { type Credentials, profileField, type TargetConfig, type TargetFields } from "../../kit/config.ts";

export const QUARK_TARGET_FIELDS = {
	userWithoutRole: { kind: "credentials", flag: "without-role", help: "a user without the Customer role" },
	resetBaseUrl: { kind: "string", flag: "reset-base-url", help: "a resetBaseUrl whose origin the server mails reset links to" },
} as const satisfies TargetFields;

/** The run's user without the Customer role, when it was given one. */
export const userWithoutRole = (config: TargetConfig): Credentials | undefined => profileField(config, "userWithoutRole", "credentials");

/** The run's allowed resetBaseUrl, when it was given one. */
export const allowedResetBase = (config: TargetConfig): string | undefined => profileField(config, "resetBaseUrl", "string");
