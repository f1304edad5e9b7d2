// What a check may need from the target or the run. The kit's own list is closed: a check that
// needs something else adds it here, or, when only its profile knows the thing, to that profile's
// `capabilities` (KitProfile), each with how the kit finds out whether the run has it.
import type { TargetConfig } from "./config.ts";

export const CAPABILITIES = {
	"customer-registration": "the target lets anyone register a customer (the profile's registration routes, POST /store/customers among them)",
	"publishable-key": "a valid publishable API key (--publishable-key or the target file)",
	"admin-account": "an admin user's e-mail and password (--admin-email / --admin-password)",
	"secret-key": "a secret API key (--secret-key)",
	"revoked-key": "a revoked publishable key (--revoked-publishable-key)",
	"other-key": "a second publishable key, of another sales channel (--other-publishable-key)",
	"control-clock": "the control API with a movable clock (--control <url>, CONTROL.md)",
	"control-provider": "the control API's approval of a third-party login at the target's fake provider (--control <url>, CONTROL.md, capability provider)",
	"reset-mail": "a way to read the reset tokens the target sends: --reset-log <file>, --reset-token-command <cmd>, --smtp-sink <port>, or --control <url> with an outbox",
	"jwt-secret": "the target's JWT secret, to mint tokens (--jwt-secret)",
	"allow-slow": "leave to wait for real time, up to a few minutes in one check (--allow-slow)",
	"slow-expiry": "short lifetimes on the target and leave to wait for them (--token-ttl with --allow-slow)",
	"cors-origin": "an origin the target allows for CORS (--cors-origin)",
	tls: "a target served over https (an https:// base URL)",
	"source-addresses": "requests from several client addresses (a plain-http loopback target: 127.0.0.2, 127.0.0.3, …)",
} as const;

export type Capability = keyof typeof CAPABILITIES;

/** A capability only one profile's checks need (KitProfile.capabilities). */
export interface ProfileCapability {
	/** What it is and which flag or target field gives it, as CAPABILITIES says for the kit's own. */
	description: string;
	/** Whether the run has it, from the run's target configuration (flags, target file, control API). */
	has(config: TargetConfig): boolean;
}

/** A profile's own capabilities by name, each distinct from the kit's (test/kit/profiles.test.ts holds the registry to it). */
export type ProfileCapabilities = Readonly<Record<string, ProfileCapability>>;
