// A parsed request body's fields: an object's own (an array's indexes too, as before), none for
// anything else (a string, a number, null, no body), so a route reads `fieldsOf(body).email` without
// first checking what the client sent.
export const fieldsOf = (body: unknown): Readonly<Record<string, unknown>> =>
	typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
