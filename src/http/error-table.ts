// A profile's answers to its error codes: one function per code, and the lookup that every profile's
// error answer uses. A code the table does not know is a bug of the profile (its table is exhaustive
// over the codes it can meet), so the lookup says so with undefined and the caller answers 500.
import { type GatecheckError, isGatecheckError } from "../core/errors.ts";

export type ErrorTable<Code extends string> = Readonly<Record<Code, (error: GatecheckError) => Response>>;

/** The table's answer to `error`, or undefined when it is no GatecheckError of a code the table knows. */
export const answerFromTable = <Code extends string>(table: ErrorTable<Code>, error: unknown): Response | undefined =>
	isGatecheckError(error) && Object.hasOwn(table, error.code) ? table[error.code as Code](error) : undefined;
