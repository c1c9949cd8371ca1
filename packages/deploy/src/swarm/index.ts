export { SECRETS_DIRECTORY } from "./service-spec";
export type { SwarmApi } from "./swarm-api";
export { SwarmTarget, type SwarmTargetOptions, swarmTarget } from "./swarm-target";
