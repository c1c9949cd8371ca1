export * from "./environment";
export * from "./errors";
export * from "./format";
export * from "./image-ref";
export * from "./poll";
export * from "./release";
export * from "./resource-labels";
export * from "./version";
