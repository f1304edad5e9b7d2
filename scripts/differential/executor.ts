// Runs one program's steps against one server, keeping what that server handed out (tokens,
// session cookies, address ids) by step, and filling each step's placeholders from it. Two
// executors run the same program side by side, one per server, and never share a value.
import type { ResetMail } from "./reset-mail.ts";
import { type MailKey, PLACEHOLDERS, type Step } from "./steps.ts";

export interface ServerTarget {
	baseUrl: string;
	publishableKey: string;
	admin?: { email: string; password: string };
	resetMail?: ResetMail;
}

export interface Captured {
	/** 0 when the server did not answer. */
	status: number;
	headers: Headers;
	bodyText: string;
	/**
	 * When the request went out, by this machine's clock: what a cookie's Expires is counted from.
	 * Not the Date header: Bun's lags up to a second behind (it is cached), which made 10 h cookies
	 * look 36001 s long. Dates are compared to ±5 s anyway, so the servers' clocks must agree.
	 */
	atMs: number;
	/** Placeholders this server had no value for, because an earlier step got nothing from it. */
	unresolved: string[];
}

const REQUEST_TIMEOUT_MS = 15_000;
const MAIL_POLL_MS = 50;
/** Sent where a placeholder has no value, so that the request still goes out and its answer is compared. */
const UNAVAILABLE = "unavailable";

const mailId = (key: MailKey): string => `${key.actor} ${key.email}`;

const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
};

const fillJson = (value: unknown, fill: (text: string) => string): unknown => {
	if (typeof value === "string") return fill(value);
	if (Array.isArray(value)) return value.map((item) => fillJson(item, fill));
	if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillJson(item, fill)]));
	return value;
};

export class ProgramExecutor {
	readonly #tokens = new Map<number, string>();
	readonly #cookies = new Map<number, string>();
	readonly #addresses = new Map<number, string>();
	/** Mails each address had when its last reset was requested: a newer one is that request's. */
	readonly #mailsBefore = new Map<string, number>();

	constructor(readonly target: ServerTarget) {}

	async run(step: Step, index: number): Promise<Captured> {
		const { target } = this;
		if (step.resetRequest && target.resetMail) this.#mailsBefore.set(mailId(step.resetRequest), (await target.resetMail.tokens(step.resetRequest)).length);
		const resetToken = step.resetToken ? await this.#mailedToken(step.resetToken) : undefined;
		const unresolved: string[] = [];
		const fill = (text: string): string =>
			text.replace(PLACEHOLDERS, (whole, name: string, stepIndex: string | undefined) => {
				const value = this.#value(name, Number(stepIndex), resetToken);
				if (value !== undefined) return value;
				unresolved.push(whole);
				return UNAVAILABLE;
			});
		const { request } = step;
		const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, fill(value)]));
		const body = request.body === undefined ? undefined : "raw" in request.body ? request.body.raw : JSON.stringify(fillJson(request.body.json, fill));
		const atMs = Date.now();
		try {
			const response = await fetch(`${target.baseUrl}${fill(request.path)}`, {
				method: request.method,
				headers,
				body,
				redirect: "manual",
				signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
			});
			const captured = { status: response.status, headers: response.headers, bodyText: await response.text(), atMs, unresolved };
			this.#keep(index, captured);
			return captured;
		} catch (error) {
			// A server that does not answer is a result for this exchange, not the end of the run.
			return { status: 0, headers: new Headers(), bodyText: `(no answer: ${(error as Error).message})`, atMs, unresolved };
		}
	}

	#value(name: string, step: number, resetToken: string | undefined): string | undefined {
		switch (name) {
			case "key":
				return this.target.publishableKey;
			case "admin-email":
				return this.target.admin?.email;
			case "admin-password":
				return this.target.admin?.password;
			case "reset":
				return resetToken;
			case "token":
				return this.#tokens.get(step);
			case "cookie":
				return this.#cookies.get(step);
			case "address":
				return this.#addresses.get(step);
		}
		throw new Error(`unknown placeholder {{${name}}}`);
	}

	/** The newest reset token of `key`, waiting up to the mail lag for one newer than the last request's. */
	async #mailedToken(key: MailKey): Promise<string | undefined> {
		const mail = this.target.resetMail;
		if (!mail) return undefined;
		const before = this.#mailsBefore.get(mailId(key));
		const deadline = Date.now() + mail.lagMs;
		for (;;) {
			const tokens = await mail.tokens(key);
			if (before === undefined || tokens.length > before || Date.now() >= deadline) return tokens.at(-1);
			await Bun.sleep(MAIL_POLL_MS);
		}
	}

	/** What later steps may refer to: the body's token, the session cookie, the newest address id. */
	#keep(index: number, captured: Captured): void {
		const body = parseJson(captured.bodyText) as { token?: unknown; address?: { id?: unknown }; customer?: { addresses?: Array<{ id?: unknown }> } } | undefined;
		if (typeof body?.token === "string") this.#tokens.set(index, body.token);
		const addressId = body?.address?.id ?? body?.customer?.addresses?.at(-1)?.id;
		if (typeof addressId === "string") this.#addresses.set(index, addressId);
		const session = captured.headers.getSetCookie().find((cookie) => cookie.startsWith("connect.sid="));
		const value = session?.slice("connect.sid=".length).split(";")[0];
		if (value) this.#cookies.set(index, value);
	}
}
