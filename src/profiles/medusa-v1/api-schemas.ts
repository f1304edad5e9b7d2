// What the medusa-v1 routes read and answer, for the API document (issue 19, scope 3; src/openapi/
// operation.ts): the bodies validate.ts checks, the error bodies errors.ts builds, and the views of
// views.ts and product-views.ts. Every object the profile builds whole is closed, so that a field
// added without being described here fails test/openapi/answers-match.test.ts.
import { type TProperties, Type } from "@sinclair/typebox";
import type { Answer, OperationObject } from "../../openapi/operation.ts";
import { closed, Instant, nullable } from "../../openapi/schemas.ts";
import type { SchemeName } from "../../openapi/security.ts";

/** A record never deleted: every v1 entity carries the three (views.ts `iso`). */
const DATES = { created_at: Instant, updated_at: Instant, deleted_at: Type.Null() };
/** A relation the reference keeps nothing of (addresses, orders, images, tags): always `[]`. */
const EMPTY = Type.Array(Type.Unknown(), { maxItems: 0, description: "Always empty: the reference keeps none." });

// ---- Who may call (src/openapi/security.ts). admin-auth.ts reads a session or a bearer only: the
// v1 admin API token (`x-medusa-access-token`) is not served, so `api_token` is always null.

/** The customer of the session cookie, else of a store JWT (`domain: "store"`); the session wins (facts 24, 31). */
export const CUSTOMER_CALLER: readonly (readonly SchemeName[])[] = [["session"], ["bearer"]];
/** The admin user of the session cookie, else of an admin JWT (`domain: "admin"`); customers' credentials are refused (facts 44–46). */
export const ADMIN_CALLER: readonly (readonly SchemeName[])[] = [["session"], ["bearer"]];
/** Optional: a live key linked to channels scopes the request to them; no key, or any other, is the default channel (fact 41, N12). */
export const OPTIONAL_KEY: readonly (readonly SchemeName[])[] = [[], ["publishableKey"]];
/** Anyone; a session, if sent, is the one logged out (fact 25). */
export const OPTIONAL_SESSION: readonly (readonly SchemeName[])[] = [[], ["session"]];

// ---- Request bodies, as validate.ts checks them: an unknown property is refused (`property x should not exist`).

/** validator.js's isEmail shape (validate.ts); looked up and stored lower-cased (facts 8, 17, 49). */
const EMAIL = Type.String({ description: "An e-mail (a local part, `@`, a dotted domain), compared lower-cased." });
const PASSWORD = Type.String({ minLength: 1, description: "Must not be empty (N10)." });

/** POST /store/auth, /store/auth/token, /admin/auth and /admin/auth/token (facts 15, 42–43). */
export const LOGIN_BODY = closed({
	email: EMAIL,
	password: Type.String({ minLength: 1, description: "Must not be empty; on the store routes a number passes validation and gets the 401 (fact 15)." }),
});

/** POST /store/customers (fact 10). */
export const REGISTRATION_BODY = closed({
	first_name: Type.Optional(Type.String()),
	last_name: Type.Optional(Type.String()),
	email: EMAIL,
	password: PASSWORD,
	phone: Type.Optional(Type.String()),
});

const CLEARABLE = Type.Optional(nullable(Type.String({ description: "null clears it." })));

/** POST /store/customers/me (fact 32): `billing_address` and `metadata` are not served yet (README). */
export const CUSTOMER_UPDATE_BODY = closed({
	first_name: CLEARABLE,
	last_name: CLEARABLE,
	password: Type.Optional(
		Type.String({ minLength: 1, description: "No current password is asked (fact 32); the customer's other sessions and JWTs end (N5)." }),
	),
	phone: CLEARABLE,
	email: Type.Optional(Type.String({ description: "Lower-cased as at registration (N11); another account's is the 422 (N9)." })),
});

/** POST /store/customers/password-token (fact 34). */
export const PASSWORD_TOKEN_BODY = closed({ email: EMAIL });

/** POST /store/customers/password-reset (fact 40). */
export const PASSWORD_RESET_BODY = closed({
	email: EMAIL,
	token: Type.String({ description: "The token of the `customer.password_reset` event." }),
	password: PASSWORD,
});

/** `limit` and `offset` as class-transformer's Number() reads them (list-page.ts; recorded 22). */
export const pageQuery = (defaultLimit: number) =>
	Type.Object({
		offset: Type.Optional(Type.Number({ minimum: 0, description: "Items to skip; 0 by default." })),
		limit: Type.Optional(Type.Number({ minimum: 0, description: `Items to a page, ${defaultLimit} by default; 0 is no limit.` })),
	});

// ---- Error bodies, as errors.ts builds them.

/** Every v1 400 of bad input: validation (class-validator's messages, joined by `, `), malformed JSON (N2), a bad path. */
export const INVALID_DATA = closed({ type: Type.Literal("invalid_data"), message: Type.String() });
const NOT_ALLOWED = closed({ type: Type.Literal("not_allowed"), message: Type.String() });
export const NOT_FOUND = closed({ type: Type.Literal("not_found"), message: Type.String() });
/** The message in a list, as upstream's validator answers (recorded 20). */
const PRODUCT_OUTSIDE_KEY = closed({
	errors: Type.Array(Type.String()),
	message: Type.Literal("Provided request body contains errors. Please check the data and retry the request"),
});
const DUPLICATE = closed({
	code: Type.Literal("invalid_request_error"),
	type: Type.Literal("duplicate_error"),
	message: Type.Literal("A customer with the given email already has an account. Log in instead"),
});
const RESET_TOKEN_INVALID = closed({ type: Type.Literal("unauthorized"), message: Type.Literal("Invalid or expired password reset token") });

const UNAUTHORIZED_TEXT = Type.Literal("Unauthorized");
const BAD_REQUEST_TEXT = Type.Literal("Bad Request");
export const OK_TEXT = Type.Literal("OK");

/**
 * The auth middleware's 401 has a body and no Content-Type at all (fact 2b): a client may take such a
 * body as application/octet-stream (RFC 9110 §8.3), as the document declares it.
 */
const NO_CONTENT_TYPE = "application/octet-stream";

// ---- Views (views.ts, product-views.ts).

const PLAIN_CUSTOMER_FIELDS = {
	id: Type.String(),
	...DATES,
	email: Type.String(),
	first_name: nullable(Type.String()),
	last_name: nullable(Type.String()),
	billing_address_id: Type.Null(),
	phone: nullable(Type.String()),
	has_account: Type.Boolean(),
	metadata: Type.Null(),
};

/** Without relations: a password reset (fact 38) and GET /admin/customers (recorded 19). */
const PLAIN_CUSTOMER = closed(PLAIN_CUSTOMER_FIELDS);
/** Registration and /store/customers/me (facts 7, 28). */
const CUSTOMER = closed({ ...PLAIN_CUSTOMER_FIELDS, billing_address: Type.Null(), shipping_addresses: EMPTY });
/** POST and GET /store/auth (fact 18). */
const SESSION_CUSTOMER = closed({ ...PLAIN_CUSTOMER_FIELDS, orders: EMPTY, shipping_addresses: EMPTY });

export const PLAIN_CUSTOMER_BODY = closed({ customer: PLAIN_CUSTOMER });
export const CUSTOMER_BODY = closed({ customer: CUSTOMER });
export const SESSION_CUSTOMER_BODY = closed({ customer: SESSION_CUSTOMER });

/** An admin user (fact 42): every fixture user is a `member`, upstream's default. */
export const USER_BODY = closed({
	user: closed({
		id: Type.String(),
		...DATES,
		role: Type.Union([Type.Literal("admin"), Type.Literal("member"), Type.Literal("developer")]),
		email: Type.String(),
		first_name: nullable(Type.String()),
		last_name: nullable(Type.String()),
		api_token: Type.Null(),
		metadata: Type.Null(),
	}),
});

/** A JWT login's answer: HS256, store 30 days (fact 13), admin 24 hours (fact 43). */
export const ACCESS_TOKEN_BODY = closed({ access_token: Type.String() });
export const EXISTS_BODY = closed({ exists: Type.Boolean() });

/** Fields the fixtures do not give, which upstream writes as null. */
const CUSTOMS = { hs_code: Type.Null(), origin_country: Type.Null(), mid_code: Type.Null(), material: Type.Null() };
const DIMENSIONS = { weight: Type.Null(), length: Type.Null(), height: Type.Null(), width: Type.Null() };

const SALES_CHANNEL = closed({
	id: Type.String(),
	...DATES,
	name: Type.String(),
	description: nullable(Type.String()),
	is_disabled: Type.Boolean(),
	metadata: Type.Null(),
});
const SHIPPING_PROFILE = closed({ id: Type.String(), ...DATES, name: Type.String(), type: Type.Literal("default"), metadata: Type.Null() });
const OPTION_VALUE = closed({
	id: Type.String(),
	...DATES,
	value: Type.String(),
	option_id: Type.String(),
	variant_id: Type.String(),
	metadata: Type.Null(),
});
const PRICE = closed({
	id: Type.String(),
	...DATES,
	currency_code: Type.String(),
	amount: Type.Integer(),
	min_quantity: Type.Null(),
	max_quantity: Type.Null(),
	price_list_id: Type.Null(),
	region_id: Type.Null(),
	price_list: Type.Null(),
	variant_id: Type.String(),
});
/** Computed only for a region, a currency or a cart, which the reference does not take: always null. */
const COMPUTED_PRICES = {
	original_price: Type.Null(),
	calculated_price: Type.Null(),
	original_price_incl_tax: Type.Null(),
	calculated_price_incl_tax: Type.Null(),
	original_tax: Type.Null(),
	calculated_tax: Type.Null(),
	tax_rates: Type.Null(),
};
const VARIANT = closed({
	id: Type.String(),
	...DATES,
	title: Type.String(),
	product_id: Type.String(),
	sku: Type.Null(),
	barcode: Type.Null(),
	ean: Type.Null(),
	upc: Type.Null(),
	variant_rank: Type.Integer({ minimum: 0 }),
	inventory_quantity: Type.Integer(),
	allow_backorder: Type.Boolean(),
	manage_inventory: Type.Boolean(),
	...CUSTOMS,
	...DIMENSIONS,
	metadata: Type.Null(),
	options: Type.Array(OPTION_VALUE),
	prices: Type.Array(PRICE),
	...COMPUTED_PRICES,
});
const OPTION = closed({
	id: Type.String(),
	...DATES,
	title: Type.String(),
	product_id: Type.String(),
	metadata: Type.Null(),
	values: Type.Array(OPTION_VALUE),
});

const PRODUCT_FIELDS = {
	id: Type.String(),
	...DATES,
	title: Type.String(),
	subtitle: Type.Null(),
	description: nullable(Type.String()),
	handle: Type.String(),
	is_giftcard: Type.Boolean(),
	status: Type.Union([Type.Literal("draft"), Type.Literal("proposed"), Type.Literal("published"), Type.Literal("rejected")]),
	thumbnail: Type.Null(),
	...DIMENSIONS,
	...CUSTOMS,
	type_id: Type.Null(),
	discountable: Type.Boolean(),
	external_id: Type.Null(),
	metadata: Type.Null(),
	collection: Type.Null(),
	collection_id: Type.Null(),
	images: EMPTY,
	options: Type.Array(OPTION),
	profiles: Type.Array(SHIPPING_PROFILE),
	profile_id: Type.String(),
	tags: EMPTY,
	type: Type.Null(),
	variants: Type.Array(VARIANT),
};

/** `{<items>, count, offset, limit}`, upstream's list body; offset and limit echo the query as read (list-page.ts). */
const listOf = <T extends TProperties>(items: T) =>
	closed({ ...items, count: Type.Integer({ minimum: 0 }), offset: Type.Number({ minimum: 0 }), limit: Type.Number({ minimum: 0 }) });

/** The store's list: `sales_channels` (every channel of the product) only when a live key set the scope (recorded 21). */
export const STORE_PRODUCTS_BODY = listOf({
	products: Type.Array(closed({ ...PRODUCT_FIELDS, sales_channels: Type.Optional(Type.Array(SALES_CHANNEL)) })),
});
/** One product: never `sales_channels`, even with a key (recorded 20). */
export const STORE_PRODUCT_BODY = closed({ product: closed(PRODUCT_FIELDS) });
/** The admin's list adds the `profile` object and always has `sales_channels` (transcript 14e). */
export const ADMIN_PRODUCTS_BODY = listOf({
	products: Type.Array(closed({ ...PRODUCT_FIELDS, profile: SHIPPING_PROFILE, sales_channels: Type.Array(SALES_CHANNEL) })),
});
export const ADMIN_CUSTOMERS_BODY = listOf({ customers: Type.Array(PLAIN_CUSTOMER) });

// ---- Answers shared by several routes.

/** connect.sid of a login or a registration. */
export const SESSION_COOKIE = {
	"set-cookie": "connect.sid: a new session id every login (N3), HttpOnly, 10 hours (fact 18); Secure and SameSite=Lax over https (N14).",
};
/** What a log-out sends back, when the request had a session (N15, fact 26). */
export const LOGOUT_COOKIE = {
	"set-cookie":
		"With a session only: an expired connect.sid when it held only this login (N15), or a new session id when it also holds the other login (fact 26).",
};

/** What a route that reads a JSON body refuses before and while checking it. */
export const BODY_REFUSALS = {
	400: {
		description: "Invalid data: malformed JSON (N2: JSON here, not upstream's HTML page), a body that is not an object, or fields that fail validation.",
		schema: INVALID_DATA,
	},
	413: { description: "The body is over body-parser's 100 kB limit.", schema: INVALID_DATA },
} satisfies Record<number, Answer>;

/** A route that reads no field still has its JSON body parsed (as upstream's parser runs on every route). */
export const PARSE_REFUSALS = {
	400: { description: "Malformed JSON in an `application/json` body (N2); the body is otherwise ignored.", schema: INVALID_DATA },
	413: BODY_REFUSALS[413],
} satisfies Record<number, Answer>;

/** The login routes' 401: the same bytes for a wrong password and an unknown e-mail (facts 2a, 14). */
export const LOGIN_UNAUTHORIZED = {
	401: { description: "Wrong password or unknown e-mail, alike (text/plain `Unauthorized`).", contentType: "text/plain", schema: UNAUTHORIZED_TEXT },
} satisfies Record<number, Answer>;

/** The auth middleware's 401 (fact 2b): no, expired, tampered or foreign credentials. */
export const MIDDLEWARE_UNAUTHORIZED = {
	401: {
		description: "No credentials the route accepts: `Unauthorized` with no Content-Type (the auth middleware's 401, fact 2b).",
		contentType: NO_CONTENT_TYPE,
		schema: UNAUTHORIZED_TEXT,
	},
} satisfies Record<number, Answer>;

/** An admin JWT that verifies but names no user: upstream's text 400 (fact 44). */
export const ADMIN_OF_NO_USER: Answer = {
	description: "An admin JWT whose user does not exist: upstream's text/plain `Bad Request` (fact 44).",
	contentType: "text/plain",
	schema: BAD_REQUEST_TEXT,
};

/** `answer` (a JSON 400 for bad input) or, on an admin route, ADMIN_OF_NO_USER's text 400 (fact 44). */
export const orAdminOfNoUser = (answer: Answer): Answer => ({
	...answer,
	description: `${answer.description} Or: ${ADMIN_OF_NO_USER.description}`,
	otherContent: { "text/plain": BAD_REQUEST_TEXT },
});

export const INVALID_PAGE: Answer = {
	description: "`limit` or `offset` not a number, repeated, or negative (recorded 22; a 4xx where upstream 500s on a negative).",
	schema: INVALID_DATA,
};

/** POST /store/customers and /store/customers/me: an e-mail with an account, in any letter case (fact 9, N9). */
export const DUPLICATE_EMAIL: Answer = { description: "The e-mail has an account already (any letter case).", schema: DUPLICATE };

/** Registration's 400: the body's, or a store that holds no more accounts (`not_allowed`). */
export const REGISTRATION_REFUSED: Answer = {
	description: `${BODY_REFUSALS[400].description} Or \`not_allowed\`: the reference server holds no more accounts.`,
	schema: Type.Union([INVALID_DATA, NOT_ALLOWED]),
};
export const RESET_REFUSED: Answer = {
	description: "Any bad token: expired, garbage, another customer's, or used already (N1: upstream 500s when the e-mail has an account).",
	schema: RESET_TOKEN_INVALID,
};
/** GET /store/products/{id}'s 400: a product outside the live key's channels (recorded 20), or a bad path. */
export const PRODUCT_REFUSED: Answer = {
	description: "A product of none of the live key's channels (upstream's `{errors, message}`), or an id that is not valid percent-encoding.",
	schema: Type.Union([PRODUCT_OUTSIDE_KEY, INVALID_DATA]),
};
