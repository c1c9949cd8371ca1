import { describe, expect, it } from "vitest";
import { withAppUser } from "./app-user";

describe("withAppUser", () => {
  it("adds the app user after the base's users", () => {
    const files = withAppUser(
      {
        passwd: Buffer.from(
          "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n",
        ),
        group: Buffer.from("root:x:0:\n"),
      },
      10001,
    );
    expect(files.passwd).toBe(
      "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\napp:x:10001:10001:quai app:/home/app:/sbin/nologin\n",
    );
    expect(files.group).toBe("root:x:0:\napp:x:10001:\n");
  });

  it("makes minimal files for an image without them (scratch)", () => {
    expect(withAppUser({}, 10001).passwd).toBe(
      "root:x:0:0:root:/root:/sbin/nologin\napp:x:10001:10001:quai app:/home/app:/sbin/nologin\n",
    );
  });

  it("replaces a line that already used the name or the id", () => {
    const files = withAppUser(
      { passwd: Buffer.from("root:x:0:0::/root:/bin/sh\nold:x:10001:10001::/:/bin/sh\n") },
      10001,
    );
    expect(files.passwd).not.toContain("old:");
  });
});
