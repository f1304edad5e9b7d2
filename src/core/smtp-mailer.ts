// `serve --smtp <url>`: every mail the reference "sends" (the outbox's mail items) also goes over
// SMTP with nodemailer, so that a storefront developer reads it in the mail catcher they already
// use and the kit's --smtp-sink can take its token. Sending never holds up or fails the request
// that caused it (a notification subscriber runs after the answer upstream); a mail that cannot be
// sent is one line on stderr.
import nodemailer from "nodemailer";
import type { OutboxMail } from "./outbox.ts";

/** Delivers one outbox mail; never throws. */
export type Mailer = (mail: OutboxMail) => void;

/** Mails on their way at once; beyond this a mail is dropped with a line, so a flood of reset requests to a dead SMTP server keeps memory bounded. */
const MAX_IN_FLIGHT = 100;

export const SMTP_FROM = "gatecheck reference <no-reply@gatecheck.invalid>";

export const createSmtpMailer = (url: string, log: (line: string) => void): Mailer => {
	const transport = nodemailer.createTransport(url);
	let inFlight = 0;
	return (mail) => {
		if (inFlight >= MAX_IN_FLIGHT) return log(`smtp: ${MAX_IN_FLIGHT} mails still on their way; the mail to ${mail.to} is dropped`);
		inFlight++;
		transport
			.sendMail({ from: SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text })
			.catch((error: Error) => log(`smtp: the mail to ${mail.to} was not sent: ${error.message}`))
			.finally(() => inFlight--);
	};
};
