// Responses with the exact Content-Type upstream sends (Express: `application/json; charset=utf-8`,
// with a space; Elysia's own default has none).

export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";
export const TEXT_CONTENT_TYPE = "text/plain; charset=utf-8";

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
	new Response(JSON.stringify(body), { status, headers: { "content-type": JSON_CONTENT_TYPE, ...headers } });

export const textResponse = (status: number, text: string): Response =>
	new Response(text, { status, headers: { "content-type": TEXT_CONTENT_TYPE } });
