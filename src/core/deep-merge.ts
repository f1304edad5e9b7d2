// A value with some of its fields replaced, however deep: how a defect overrides a few values of a
// profile's policy (src/profiles/profile.ts) and leaves the rest as the reference has them.

/** Any of `T`'s fields, and any of theirs; functions and arrays are replaced whole. */
export type DeepPartial<T> = {
	[K in keyof T]?: T[K] extends (...args: never[]) => unknown
		? T[K]
		: T[K] extends readonly unknown[]
			? T[K]
			: T[K] extends object
				? DeepPartial<T[K]>
				: T[K];
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A copy of `base` with every field `patch` gives replaced (plain objects merged field by field); neither is changed. */
export const deepMerge = <T>(base: T, patch: DeepPartial<T>): T => {
	if (!isPlainObject(base) || !isPlainObject(patch)) return base;
	const merged: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(patch)) {
		if (value === undefined) continue;
		const current = merged[key];
		merged[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
	}
	return merged as T;
};
