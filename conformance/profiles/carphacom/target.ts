// What a carphacom target is given besides the kit's own fields: its read-only admin user, the
// "support" role of the fixtures (choice:roles), as `support` in a target file or the control API's
// `target`, or --support-email and --support-password.
import { type Credentials, profileField, type TargetConfig, type TargetFields } from "../../kit/config.ts";

export const CARPHACOM_TARGET_FIELDS = {
	support: { kind: "credentials", flag: "support", help: "a read-only admin user" },
} as const satisfies TargetFields;

/** The run's support user, when it was given one. */
export const supportAccount = (config: TargetConfig): Credentials | undefined => profileField(config, "support", "credentials");
