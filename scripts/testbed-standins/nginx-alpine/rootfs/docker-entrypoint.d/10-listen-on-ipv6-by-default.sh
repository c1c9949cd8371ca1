#!/bin/sh
# As the official image's: the default server listens on IPv6 too, when the container has IPv6
# and the file is the image's own and writable.
set -e
conf=/etc/nginx/conf.d/default.conf
[ -f /proc/net/if_inet6 ] || { echo "$0: info: ipv6 not available"; exit 0; }
[ -w "$conf" ] || { echo "$0: info: can not modify $conf (read-only file system?)"; exit 0; }
grep -q 'listen  *\[::\]' "$conf" && exit 0
port=$(sed -n 's/^ *listen  *\([0-9][0-9]*\);.*/\1/p' "$conf" | head -n 1)
[ -n "$port" ] || exit 0
sed -i "s/^\( *\)listen  *$port;/&\n\1listen  [::]:$port;/" "$conf"
echo "$0: info: Enabled listen on IPv6 in $conf"
