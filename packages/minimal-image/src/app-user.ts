/**
 * /etc/passwd and /etc/group with the app's user added, so tools that look the user up
 * (`whoami`, Python's getpass, ssh clients) work: the base's own lines come first.
 */
export const APP_USER = "app";
export const APP_HOME = "/home/app";

export function withAppUser(
  files: { passwd?: Buffer; group?: Buffer },
  uid: number,
): { passwd: string; group: string } {
  const passwd = linesWithout(files.passwd, APP_USER, uid);
  const group = linesWithout(files.group, APP_USER, uid);
  if (!passwd.some((line) => line.startsWith("root:"))) passwd.unshift("root:x:0:0:root:/root:/sbin/nologin");
  if (!group.some((line) => line.startsWith("root:"))) group.unshift("root:x:0:");
  passwd.push(`${APP_USER}:x:${uid}:${uid}:quai app:${APP_HOME}:/sbin/nologin`);
  group.push(`${APP_USER}:x:${uid}:`);
  return { passwd: `${passwd.join("\n")}\n`, group: `${group.join("\n")}\n` };
}

/** The file's lines, less any that already claim the name or the id. */
function linesWithout(file: Buffer | undefined, name: string, id: number): string[] {
  return (file?.toString("utf8") ?? "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .filter((line) => {
      const fields = line.split(":");
      return fields[0] !== name && fields[2] !== String(id);
    });
}
