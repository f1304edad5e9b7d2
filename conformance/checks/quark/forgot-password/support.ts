import type { MailEvent } from "../../../kit/mail/source.ts";

/** Every string anywhere in an outbox event's data, where a reset link may sit under any name. */
export const stringsOf = (value: unknown): string[] => {
	if (typeof value === "string") return [value];
	if (typeof value !== "object" || value === null) return [];
	return Object.values(value).flatMap(stringsOf);
};

/** The event's token (CONTROL.md: the kit reads reset tokens from `data.token`), if it has one. */
export const tokenOf = (event: MailEvent): string | undefined => (typeof event.data.token === "string" ? event.data.token : undefined);
