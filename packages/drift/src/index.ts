export * from "./configuration-signal";
export * from "./probe-signals";
export * from "./release-signals";
export * from "./signal";
export * from "./traffic-signals";
export * from "./watch";
export * from "./watch-environment";
