// A route handler that Elysia calls without awaiting it. Elysia 1.4 guesses from a handler's source
// whether it may return a promise (any `return f(` or `=> f(` counts: `isAsync` in its compose.mjs)
// and then awaits every answer, a promise and a tick per request even when the answer is already
// here. A bound function shows no source, so the route is composed synchronously. The route must
// have no parse hook either (a profile's routes put such routes before their parse hook).
//
// Elysia's onError is then out of reach of a promise the handler returns, so a failed one is
// answered by `answerRejection` instead, with the context Elysia gave the handler.
import type { Ready } from "../core/when-ready.ts";

export const syncRoute = <Context>(
	handler: (context: Context) => Ready<Response>,
	answerRejection: (context: Context, error: unknown) => Response,
): ((context: Context) => Ready<Response>) =>
	((context: Context): Ready<Response> => {
		const answer = handler(context);
		return answer instanceof Promise ? answer.catch((error: unknown) => answerRejection(context, error)) : answer;
	}).bind(undefined);
