// The runtime the quark routes see: its policy and its own slice of the state.
import type { Runtime } from "../../runtime.ts";
import type { QuarkPolicy } from "./policy.ts";
import type { QuarkSlice } from "./state.ts";

export type QuarkRuntime = Runtime<QuarkPolicy, QuarkSlice>;
