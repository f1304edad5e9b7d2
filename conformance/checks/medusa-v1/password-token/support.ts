// What the password-token checks share: the event an account's reset request emits (fact 35), read
// from the run's reset mail (kit/mail).
import type { CheckContext } from "../../../kit/context.ts";
import { mailOf } from "../../../kit/mail/reader.ts";
import type { MailEvent } from "../../../kit/mail/source.ts";

export const RESET_EVENT = "customer.password_reset";
export const PASSWORD_TOKEN = "/store/customers/password-token";

/** Every customer.password_reset event for `email`, oldest first, read when `due` of them are due (MailReader.expected). */
export const resetEvents = (ctx: CheckContext, email: string, due: number): Promise<MailEvent[]> => mailOf(ctx).expected({ event: RESET_EVENT, to: email }, due);
