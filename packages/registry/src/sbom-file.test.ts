import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError, UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { readSbomFile } from "./sbom-file";

const fileWith = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "quai-sbom-file-")), "sbom.json");
  writeFileSync(path, text);
  return path;
};

describe("readSbomFile", () => {
  it("reads CycloneDX and SPDX JSON, each as its own artifact type", async () => {
    const cyclone = '\uFEFF{"bomFormat":"CycloneDX","specVersion":"1.5","components":[]}';
    expect(await readSbomFile(fileWith(cyclone))).toEqual({
      artifactType: "application/vnd.cyclonedx+json",
      bytes: Buffer.from(cyclone),
      title: "sbom.cdx.json",
    });
    const spdx = '{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT"}';
    expect(await readSbomFile(fileWith(spdx))).toMatchObject({
      artifactType: "application/spdx+json",
      title: "sbom.spdx.json",
    });
  });

  it.each([
    ["runner-7\n", "not a JSON object"],
    ["[]", "not a JSON object"],
    ["null", "not a JSON object"],
    ['{"bomFormat":"SWID"}', "not a CycloneDX or SPDX document"],
    ['{"spdxVersion":2}', "not a CycloneDX or SPDX document"],
  ])("refuses %j, naming the input and the path", async (text, why) => {
    const path = fileWith(text);
    const error = await readSbomFile(path).catch((refusal: unknown) => refusal);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as InvalidValueError).message).toBe(`Invalid sbom: "${path}" (${why})`);
  });

  it("says when the file cannot be read", async () => {
    const missing = join(tmpdir(), "quai-no-such-sbom.json");
    await expect(readSbomFile(missing)).rejects.toThrow(UserError);
    await expect(readSbomFile(missing)).rejects.toThrow(`Cannot read the SBOM ${missing}`);
  });
});
