// What quark's routes read and answer, for the API document (issue 19, scope 3; src/openapi/operation.ts).
// The views are views.ts's (System.Text.Json's web shape), the errors errors.ts's and rate-limits.ts's,
// the bodies requests.ts's DTOs read as validate.ts binds them. Closed objects wherever the reference
// builds the whole body, so that a field added without being described here fails
// test/openapi/answers-match.test.ts.
import { type TObject, type TSchema, Type } from "@sinclair/typebox";
import { type Answer, type OperationObject, type OperationSpec, operation } from "../../openapi/operation.ts";
import { closed, Instant, nullable } from "../../openapi/schemas.ts";
import type { BodyShape, FieldRule } from "./validate.ts";

// ---- Errors (errors.ts, rate-limits.ts) ----

/** Every error but validation and the 429: `{"message":…}` (FACTS.md §D). */
export const MESSAGE = closed({ message: Type.String() });

/** [ApiController]'s automatic 400, ValidationProblemDetails without the per-request traceId (errors.ts `validationProblem`). */
export const VALIDATION_PROBLEM = closed(
	{
		type: Type.Literal("https://tools.ietf.org/html/rfc9110#section-15.5.1"),
		title: Type.Literal("One or more validation errors occurred."),
		status: Type.Literal(400),
		errors: Type.Record(Type.String(), Type.Array(Type.String(), { minItems: 1 }), {
			description: "Property (`Email`, `Items[0].Quantity`) or JSON path (`$.email`, `$`) → its .NET messages (FACTS.md §D).",
		}),
	},
);

/** FACTS.md §D's 429 body, on every window (rate-limits.ts `tooManyRequests`). */
const RATE_LIMIT_BODY = closed({ status: Type.Literal(429), message: Type.String(), retryAfter: Type.Literal(60) });

const PROBLEM_JSON = "application/problem+json";

/** A `{"message":…}` answer. */
export const message = (description: string): Answer => ({ description, schema: MESSAGE });

/**
 * Every route under /api: the global policy counts every request there before routing, and the
 * burst (every /api/auth route) and search policies after it (FACTS.md §D; rate-limits.ts).
 */
export const RATE_LIMITED = {
	429: {
		description: "Over a rate limit (100 a minute globally, 60 a minute for the search, 20 in 10 s on /api/auth): FACTS.md §D's body.",
		schema: RATE_LIMIT_BODY,
		headers: { "retry-after": "60, whatever the window (FACTS.md §D)." },
	},
} as const satisfies Record<number, Answer>;

/** ValidationProblemDetails, as application/problem+json. */
export const invalid = (description: string): Answer => ({ description, schema: VALIDATION_PROBLEM, contentType: PROBLEM_JSON });

/**
 * What a route that reads a JSON body refuses before binding it, and the binding's own 400 (request-body.ts,
 * validate.ts); a protected route says these only after its 401/403, as ASP.NET authorizes first.
 */
export const BODY_REFUSALS = {
	400: invalid("The body failed binding or validation (`$` for malformed JSON or a body that is no object), as ASP.NET's [ApiController] answers."),
	413: message('A body over 100 KB: `{"message":"Request body too large."}`.'),
	415: message('A Content-Type other than `application/json`, or none: `{"message":"Unsupported media type: send application/json."}`.'),
} as const satisfies Record<number, Answer>;

/**
 * BODY_REFUSALS with a 400 that may also be the route's own `{"message":…}` (application/json), as
 * `about` says, beside the ValidationProblemDetails (application/problem+json) of a body that fails validation.
 */
export const bodyRefusalsOrMessage400 = (about: string) =>
	({
		...BODY_REFUSALS,
		400: {
			...BODY_REFUSALS[400],
			description: `${BODY_REFUSALS[400].description} As application/json: ${about}`,
			otherContent: { "application/json": MESSAGE },
		},
	}) as const satisfies Record<number, Answer>;

/** RFC 6750 §3's 401 of a route that needs a bearer token (errors.ts). */
export const UNAUTHORIZED = {
	401: {
		description: 'No bearer token, or one that does not verify or names no active account (seed 003): `{"message":"Unauthorized"}`.',
		schema: MESSAGE,
		headers: { "www-authenticate": '`Bearer` without a token (or with another scheme), `Bearer error="invalid_token"` for a bad one.' },
	},
} as const satisfies Record<number, Answer>;

/** The 401 and 403 of a route for a Customer's token only (`[Authorize(Roles = "Customer")]`, seed 003). */
export const CUSTOMER_ONLY = {
	...UNAUTHORIZED,
	403: message('A valid token without the Customer role (seed 003): `{"message":"Forbidden"}`.'),
} as const satisfies Record<number, Answer>;

/**
 * The 404 of a route with a GUID in its path: its own (`own`), and that of an id that is no GUID,
 * which ASP.NET's `{id:guid}` constraint matches to no route (path-ids.ts).
 */
export const notFoundOr = (own: string) => ({ 404: message(`${own}; \`{"message":"Not Found"}\` for an id that is no GUID.`) }) as const;

/** An access token, in `Authorization: Bearer`; CUSTOMER_ONLY's 403 says when it needs the Customer role. */
export const BEARER: OperationSpec["security"] = [["bearer"]];

/** A bearer token when the caller sends one (a bad one is the 401); none is needed. */
export const OPTIONAL_BEARER: OperationSpec["security"] = [[], ["bearer"]];

// ---- Views (views.ts) ----

/** Guid.ToString(): every id here is one (fixtures.ts, crypto.randomUUID, path-ids.ts). */
const GUID = Type.String({ pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" });

/** A .NET `decimal` of dollars, as catalogue.ts `decimal` writes it (19.99, 12). */
const DECIMAL = Type.Number({ minimum: 0 });

/** The store's one currency (catalogue.ts). */
const CURRENCY = Type.Literal("USD");

/** Seed 003's login `user`; the names are null only for a fixture account given none. */
export const USER = closed({
	id: GUID,
	email: Type.String(),
	firstName: nullable(Type.String()),
	lastName: nullable(Type.String()),
	roles: Type.Array(Type.String()),
});

/** Seed 003's login answer; the refresh answers the same (tokens-answer.ts). */
export const TOKENS = closed(
	{
		accessToken: Type.String({ description: "An HS256 JWT for 60 minutes (iss HeadlessEcommerceApi, aud HeadlessEcommerceClient)." }),
		refreshToken: Type.String({ description: "Opaque: 32 random bytes in base64url, for POST /api/auth/refresh." }),
		user: USER,
	},
);

const CATEGORY = closed({ id: GUID, name: Type.String(), slug: Type.String() });

export const CATEGORIES = Type.Array(CATEGORY);

export const PRODUCT = closed({
	id: GUID,
	name: Type.String(),
	slug: Type.String(),
	description: nullable(Type.String()),
	price: DECIMAL,
	currency: CURRENCY,
	categoryId: GUID,
});

export const PRODUCTS = Type.Array(PRODUCT);

export const ADDRESS = closed(
	{
		id: GUID,
		firstName: Type.String(),
		lastName: Type.String(),
		line1: Type.String(),
		line2: nullable(Type.String()),
		city: Type.String(),
		postalCode: Type.String(),
		countryCode: Type.String(),
		isDefault: Type.Boolean(),
	},
);

export const ADDRESSES = Type.Array(ADDRESS);

/** An order's or a basket's line, at the catalogue's price (views.ts `itemsView`). */
const LINE = closed({ productId: GUID, productName: Type.String(), quantity: Type.Integer({ minimum: 1 }), unitPrice: DECIMAL, lineTotal: DECIMAL });

export const ORDER = closed(
	{
		id: GUID,
		orderNumber: Type.String(),
		status: Type.String(),
		placedAt: Instant,
		currency: CURRENCY,
		total: DECIMAL,
		items: Type.Array(LINE),
		shippingAddress: nullable(ADDRESS),
	},
);

export const ORDERS = Type.Array(ORDER);

/** `id` null for an account that has linked no basket (GET /api/storefront/basket/user). */
export const BASKET = closed({ id: nullable(GUID), currency: CURRENCY, total: DECIMAL, items: Type.Array(LINE) });

const CONSENT = closed({ documentId: Type.String(), documentVersion: Type.String(), accepted: Type.Boolean(), recordedAt: Instant });

/** Everything kept about the caller (gdpr.routes.ts). */
export const GDPR_EXPORT = closed({ user: USER, addresses: ADDRESSES, orders: ORDERS, consents: Type.Array(CONSENT) });

// ---- Requests (requests.ts, validate.ts) ----

/** [Url]: an absolute http, https or ftp address, by its scheme alone, in any letter case. */
const URL_PATTERN = "^(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP])://";

/** A DTO property's JSON: its kind and DataAnnotations; a required string must not be blank. */
const propertySchema = (rule: FieldRule): TSchema => {
	switch (rule.kind) {
		case "string": {
			const pattern = rule.url ? URL_PATTERN : rule.required ? "\\S" : undefined;
			return Type.String({
				...(rule.minLength && { minLength: rule.minLength.length }),
				...(rule.maxLength !== undefined && { maxLength: rule.maxLength }),
				...(pattern && { pattern }),
				...(rule.email && { description: "An e-mail address ([EmailAddress]: one @, neither first nor last)." }),
			});
		}
		case "boolean":
			return Type.Boolean();
		case "integer":
			return Type.Integer(rule.range ? { minimum: rule.range.min, maximum: rule.range.max } : {});
		case "list":
			return Type.Array(rule.items ? bodyOf(rule.items) : Type.Unknown(), rule.maxLength !== undefined ? { maxItems: rule.maxLength } : {});
	}
};

/**
 * The JSON body of a request DTO, from the same rules validate.ts applies, so the two cannot part.
 * Optional properties may be null; unknown ones are ignored.
 */
export const bodyOf = (shape: BodyShape): TObject =>
	Type.Object(
		Object.fromEntries(shape.fields.map((rule) => [rule.name, rule.required ? propertySchema(rule) : Type.Optional(nullable(propertySchema(rule)))])),
		{
			title: shape.dto,
			description:
				"Bound as System.Text.Json's web defaults bind it: property names in any letter case, unknown properties ignored, integers also from numeric strings.",
		},
	);

/** GET /api/storefront/products/search's `[FromQuery, Required, MaxLength] string q`. */
export const searchParameters = (maxLength: number): TObject =>
	Type.Object({
		q: Type.String({ maxLength, pattern: "\\S", description: "Matched in names and descriptions, in any letter case; the first value counts." }),
	});

/** GET /api/storefront/products's optional category filter. */
export const PRODUCT_FILTER = Type.Object({ categoryId: Type.Optional(Type.String({ description: "A category's id, in any letter case." })) });

// ---- Protected prefixes (protected-prefix.ts) and /health (health.ts) ----

// The catch-all under a prefix seed 003 protects whole (protected-prefix.ts): it answers 401/403
// before the not-found, so unlike an unserved path it is in the document.
export const protectedPrefixOperation = (prefix: string, tag: string): { detail: OperationObject } =>
	operation({
		summary: `Any other path under ${prefix}/`,
		description:
			`\`*\` is any rest of the path, by any method, that no route above serves. Seed 003 protects the whole prefix, so a Customer's token ` +
			"comes before anything else is said (reference choice: a client probing the prefix learns nothing without one); with one, the not-found.",
		tags: [tag],
		security: BEARER,
		answers: { ...CUSTOMER_ONLY, 404: message('With a Customer\'s token: `{"message":"Not Found"}`, as any path no route has.'), ...RATE_LIMITED },
	});

/** HealthCheckResponseWriters.WriteMinimalPlaintext: the status's name, as text/plain. */
export const HEALTHY = Type.Literal("Healthy");
