import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  ACTION_NAME,
  cleanUpRun,
  describeRunner,
  nodeExec,
  runComposeTests
} from "./chunk-MMSL2IKW.js";
import {
  checkReportPattern
} from "./chunk-EDNCYXZD.js";
import {
  countResources
} from "./chunk-E6D65KBS.js";
import "./chunk-QCMGWVGG.js";
import "./chunk-53NWWUZY.js";
import "./chunk-JRZG5HEJ.js";
export {
  ACTION_NAME,
  checkReportPattern,
  cleanUpRun,
  countResources,
  describeRunner,
  nodeExec,
  runComposeTests
};
