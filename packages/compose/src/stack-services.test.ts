import { describe, expect, it } from "vitest";
import { type ComposeModel, enabledProfiles, stackServices } from "./stack-services";

const MODEL: ComposeModel = {
  services: {
    app: { depends_on: { redis: {}, migrate: {} } },
    redis: {},
    migrate: { profiles: ["setup"], depends_on: { redis: {} } },
    partner: { profiles: ["tests"] },
    tests: { profiles: ["tests"], depends_on: { app: {}, partner: {} } },
    debug: { profiles: ["debug"] },
  },
};

describe("stackServices", () => {
  it("starts what up would start, and what the test service needs, never the test service", () => {
    expect(stackServices(MODEL, [], "tests")).toEqual(["app", "redis", "migrate", "partner"]);
  });

  it("follows the enabled profiles", () => {
    expect(stackServices(MODEL, ["debug"])).toEqual(["app", "redis", "debug"]);
  });

  it("leaves out an active test service", () => {
    const model: ComposeModel = { services: { redis: {}, tests: { depends_on: { redis: {} } } } };
    expect(stackServices(model, [], "tests")).toEqual(["redis"]);
  });

  it("survives dependencies that go round", () => {
    const model: ComposeModel = {
      services: { a: { depends_on: { b: {} } }, b: { depends_on: { a: {} } }, t: { depends_on: { a: {} } } },
    };
    expect(stackServices(model, [], "t")).toEqual(["a", "b"]);
  });
});

describe("enabledProfiles", () => {
  it("reads COMPOSE_PROFILES as compose does", () => {
    expect(enabledProfiles({ COMPOSE_PROFILES: "debug, setup,," })).toEqual(["debug", "setup"]);
    expect(enabledProfiles({})).toEqual([]);
  });
});
