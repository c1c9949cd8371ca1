import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  REFUSED_ENGINE_HOST_HINT,
  connectEngine,
  engineHostProblem,
  firstLine,
  httpStatus,
  imageStoreOf,
  isLoopbackHost,
  listRunResources,
  orUndefinedWhenMissing,
  parseDockerHost,
  plainTcpRisk,
  readEngineImage,
  refusedEngineHost,
  registryMirrorsOf,
  removeRunResources,
  verifyHostKey
} from "./chunk-ECXL7SVG.js";
import "./chunk-CHJJPP7J.js";
import "./chunk-5YO4FXQS.js";
export {
  REFUSED_ENGINE_HOST_HINT,
  connectEngine,
  engineHostProblem,
  firstLine,
  httpStatus,
  imageStoreOf,
  isLoopbackHost,
  listRunResources,
  orUndefinedWhenMissing,
  parseDockerHost,
  plainTcpRisk,
  readEngineImage,
  refusedEngineHost,
  registryMirrorsOf,
  removeRunResources,
  verifyHostKey
};
