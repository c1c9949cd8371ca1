import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  Demultiplexer,
  REFUSED_ENGINE_HOST_HINT,
  connectEngine,
  countResources,
  demultiplexed,
  demultiplexedText,
  engineHostProblem,
  followProgress,
  httpStatus,
  imageStoreOf,
  isLoopbackHost,
  isMissing,
  labelFilters,
  listRunResources,
  orUndefinedWhenMissing,
  parseDockerHost,
  plainTcpRisk,
  pullTally,
  readEngineImage,
  refusedEngineHost,
  registryMirrorsOf,
  removeRunResources,
  verifyHostKey
} from "./chunk-EDH2WOW3.js";
import "./chunk-CHJJPP7J.js";
import {
  firstLine
} from "./chunk-Q7LP2IUI.js";
export {
  Demultiplexer,
  REFUSED_ENGINE_HOST_HINT,
  connectEngine,
  countResources,
  demultiplexed,
  demultiplexedText,
  engineHostProblem,
  firstLine,
  followProgress,
  httpStatus,
  imageStoreOf,
  isLoopbackHost,
  isMissing,
  labelFilters,
  listRunResources,
  orUndefinedWhenMissing,
  parseDockerHost,
  plainTcpRisk,
  pullTally,
  readEngineImage,
  refusedEngineHost,
  registryMirrorsOf,
  removeRunResources,
  verifyHostKey
};
