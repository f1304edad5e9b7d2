// N5: upstream lets sessions and JWTs from before a password change keep working (fact 39). Here a
// password change ends them: the customer's sessions opened before it, and its store JWTs issued in
// an earlier second (a JWT's iat is whole seconds, so one from the second of the change survives).
import type { MedusaV1Runtime } from "./runtime.ts";

/** When each customer's password last changed (epoch ms); what /__control/reset forgets with the state. */
export type CredentialsChanges = Map<string, number>;

export const recordCredentialsChange = (rt: MedusaV1Runtime, customerId: string, now: number): void => {
	rt.state.slice.credentialsChangedAt.set(customerId, now);
};

/** Whether a session opened at `createdAt` still stands for this customer. */
export const sessionStands = (rt: MedusaV1Runtime, customerId: string, createdAt: number): boolean =>
	createdAt >= (rt.state.slice.credentialsChangedAt.get(customerId) ?? Number.NEGATIVE_INFINITY);

/** Whether a JWT issued at `iat` (seconds) still stands for this customer. */
export const tokenStands = (rt: MedusaV1Runtime, customerId: string, iat: unknown): boolean => {
	const changedAt = rt.state.slice.credentialsChangedAt.get(customerId);
	return changedAt === undefined || (typeof iat === "number" && iat >= Math.floor(changedAt / 1000));
};
