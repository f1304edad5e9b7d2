// The runtime the carphacom routes see: its policy and its own state slice.
import type { Runtime } from "../../runtime.ts";
import type { CarphacomPolicy } from "./policy.ts";
import type { CarphacomSlice } from "./state.ts";

export type CarphacomRuntime = Runtime<CarphacomPolicy, CarphacomSlice>;
