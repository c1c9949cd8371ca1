// What the packages' unit tests share: import it as @quai/core/testing, never from source.
export { FakeClock } from "./fake-clock";
