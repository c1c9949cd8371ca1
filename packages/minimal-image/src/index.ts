export * from "./audit";
export { type BuildEngine, dockerodeBuildEngine, type EngineImage, type ScriptOutcome } from "./build-engine";
export * from "./build-image";
export * from "./detect-recipe";
export * from "./procfile";
export * from "./source-info";
