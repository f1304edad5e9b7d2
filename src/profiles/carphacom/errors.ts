// The code carphacom adds to medusa-v2's, and its answer: a valid admin whose role lacks the
// permission gets Medusa's RBAC answer (seed 000's error table: "403 Forbidden | Token valid but
// lacks permission for this resource"; the shape from FACTS.md §A.2, newer versions).
import { errorsOf, type GatecheckError } from "../../core/errors.ts";
import type { ErrorTable } from "../../http/error-table.ts";
import { MEDUSA_V2_ERRORS, type MedusaV2ErrorCode, medusaErrorBody } from "../medusa-v2/errors.ts";

export type CarphacomErrorCode = MedusaV2ErrorCode | "ERR_FORBIDDEN";

export const carphacomError = errorsOf<CarphacomErrorCode>();

export const CARPHACOM_ERRORS: ErrorTable<CarphacomErrorCode> = {
	...MEDUSA_V2_ERRORS,
	ERR_FORBIDDEN: (error: GatecheckError) => medusaErrorBody(403, "forbidden", error.message),
};
