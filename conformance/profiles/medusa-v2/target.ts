// What a medusa-v2 target is given besides the kit's own fields: the redirect provider it configures
// for third-party login (google or github), and an account of that provider already linked to a
// customer, as `oauthProvider` and `oauthLinkedAccount` in a target file or the control API's
// `target`, or --oauth-provider and --oauth-linked-account.
import { profileField, type TargetConfig, type TargetFields } from "../../kit/config.ts";

export const MEDUSA_V2_TARGET_FIELDS = {
	oauthProvider: { kind: "string", flag: "oauth-provider", help: "a redirect provider the target configures for third-party login (google, github)" },
	oauthLinkedAccount: {
		kind: "string",
		flag: "oauth-linked-account",
		help: "the id, at the fake provider, of an account already linked to a customer (with --control)",
	},
} as const satisfies TargetFields;

/** The run's redirect provider, when it was given one. */
export const oauthProvider = (config: TargetConfig): string | undefined => profileField(config, "oauthProvider", "string");

/** The fake provider's account that is linked to a customer already, when the run was given one. */
export const oauthLinkedAccount = (config: TargetConfig): string | undefined => profileField(config, "oauthLinkedAccount", "string");
