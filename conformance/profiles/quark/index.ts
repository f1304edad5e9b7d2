// The quark kit profile: its checks (conformance/checks/quark/), references, and what only it needs
// from a run (a user without the Customer role, an allowed resetBaseUrl).
import type { KitProfile } from "../../kit/profile.ts";
import { QUARK_CAPABILITIES } from "./capabilities.ts";
import { QUARK_REFS } from "./refs.ts";
import { QUARK_TARGET_FIELDS } from "./target.ts";

export default {
	name: "quark",
	catalogues: ["quark"],
	refs: QUARK_REFS,
	// Anyone may register (seed 003: POST /api/auth/register).
	baseCapabilities: ["customer-registration"],
	capabilities: QUARK_CAPABILITIES,
	targetFields: QUARK_TARGET_FIELDS,
	// Seed 003: "401 Unauthorized: Missing or invalid token" on the storefront's protected routes.
	fingerprint: { method: "GET", path: "/api/storefront/profile", expected: "401 (no token)", matches: ({ status }) => status === 401 },
} satisfies KitProfile;
