import { MEDUSA_V2_GOLDEN } from "./medusa-v2/profile.ts";
import { goldenSuite } from "./suite.ts";

goldenSuite(MEDUSA_V2_GOLDEN);
