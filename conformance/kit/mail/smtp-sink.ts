// --smtp-sink [host:]port: the kit listens for SMTP where the target's mailer sends (a real SMTP
// server, the smtp-server library; mailparser decodes what arrives), and takes the reset token
// from each mail with a pattern (--mail-token-pattern): by default the value of a `token=` query
// parameter, where reset links commonly carry it. Each mail is an event about
// each envelope recipient, its data the token, the link that carries it, the subject and the text.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { type MailEvent, type MailSource, tokenEvent } from "./source.ts";

/** The default --mail-token-pattern: a `token` query parameter (`…/reset-password?token=eyJ…&email=…`). */
export const DEFAULT_TOKEN_PATTERN = String.raw`[?&]token=([^&\s"'<>]+)`;

/** Mails kept, newest last: enough for any run, bounded whatever the target sends. */
const MAX_MAILS = 10_000;
/** Largest mail accepted; a reset mail is a few kilobytes. */
const MAX_MAIL_BYTES = 1_000_000;

export class SmtpSinkError extends Error {}

export interface SmtpSinkOptions {
	host: string;
	port: number;
	/** A regular expression whose first group (or whole match) is the token. */
	tokenPattern: RegExp;
}

/** The token a mail's text carries, URL-decoded, and the link it sits in. */
export const tokenInMail = (text: string, pattern: RegExp): { token: string; link?: string } | undefined => {
	const match = new RegExp(pattern.source, pattern.flags.replace("g", "")).exec(text);
	if (!match) return undefined;
	const raw = match[1] ?? match[0];
	let token = raw;
	try {
		token = decodeURIComponent(raw);
	} catch {
		// not URL-encoded after all: keep it as it stands
	}
	const link = text.match(/https?:\/\/[^\s"'<>]+/g)?.find((url) => url.includes(raw));
	return { token, link };
};

export interface SmtpSink extends MailSource {
	/** Where it listens, as host:port. */
	readonly address: string;
}

export const startSmtpSink = async (options: SmtpSinkOptions): Promise<SmtpSink> => {
	const mails: MailEvent[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ["STARTTLS", "AUTH"],
		size: MAX_MAIL_BYTES,
		logger: false,
		onData(stream, session, done) {
			simpleParser(stream).then(
				(mail) => {
					if ((stream as { sizeExceeded?: boolean }).sizeExceeded) return done(new Error("message too large"));
					const text = [mail.text ?? "", typeof mail.html === "string" ? mail.html : ""].join("\n");
					const found = tokenInMail(text, options.tokenPattern);
					for (const recipient of session.envelope.rcptTo) {
						const { token, link } = found ?? {};
						mails.push(tokenEvent(recipient.address, { ...(token ? { token } : {}), ...(link ? { link } : {}), subject: mail.subject ?? "", text: mail.text ?? "" }));
					}
					if (mails.length > MAX_MAILS) mails.splice(0, mails.length - MAX_MAILS);
					done();
				},
				(error: Error) => done(error),
			);
		},
	});
	await new Promise<void>((resolve, reject) => {
		const failed = (error: NodeJS.ErrnoException): void =>
			reject(new SmtpSinkError(`--smtp-sink cannot listen on ${options.host}:${options.port}: ${error.code === "EADDRINUSE" ? "the port is in use" : error.message}`));
		server.once("error", failed);
		server.listen(options.port, options.host, () => {
			server.off("error", failed);
			// A client that drops its connection is no concern of the run's.
			server.on("error", () => undefined);
			resolve();
		});
	});
	const bound = server.server.address();
	const port = typeof bound === "object" && bound !== null ? bound.port : options.port;
	return {
		address: `${options.host}:${port}`,
		describe: `the SMTP sink on ${options.host}:${port}`,
		read: async (filter) => mails.filter((mail) => mail.data.entity_id === filter.to),
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
};
