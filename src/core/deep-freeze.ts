// Freezing JSON data all the way down: what the server hands to many requests at once (a verified
// token's claims, a session's shared app_metadata) must not be changed by any one of them.

/** `value` with every object in it frozen, itself included; objects already frozen are left as they are. */
export const deepFreeze = <T>(value: T): T => {
	if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
		for (const child of Object.values(value)) deepFreeze(child);
		Object.freeze(value);
	}
	return value;
};
