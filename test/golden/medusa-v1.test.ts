import { MEDUSA_V1_GOLDEN } from "./medusa-v1/profile.ts";
import { goldenSuite } from "./suite.ts";

goldenSuite(MEDUSA_V1_GOLDEN);
