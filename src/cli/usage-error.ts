/** A mistake in how a command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** A file or value the user gave that cannot be used (a fixtures file): one line saying where, exit code 2, no usage. */
export class InputError extends Error {}
