// A value that is either here already or on its way: the hot paths (a storefront's session, or a
// bearer token the server has verified before) finish without a promise, and so without a tick of
// the event loop per request; anything that must wait still can.

export type Ready<T> = T | Promise<T>;

/** `next(value)`, now if `value` is already here, else once it is. */
export const whenReady = <T, U>(value: Ready<T>, next: (value: T) => Ready<U>): Ready<U> =>
	value instanceof Promise ? value.then(next) : next(value);
