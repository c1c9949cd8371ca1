/**
 * The standard entrypoint every quai image shares, whatever its language:
 *   (no argument)      start the first process of the Procfile
 *   <process> [args]   start that process
 *   shell [args]       a shell
 *   run <command…>     any command
 * tini is PID 1 (it forwards signals and reaps zombies); the script `exec`s the process, so no
 * shell stays between tini and the app, and `docker stop` reaches the app itself.
 * Files in /run/secrets (Swarm secrets, deploy-env's secret variables) become variables of the
 * process, so secrets never sit in the container's configuration, where `docker inspect` shows them.
 */

export const SECRETS_DIR = "/run/secrets";

export const QUAI_DIR = "quai";
export const PROCESSES_PATH = `/${QUAI_DIR}/processes`;
export const ENTRYPOINT_PATH = `/${QUAI_DIR}/entrypoint`;
export const TINI_PATH = `/${QUAI_DIR}/tini`;
/** Static busybox: the shell of `scratch` images, which have no other (Debian bases keep /bin/sh). */
export const BUSYBOX_PATH = `/${QUAI_DIR}/busybox`;

/** The image's ENTRYPOINT: tini, killing the whole process group on signals (-g). */
export const IMAGE_ENTRYPOINT = [TINI_PATH, "-g", "--", ENTRYPOINT_PATH];

/** `shell` is the shell command line: `/bin/sh` on Debian bases, `/quai/busybox sh` on scratch. */
export function entrypointScript(shell: string): string {
  return `#!${shell}
# quai entrypoint: <process> [args] | shell [args] | run <command...>; no argument starts the first process.

processes() {
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ""|"#"*) continue ;; esac
    printf '%s\\n' "$line"
  done < ${PROCESSES_PATH}
}

# Pure shell, no cat: scratch images have only the builtins of /quai/busybox sh.
for file in ${SECRETS_DIR}/*; do
  [ -f "$file" ] || continue
  name=\${file##*/}
  case "$name" in [!A-Za-z_]*|*[!A-Za-z0-9_]*) continue ;; esac
  value=
  while IFS= read -r line || [ -n "$line" ]; do value="\${value:+\${value}
}\${line}"; done < "$file"
  export "$name=$value"
done
unset file name value line

if [ $# -eq 0 ]; then
  first=$(processes | { IFS= read -r line && printf '%s' "\${line%%:*}"; })
  [ -n "$first" ] || { echo "quai: this image declares no process; use: shell | run <command...>" >&2; exit 64; }
  set -- "$first"
fi

case "$1" in
  shell)
    shift
    exec ${shell} "$@"
    ;;
  run)
    shift
    [ $# -gt 0 ] || { echo "quai: run needs a command, e.g. run ls -l" >&2; exit 64; }
    exec "$@"
    ;;
esac

name=$1
shift
command=$(processes | while IFS= read -r line; do
  [ "\${line%%:*}" = "$name" ] && { printf '%s' "\${line#*:}"; break; }
done)
if [ -z "$command" ]; then
  available=$(processes | while IFS= read -r line; do printf '%s ' "\${line%%:*}"; done)
  echo "quai: no process named '$name'; this image has: \${available}(or shell, run <command...>)" >&2
  exit 64
fi
# eval gives the Procfile command its shell syntax ($PORT, quotes); exec replaces this script with it.
eval "exec $command \\"\\$@\\""
`;
}
