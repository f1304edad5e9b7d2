// Express's answer to a request no route matched (finalhandler 1.3, which Medusa 2.21.2's Express
// 4 uses; observed 15, 21): 404 with a small HTML page naming the method and the path, two
// protective headers, and nothing from the CORS middleware, which only runs for matched routes.
// The path is the runtime's: Bun and Deno resolve dot segments before a handler sees the request.
import encodeUrl from "encodeurl";
import escapeHtml from "escape-html";

export const expressNotFound = (request: Request): Response => {
	const message = escapeHtml(`Cannot ${request.method} ${encodeUrl(new URL(request.url).pathname)}`);
	const page = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${message}</pre>\n</body>\n</html>\n`;
	return new Response(page, {
		status: 404,
		headers: {
			"content-security-policy": "default-src 'none'",
			"x-content-type-options": "nosniff",
			"content-type": "text/html; charset=utf-8",
		},
	});
};
