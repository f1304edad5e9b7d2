// N5: upstream lets sessions and JWTs from before a password change keep working (facts 32, 39).
// Here a password change ends the customer's other credentials: sessions opened before it, and
// store JWTs issued in an earlier second (a JWT's iat is whole seconds, so one from the second of the
// change survives). The session or token that made the change keeps working, so a storefront that
// changes a password through POST /store/customers/me goes on as it does against Medusa.
import type { Session } from "../../core/sessions.ts";
import type { MedusaV1Runtime } from "./runtime.ts";

/** How a request was authenticated: its session, or its bearer token. */
export interface Caller {
	sessionId?: string;
	token?: string;
}

interface CredentialsChange extends Caller {
	/** When the password changed (epoch ms). */
	at: number;
}

/** The last password change of each customer; forgotten with the state by /__control/reset. */
export type CredentialsChanges = Map<string, CredentialsChange>;

export const recordCredentialsChange = (rt: MedusaV1Runtime, customerId: string, now: number, kept: Caller = {}): void => {
	if (rt.policy.passwordChangeRevokes) rt.state.slice.credentialsChangedAt.set(customerId, { at: now, ...kept });
};

export const sessionStands = (rt: MedusaV1Runtime, customerId: string, session: Session): boolean => {
	const change = rt.state.slice.credentialsChangedAt.get(customerId);
	return change === undefined || session.id === change.sessionId || session.createdAt >= change.at;
};

export const tokenStands = (rt: MedusaV1Runtime, customerId: string, token: string, iat: unknown): boolean => {
	const change = rt.state.slice.credentialsChangedAt.get(customerId);
	return change === undefined || token === change.token || (typeof iat === "number" && iat >= Math.floor(change.at / 1000));
};
