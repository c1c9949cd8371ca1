export { type ConnectOptions, connectEngine, type Engine } from "./engine";
export * from "./engine-endpoint";
export * from "./engine-streams";
export * from "./image-store";
export * from "./known-hosts";
export { engineHostProblem, firstLine, httpStatus, isMissing, orUndefinedWhenMissing } from "./node-errors";
export * from "./registry-mirrors";
export * from "./run-resources";
