// The shapes medusa-v2's answers take, for the API document (src/openapi/): the three error shapes
// of errors.ts, the records of views.ts, and the answer sets many routes share. Each record's
// properties are optional because `fields=` may select any of them (views.ts selectFields), and
// closed, so that a field the reference adds without documenting it fails test/openapi/.
import { type TProperties, type TSchema, Type } from "@sinclair/typebox";
import type { Answer } from "../../openapi/operation.ts";
import { closed, Instant, nullable } from "../../openapi/schemas.ts";

const Text = Type.String();
const NullableText = nullable(Type.String());
const NullableInstant = nullable(Instant);
const Metadata = nullable(Type.Record(Type.String(), Type.Unknown()));

/** A record whose fields a `fields=` query may select: every one optional. */
const selectable = <P extends TProperties>(properties: P) => closed(properties, []);

// ---- errors (errors.ts) ----

/** The auth middleware's refusal: `{message}` (observed 05b–05j, 24, 25). */
export const MiddlewareError = closed({ message: Text });
/** A thrown MedusaError, and the body parser's refusals: `{type, message}` (observed 02, 04e, 08a, 18, 20). */
export const MedusaError = closed({ type: Text, message: Text });
/** A duplicate, and the unknown error: `{code, type, message}` (observed 03). */
export const CodedError = closed({ code: Text, type: Text, message: Text });

const answer = (description: string, schema: TSchema): Answer => ({ description, schema });

/** The body parser's refusals, on every route that reads a body (observed 04e, 08a, 18, 20). */
export const BODY_REFUSALS = {
	400: answer("The body is not JSON, or not the fields the route takes (`type: invalid_data`).", MedusaError),
	413: answer("The body is larger than the parser takes (`type: unknown_error`).", MedusaError),
	415: answer("The body's charset is not one the parser reads (`type: unknown_error`).", MedusaError),
} as const;

/** No session or token, or one that does not verify, is expired, or names another actor: all look alike (observed 05b–05j). */
export const UNAUTHORIZED = answer("No valid credentials for this actor: `{message: \"Unauthorized\"}`.", Type.Union([MiddlewareError, MedusaError]));

/** The publishable key check every /store route runs first (observed 05g, 05h, 10). */
export const STORE_KEY_REFUSAL = answer("The `x-publishable-api-key` header is missing or names no live key (`type: not_allowed`).", MedusaError);

/** A record the route does not find (reference choice: a JSON 404, `type: not_found`). */
export const NOT_FOUND = answer("No such record, or not the caller's.", MedusaError);

// ---- records (views.ts) ----

const addressProperties = {
	id: Text,
	address_name: NullableText,
	company: NullableText,
	customer_id: Text,
	first_name: NullableText,
	last_name: NullableText,
	address_1: NullableText,
	address_2: NullableText,
	city: NullableText,
	province: NullableText,
	postal_code: NullableText,
	country_code: NullableText,
	phone: NullableText,
	metadata: Metadata,
	is_default_shipping: Type.Boolean(),
	is_default_billing: Type.Boolean(),
	created_at: Instant,
	updated_at: Instant,
};

/** addressView: the address routes' record. */
export const Address = selectable(addressProperties);

/** customerView, with its addresses as the `*addresses` relation shows them. */
export const Customer = selectable({
	id: Text,
	email: Text,
	company_name: NullableText,
	first_name: NullableText,
	last_name: NullableText,
	phone: NullableText,
	metadata: Metadata,
	has_account: Type.Boolean(),
	deleted_at: Type.Null(),
	created_at: Instant,
	updated_at: Instant,
	addresses: Type.Array(selectable({ ...addressProperties, deleted_at: Type.Null() })),
});

const NullableRelation = Type.Null();
const EmptyList = Type.Array(Type.Unknown(), { maxItems: 0 });

const productProperties = {
	id: Text,
	title: Text,
	subtitle: Type.Null(),
	description: NullableText,
	handle: Text,
	is_giftcard: Type.Boolean(),
	discountable: Type.Boolean(),
	thumbnail: Type.Null(),
	collection_id: Type.Null(),
	type_id: Type.Null(),
	weight: Type.Null(),
	length: Type.Null(),
	height: Type.Null(),
	width: Type.Null(),
	hs_code: Type.Null(),
	origin_country: Type.Null(),
	mid_code: Type.Null(),
	material: Type.Null(),
	created_at: Instant,
	updated_at: Instant,
	type: NullableRelation,
	collection: NullableRelation,
	options: EmptyList,
	tags: EmptyList,
	images: EmptyList,
	variants: EmptyList,
};

/** storeProductView. */
export const StoreProduct = selectable(productProperties);

const SalesChannels = Type.Array(selectable({ id: Text, name: Text }));

/** adminProductView: the store's record with status, deletion, metadata and sales channels (observed 33). */
export const AdminProduct = selectable({
	...productProperties,
	status: Type.Literal("published"),
	external_id: Type.Null(),
	deleted_at: Type.Null(),
	metadata: Type.Null(),
	sales_channels: SalesChannels,
});

/** userView. */
export const User = selectable({
	id: Text,
	first_name: NullableText,
	last_name: NullableText,
	email: Text,
	avatar_url: NullableText,
	metadata: Metadata,
	created_at: Instant,
	updated_at: Instant,
	deleted_at: Type.Null(),
});

const apiKeyProperties = {
	id: Text,
	token: Text,
	redacted: Text,
	title: Text,
	type: Type.Union([Type.Literal("publishable"), Type.Literal("secret")]),
	last_used_at: Type.Null(),
	created_by: Text,
	revoked_by: NullableText,
	revoked_at: NullableInstant,
	created_at: Instant,
	updated_at: Instant,
};

/** createdApiKeyView: the key with its token in full, this once (observed 25, 26). */
export const CreatedApiKey = selectable({ ...apiKeyProperties, deleted_at: Type.Null() });

/** apiKeyView: a secret key's token is "" (observed 26). */
export const ApiKey = selectable({ ...apiKeyProperties, sales_channels: SalesChannels });

/** A page of a list: its items under `key`, with count, offset and limit (views.ts paginate). */
export const page = (key: string, item: TSchema) =>
	closed({ [key]: Type.Array(item), count: Type.Integer(), offset: Type.Integer(), limit: Type.Integer() });

/** `{key: record}`, how every single-record answer wraps it. */
export const one = (key: string, record: TSchema) => closed({ [key]: record });

/** `?fields=` (views.ts selectFields), on every route that answers records. */
export const FIELDS_QUERY = { fields: Type.Optional(Type.String({ description: "Comma-separated fields to answer, `-name` to leave one out, `relation.column` for a relation's column." })) };

/** `?limit=&offset=` (views.ts paginate). */
export const PAGE_QUERY = {
	limit: Type.Optional(Type.String({ description: "At most this many items (default 50)." })),
	offset: Type.Optional(Type.String({ description: "Items to skip (default 0)." })),
};

/** `{token}`: a login, a registration or a refresh (seed 002). */
export const TokenAnswer = closed({ token: Text });

/** An auth context as a session holds it: a token's claims (claims.ts), with its iat and exp. */
export const AuthContext = closed(
	{
		actor_id: Text,
		actor_type: Text,
		auth_identity_id: Text,
		auth_provider: Text,
		mfa_enabled: Type.Unknown(),
		mfa_challenge_completed_at: Type.Unknown(),
		app_metadata: Type.Record(Type.String(), Type.Unknown()),
		user_metadata: Type.Record(Type.String(), Type.Unknown()),
		iat: Type.Integer(),
		exp: Type.Integer(),
	},
	["actor_id", "actor_type", "auth_identity_id"],
);

/** `{success: true}`: a logout, a password update. */
export const Success = closed({ success: Type.Literal(true) });

// ---- who may call ----

/** Every /store route needs the key; the customer's routes a customer's token or session with it. */
export const KEY_ONLY = [["publishableKey"]] as const;
export const CUSTOMER = [
	["publishableKey", "bearer"],
	["publishableKey", "session"],
] as const;

/** The emailpass body: upstream's provider reads these two and ignores the rest (seed 002). */
export const Credentials = Type.Object({ email: Type.String(), password: Type.String() });
