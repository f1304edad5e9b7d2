// `gatecheck check` with the kit's registered profiles (src/main.ts runs it).
import { checkCommand } from "./kit/cli.ts";
import { KIT_PROFILES } from "./profiles/index.ts";

export const runCheckCommand = checkCommand(KIT_PROFILES);
