// The carphacom profile: a Medusa v2 shop (seed 000) with everything of medusa-v2, plus the bundled
// admin panel's cookie login and its proxy to /admin/*, public federation endpoints under
// /store/marketplace/* limited to 60 requests a minute per client IP, and 403 for an admin token
// whose role lacks the permission. Reference choices: this folder's README.
import { Elysia } from "elysia";
import type { Runtime } from "../../runtime.ts";
import { medusaV2 } from "../medusa-v2/index.ts";
import { adminPanelRoutes } from "./admin-panel.routes.ts";
import { marketplaceRoutes } from "./marketplace.routes.ts";
import { carphacomAdminPermissions } from "./permissions.ts";

export const configureCarphacom = (rt: Runtime): void => {
	rt.authorizeAdmin = carphacomAdminPermissions(() => rt.state.store, rt.defects.has("support-can-write"));
};

export const carphacom = (rt: Runtime) =>
	new Elysia({ name: "carphacom" }).use(medusaV2(rt)).use(marketplaceRoutes(rt)).use(adminPanelRoutes(rt));
