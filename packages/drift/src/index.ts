export * from "./release-signals";
export * from "./signal";
export * from "./traffic-signals";
export * from "./watch";
export * from "./watch-environment";
