export * from "./release-signals";
export * from "./signal";
export * from "./watch";
export * from "./watch-environment";
