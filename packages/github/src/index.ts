export * from "./github-api";
export * from "./inputs";
export * from "./run";
export * from "./summary";
export * from "./target-inputs";
