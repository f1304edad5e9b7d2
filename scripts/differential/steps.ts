// The abstract program the generator makes and each executor runs on its own server. A step's
// request is the same for both servers, byte for byte, except its placeholders: `{{key}}`,
// `{{admin-email}}`, `{{admin-password}}`, `{{reset}}` and `{{token:k}}` / `{{cookie:k}}` /
// `{{address:k}}` (what step k got from that server). That is what lets each server use its own
// keys, tokens, cookies and ids while the comparison still holds them to the same contract.

/**
 * What a step can hand to later steps: `admin-token` is a token from an admin login, `mail` a
 * reset request that names an address (so a reset mail may follow).
 */
export type RefKind = "token" | "admin-token" | "cookie" | "address" | "mail";

export interface StepRequest {
	method: string;
	/** May hold placeholders, e.g. `/store/customers/me/addresses/{{address:4}}`. */
	path: string;
	/** Values may hold placeholders, e.g. `Bearer {{token:2}}`. */
	headers: Record<string, string>;
	/** JSON, where a string that is exactly a placeholder is filled in; or raw bytes, sent as they are. */
	body?: { json: unknown } | { raw: string };
}

/** An address and actor whose password-reset mail a step waits for or reads. */
export interface MailKey {
	email: string;
	actor: string;
}

export interface Step {
	/** The abstract action, for people: what was asked and with which variant. */
	label: string;
	/** The route with ids as `{id}` and no query: the class key of its differences. */
	route: string;
	request: StepRequest;
	produces: readonly RefKind[];
	/** A reset request: the executor notes how many mails the address had before it. */
	resetRequest?: MailKey;
	/** Where `{{reset}}` comes from: the newest mail after the last reset request. */
	resetToken?: MailKey;
}

/** The fresh identities of one program: the same strings on both servers. */
export interface ProgramFacts {
	index: number;
	/** A string only this program's records carry (the titles of its API keys), so that its lists can be asked for them alone. */
	tag: string;
	/** Registered by the program's own steps (or not, which is a case too). */
	self: string;
	/** Another address a step may register or name. */
	other: string;
	/** Never registered: the unknown-account case. */
	ghost: string;
	password: string;
}

export interface Program extends ProgramFacts {
	steps: Step[];
}

export const KEY = "{{key}}";
export const ADMIN_EMAIL = "{{admin-email}}";
export const ADMIN_PASSWORD = "{{admin-password}}";
export const RESET_TOKEN = "{{reset}}";
export const ref = (kind: "token" | "cookie" | "address", step: number): string => `{{${kind}:${step}}}`;

/** Every placeholder in a string; group 1 is the name, group 2 the step it refers to. */
export const PLACEHOLDERS = /\{\{([a-z-]+)(?::(\d+))?\}\}/g;
