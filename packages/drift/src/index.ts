export * from "./signal";
