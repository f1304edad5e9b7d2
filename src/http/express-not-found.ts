// Express's answer to a request no route matched (finalhandler 1.3, which Medusa 2.21.2's Express
// 4 uses; observed 15, 21): 404 with a small HTML page naming the method and the path as sent, two
// protective headers, and nothing from the CORS middleware, which only runs for matched routes.
import encodeUrl from "encodeurl";
import escapeHtml from "escape-html";

/** The request target's path as the client sent it (dot segments and all), without the query. */
const pathAsSent = (request: Request): string => {
	const afterScheme = request.url.indexOf("//");
	const pathStart = request.url.indexOf("/", afterScheme < 0 ? 0 : afterScheme + 2);
	const target = pathStart < 0 ? "/" : request.url.slice(pathStart);
	const query = target.indexOf("?");
	return query < 0 ? target : target.slice(0, query);
};

export const expressNotFound = (request: Request): Response => {
	const message = escapeHtml(`Cannot ${request.method} ${encodeUrl(pathAsSent(request))}`);
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
