// The one error every fixtures reader throws, in its own module so that the checks the readers share
// (fixture-references.ts) and the readers (fixtures.ts, each profile's) can all throw it.

/**
 * A fixtures file that cannot be read, or a mistake in it: the message starts with the field's path
 * (`customers[1].email: …`) or the file's, and says what was expected there.
 */
export class FixturesError extends Error {
	override readonly name = "FixturesError";
}
