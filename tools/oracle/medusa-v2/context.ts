// What every medusa-v2 recording case needs: the recorder, the oracle's publishable key and JWT secret,
// and the small request helpers the cases share.
import type { Recorder, RecordedExchange } from "../recorder.ts";
import { field } from "../recorder.ts";

export interface OracleCase {
	name: string;
	title: string;
	record(o: Oracle): Promise<void>;
}

export class Oracle {
	constructor(
		readonly recorder: Recorder,
		readonly publishableKey: string,
		readonly jwtSecret: string,
	) {}

	get key(): Record<string, string> {
		return { "x-publishable-api-key": this.publishableKey };
	}

	/** A fresh address for this run; the run id in it is what the golden replay renames. */
	email(tag: string): string {
		return `oracle-${tag}-${this.recorder.runId}@example.com`;
	}

	call: Recorder["call"] = (method, path, options) => this.recorder.call(method, path, options);

	/** Registers `email` as a customer identity; the exchange carries the registration token. */
	register(email: string, password: string): Promise<RecordedExchange> {
		return this.call("POST", "/auth/customer/emailpass/register", { body: { email, password }, label: "register" });
	}

	/** The publishable key and a registration exchange's token, as a /store request sends them. */
	registered(register: RecordedExchange): Record<string, string> {
		return { ...this.key, ...bearer(field(register, "token")) };
	}

	/** Registers `email` and creates its customer; returns the exchanges and the login token. */
	async customer(email: string, password: string): Promise<{ exchanges: RecordedExchange[]; token: string }> {
		const register = await this.register(email, password);
		const create = await this.call("POST", "/store/customers", {
			headers: this.registered(register),
			body: { email, first_name: "Ada", last_name: "Lovelace" },
			label: "create the customer",
		});
		const login = await this.call("POST", "/auth/customer/emailpass", { body: { email, password }, label: "log in" });
		return { exchanges: [register, create, login], token: field(login, "token") };
	}

	/** The admin's login exchange and token (the oracle's seeded admin). */
	async admin(): Promise<{ exchange: RecordedExchange; token: string }> {
		const exchange = await this.call("POST", "/auth/user/emailpass", { body: { email: "admin@example.com", password: "supersecret" }, label: "admin login" });
		return { exchange, token: field(exchange, "token") };
	}
}

export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });
