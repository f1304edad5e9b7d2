import { goldenSuite } from "./suite.ts";
import { MEDUSA_V2_THIRD_PARTY_GOLDEN } from "./medusa-v2/third-party-profile.ts";

goldenSuite(MEDUSA_V2_THIRD_PARTY_GOLDEN);
