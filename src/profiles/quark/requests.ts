// The request DTOs: seed 003's bodies, with the DataAnnotations a careful implementer puts on them
// (README: the lengths are reference choices, sized as ASP.NET Identity sizes its columns).
import type { BodyShape, FieldRule } from "./validate.ts";

const EMAIL: FieldRule = { name: "email", kind: "string", required: true, email: true, maxLength: 256 };

/** A password being set: FACTS.md §D's rule and message; 128 characters at most, so that hashing stays bounded. */
const newPassword = (name: string, minLength: number): FieldRule => ({
	name,
	kind: "string",
	required: true,
	minLength: { length: minLength, message: `Password must be at least ${minLength} characters.` },
	maxLength: 128,
});

const text = (name: string, maxLength: number, required = true): FieldRule => ({ name, kind: "string", required, maxLength });

/** Tokens are short; the bound keeps a digest of a huge one from costing anything. */
const TOKEN_MAX_LENGTH = 4096;

export const registerRequest = (minLength: number): BodyShape => ({
	dto: "RegisterRequest",
	fields: [EMAIL, newPassword("password", minLength), text("firstName", 100), text("lastName", 100)],
});

/** Registration's password rule applies here too: FACTS.md §D's example error (Email and Password, no FirstName) reads as a login's (README). */
export const loginRequest = (minLength: number): BodyShape => ({ dto: "LoginRequest", fields: [EMAIL, newPassword("password", minLength)] });

export const REFRESH_REQUEST: BodyShape = { dto: "RefreshTokenRequest", fields: [text("refreshToken", TOKEN_MAX_LENGTH)] };

export const changePasswordRequest = (minLength: number): BodyShape => ({
	dto: "ChangePasswordRequest",
	fields: [text("currentPassword", 128), newPassword("newPassword", minLength)],
});

export const FORGOT_PASSWORD_REQUEST: BodyShape = {
	dto: "ForgotPasswordRequest",
	fields: [EMAIL, { name: "resetBaseUrl", kind: "string", required: true, url: true, maxLength: 2048 }],
};

export const resetPasswordRequest = (minLength: number): BodyShape => ({
	dto: "ResetPasswordRequest",
	fields: [text("token", TOKEN_MAX_LENGTH), newPassword("newPassword", minLength)],
});

export const ADDRESS_REQUEST: BodyShape = {
	dto: "AddressRequest",
	fields: [
		text("firstName", 100),
		text("lastName", 100),
		text("line1", 200),
		text("line2", 200, false),
		text("city", 100),
		text("postalCode", 20),
		{ name: "countryCode", kind: "string", required: true, minLength: { length: 2 }, maxLength: 2 },
		{ name: "isDefault", kind: "boolean" },
	],
};

/** Distinct products a basket may hold; more would only repeat the catalogue. */
const MAX_BASKET_LINES = 50;

export const BASKET_REQUEST: BodyShape = {
	dto: "BasketRequest",
	fields: [
		{
			name: "items",
			kind: "list",
			required: true,
			maxLength: MAX_BASKET_LINES,
			items: {
				dto: "BasketItemRequest",
				fields: [text("productId", 36), { name: "quantity", kind: "integer", required: true, range: { min: 1, max: 99 } }],
			},
		},
	],
};

export const PLACE_ORDER_REQUEST: BodyShape = { dto: "PlaceOrderRequest", fields: [text("basketId", 36), text("addressId", 36)] };

export const CONSENT_REQUEST: BodyShape = {
	dto: "ConsentRequest",
	fields: [text("documentId", 100), text("documentVersion", 50), { name: "accepted", kind: "boolean", required: true }],
};
