// Client of the control protocol (conformance/CONTROL.md): the kit's way to move a test server's
// clock, read the reset tokens it "mailed" (its outbox is one of the kit's mail sources, mail/), and
// approve a third-party login at its fake provider.
import { networkReason } from "./network-error.ts";
import type { FetchLike } from "./target.ts";

export interface OutboxEvent {
	kind: "event";
	name: string;
	at: number;
	data: Record<string, unknown>;
}

export interface ControlInfo {
	capabilities: string[];
	/** The profile the server serves, when it says. */
	profile?: string;
	now: number;
	/** The test build's fixture values (CONTROL.md); the kit fills unset configuration from it. */
	target?: Record<string, unknown>;
	/** The longest time between an answer and the outbox items it causes (CONTROL.md); 0: before the answer. */
	outboxLagMs?: number;
}

export class ControlClient {
	constructor(
		private readonly baseUrl: string,
		private readonly fetch: FetchLike,
	) {}

	async #call(method: string, path: string, body?: unknown): Promise<unknown> {
		const response = await this.fetch(
			new Request(`${this.baseUrl}${path}`, {
				method,
				headers: body === undefined ? {} : { "content-type": "application/json" },
				body: body === undefined ? undefined : JSON.stringify(body),
			}),
		);
		const text = await response.text();
		if (response.status !== 200) throw new Error(`control ${method} ${path} answered ${response.status}: ${text.slice(0, 200).replace(/\s+/g, " ")}`);
		return JSON.parse(text);
	}

	/** The server's control capabilities, or undefined when it has no control API. */
	async info(): Promise<ControlInfo | undefined> {
		const probe = await this.probe();
		return "info" in probe ? probe.info : undefined;
	}

	/** The server's control capabilities, or in a few words why there are none. */
	async probe(): Promise<{ info: ControlInfo } | { problem: string }> {
		let answer: unknown;
		try {
			answer = await this.#call("GET", "/__control");
		} catch (error) {
			return { problem: error instanceof SyntaxError ? "GET /__control answered, but not with JSON" : networkReason(error) };
		}
		const info = answer as Partial<ControlInfo>;
		if (!Array.isArray(info.capabilities) || typeof info.now !== "number") return { problem: "GET /__control answered, but not with the control protocol (CONTROL.md)" };
		const target = typeof info.target === "object" && info.target !== null ? info.target : undefined;
		const profile = typeof info.profile === "string" ? info.profile : undefined;
		const outboxLagMs = typeof info.outboxLagMs === "number" && info.outboxLagMs >= 0 ? info.outboxLagMs : undefined;
		return { info: { capabilities: info.capabilities, now: info.now, target, profile, outboxLagMs } };
	}

	async now(): Promise<number> {
		return ((await this.#call("GET", "/__control")) as ControlInfo).now;
	}

	async advance(ms: number): Promise<number> {
		return ((await this.#call("POST", "/__control/clock", { advanceMs: ms })) as { now: number }).now;
	}

	async setTo(epochMs: number): Promise<number> {
		return ((await this.#call("POST", "/__control/clock", { setTo: epochMs })) as { now: number }).now;
	}

	/** Approves the authorization a login's `location` asks for, as a provider account (by id) or a new person; returns where the provider sends the browser. */
	async approveLogin(location: string, as: { account: string } | { email: string; name: string }): Promise<{ redirect: string }> {
		return (await this.#call("POST", "/__control/provider/approve", { location, ...as })) as { redirect: string };
	}

	async events(filter: { event?: string; to?: string }): Promise<OutboxEvent[]> {
		const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined));
		const { items } = (await this.#call("GET", `/__control/outbox?${query}`)) as { items: Array<{ kind: string }> };
		return items.filter((item): item is OutboxEvent => item.kind === "event");
	}
}
