export * from "./audit";
export * from "./build-image";
export * from "./detect-recipe";
export * from "./procfile";
export * from "./source-info";
