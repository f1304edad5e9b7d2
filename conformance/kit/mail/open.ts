// The mail source a run's flags ask for (--reset-log, --reset-token-command, --smtp-sink), opened
// before the checks and closed after them. Without one, a control API with an outbox is the source
// (runner.ts).
import { resetLogSource } from "./reset-log.ts";
import { type SmtpSinkOptions, startSmtpSink } from "./smtp-sink.ts";
import type { MailSource } from "./source.ts";
import { tokenCommandSource } from "./token-command.ts";

export type MailSourceOptions =
	| { kind: "reset-log"; file: string }
	| { kind: "token-command"; command: string }
	| ({ kind: "smtp-sink" } & SmtpSinkOptions);

export const openMailSource = (options: MailSourceOptions): Promise<MailSource> => {
	switch (options.kind) {
		case "reset-log":
			return Promise.resolve(resetLogSource(options.file));
		case "token-command":
			return Promise.resolve(tokenCommandSource(options.command));
		case "smtp-sink":
			return startSmtpSink(options);
	}
};
