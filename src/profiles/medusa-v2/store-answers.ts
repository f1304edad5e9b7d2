// The answers of the /store routes, built as finished Responses with their CORS headers on them
// (http/cors.ts): these routes come before the profile's CORS hook (routes.ts), so Elysia hands the
// Response over as it is. /store/customers/me, the request a storefront repeats most, is answered
// from kept answers (http/kept-answers.ts).
import type { Customer } from "../../core/store.ts";
import { allows } from "../../http/cors.ts";
import { jsonAnswer, keptAnswers } from "../../http/kept-answers.ts";
import type { MedusaV2Runtime } from "./runtime.ts";
import { customerView } from "./views.ts";

/** The request's Origin when the /store CORS rules allow it, else null. */
export const storeOrigin = (rt: MedusaV2Runtime, request: Request): string | null => {
	const origin = request.headers.get("origin");
	return allows(rt.cors.store ?? [], origin) ? origin : null;
};

export const storeJson = (rt: MedusaV2Runtime, request: Request, body: unknown): Response =>
	jsonAnswer(JSON.stringify(body), storeOrigin(rt, request));

/** The /store/customers/me answer for `customer`: `{"customer": customerView(customer)}`. */
export const customerAnswers = (): ((customer: Customer, allowedOrigin: string | null) => Response) =>
	keptAnswers((customer: Customer) => JSON.stringify({ customer: customerView(customer) }));
