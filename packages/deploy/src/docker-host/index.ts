export {
  type DockerHostOptions,
  DockerHostTarget,
  dockerHostTarget,
  LOG_TAIL_LINES,
} from "./docker-host-target";
export { type ContainerDetails, type ContainerSummary, dockerodeHostApi, type HostApi } from "./engine-api";
export { EngineLeaseStore, engineLeaseStore, LEASE_IMAGE } from "./engine-lease";
