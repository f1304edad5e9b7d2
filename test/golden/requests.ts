// A recorded request made live: tokens, cookies, the publishable key and e-mails go through the
// bindings; Content-Length is dropped because the live body is re-serialised and the Request sets it.
import type { CallOptions } from "../support/test-app.ts";
import type { Bindings } from "./bindings.ts";
import { type CraftSources, craftToken } from "./craft.ts";
import { JWT_IN_TEXT, payloadOf } from "./jwt.ts";
import type { RecordedRequest } from "./transcripts.ts";

export interface LiveRequest {
	path: string;
	options: CallOptions;
}

/** A recorded token the live server issued, a reset token from the outbox, or a re-crafted one. */
/** The secrets a re-crafted token is told apart and signed with. */
export type Crafting = Pick<CraftSources, "recordingSecret" | "liveSecret">;

const liveToken = (recorded: string, bindings: Bindings, crafting: Crafting): string =>
	bindings.live("token", recorded) ??
	bindings.resetTokenFor(payloadOf(recorded)?.jti) ??
	craftToken(recorded, {
		...crafting,
		boundTokens: bindings.entries("token"),
		liveValue: (text) => bindings.liveValue(text),
	}) ??
	recorded;

export const liveText = (recorded: string, bindings: Bindings, crafting: Crafting): string =>
	bindings.liveText(recorded.replace(JWT_IN_TEXT, (token) => liveToken(token, bindings, crafting)));

const liveJson = (value: unknown, text: (recorded: string) => string): unknown => {
	if (typeof value === "string") return text(value);
	if (Array.isArray(value)) return value.map((item) => liveJson(item, text));
	if (typeof value === "object" && value !== null)
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, liveJson(item, text)]));
	return value;
};

/**
 * `Basic base64(credentials)` with the credentials made live (a secret API key, observed 25). A value
 * that is not base64 of text (`Basic !!!`) is sent as recorded.
 */
const liveBasic = (value: string, text: (recorded: string) => string): string => {
	const match = /^(basic\s+)(\S+)$/i.exec(value);
	if (!match?.[1] || !match[2]) return text(value);
	const credentials = Buffer.from(match[2], "base64").toString("utf8");
	if (Buffer.from(credentials, "utf8").toString("base64") !== match[2]) return value;
	return `${match[1]}${Buffer.from(text(credentials), "utf8").toString("base64")}`;
};

export const liveRequest = (request: RecordedRequest, bindings: Bindings, crafting: Crafting): LiveRequest => {
	const text = (recorded: string): string => liveText(recorded, bindings, crafting);
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers))
		if (name.toLowerCase() !== "content-length") headers[name] = liveBasic(String(value), text);
	let body: unknown;
	if (request.body_kind === "json") body = liveJson(request.body, text);
	else if (request.body_kind === "raw") body = text(typeof request.body === "string" ? request.body : "");
	// `call` sends an object as JSON and a string as it is; the method is always the recorded one.
	return { path: text(request.path), options: { method: request.method, headers, body } };
};
