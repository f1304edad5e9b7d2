// GET /openapi.json and GET /openapi (issue 19, scope 3): the API document of the profile this
// server runs, and its page. Reference choice (each profile's README): served whatever the flags,
// since a storefront developer reads them while building; upstream answers these paths 404.
// Built on first request from the routes the profile registered, and kept: routes never change
// while a server runs.
import { type AnyElysia, Elysia } from "elysia";
import { packageInfo } from "../package-info.ts";
import type { Profile } from "../profiles/profile.ts";
import { pageResponse } from "../ui/page.ts";
import { type OpenApiDocument, openApiDocument, type RegisteredRoute } from "./document.ts";
import { renderDocument } from "./render.ts";

export const OPENAPI_JSON_PATH = "/openapi.json";
export const OPENAPI_PAGE_PATH = "/openapi";

export const openApiPlugin = (profile: Pick<Profile, "name" | "description">, served: readonly RegisteredRoute[]): AnyElysia => {
	let built: OpenApiDocument | undefined;
	const doc = (): OpenApiDocument => {
		built ??= openApiDocument(profile, served, { version: packageInfo().version });
		return built;
	};
	return new Elysia({ name: "openapi" })
		.get(OPENAPI_JSON_PATH, () => new Response(JSON.stringify(doc(), null, 2), { headers: { "content-type": "application/json; charset=utf-8" } }))
		.get(OPENAPI_PAGE_PATH, () => pageResponse(200, renderDocument(doc(), OPENAPI_JSON_PATH)));
};
