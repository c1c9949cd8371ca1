#!/bin/sh
# As the official nginx image's: before nginx starts, the scripts in /docker-entrypoint.d/ run
# (*.envsh are sourced), in order; then CMD.
set -e

entrypoint_log() {
    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if find /docker-entrypoint.d/ -mindepth 1 -maxdepth 1 -type f | grep -q .; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        for script in $(find /docker-entrypoint.d/ -follow -type f | sort); do
            case "$script" in
                *.envsh) if [ -x "$script" ]; then entrypoint_log "$0: Sourcing $script"; . "$script"; else entrypoint_log "$0: Ignoring $script, not executable"; fi ;;
                *.sh) if [ -x "$script" ]; then entrypoint_log "$0: Launching $script"; "$script"; else entrypoint_log "$0: Ignoring $script, not executable"; fi ;;
                *) entrypoint_log "$0: Ignoring $script" ;;
            esac
        done
        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
