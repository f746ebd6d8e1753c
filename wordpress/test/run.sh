#!/usr/bin/env bash
# `npm run test:wordpress`: the plugin's built zip (dist/online-safety-help-wordpress.zip) in a
# real WordPress: Debian's packaged WordPress with a private MariaDB and PHP's built-in server on
# 127.0.0.1, all set up afresh here, then wordpress.test.mjs drives it in headless Chromium.
# First, php-versions.test.mjs runs the plugin's PHP under PHP 7.4 and 8.5 in WebAssembly.
# Installs the Debian packages when they are missing (as root). Stops everything it started.
#   OSH_WP_SCREENSHOTS=1   also writes docs/wordpress-*.png
#   OSH_WP_KEEP=1          leaves the site running afterwards (stop it with: run.sh down)
#   OSH_WP_ONLY=<pattern>  runs only the browser tests whose names match it
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ZIP=$ROOT/dist/online-safety-help-wordpress.zip
W=${OSH_WP_DIR:-/tmp/online-safety-help-wordpress}
HOST=127.0.0.1
RUN=$W/run LOGS=$W/logs SOCK=$W/run/mysqld.sock
# Debian's wp-config.php reads /etc/wordpress/config-<host>.php: one such site per machine.
CONFIG_LINK=/etc/wordpress/config-$HOST.php
DB=osh_test DBUSER=osh_test DBPASS=osh-test-db-pw

alive() { local s; s=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1); [ -n "$s" ] && [ "$s" != Z ]; }
stop() { # ends the process group a server was started in (php -S workers are its children)
  local f=$RUN/$1.pid pid; [ -s "$f" ] || return 0; pid=$(cat "$f")
  if alive "$pid" && grep -qa "$2" "/proc/$pid/cmdline"; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 150); do alive "$pid" || break; sleep 0.1; done
  fi
  rm -f "$f"
}
down() {
  stop php php; stop mariadb mariadbd
  if [ "$(readlink "$CONFIG_LINK" 2>/dev/null)" = "$W/wp-config.php" ]; then rm -f "$CONFIG_LINK"; fi
}
[ "${1:-}" = down ] && { down; exit 0; }

START=$(date +%s.%N) LAP=$START
lap() {
  local now; now=$(date +%s.%N)
  awk -v a="$LAP" -v b="$now" -v l="$1" 'BEGIN { printf "wordpress: %-34s %6.1f s\n", l, b - a }'
  LAP=$now
}

[ -f "$ZIP" ] || { echo "wordpress: $ZIP is missing: run npm run build first" >&2; exit 1; }

# 1. Debian's packages, when missing. --no-install-recommends keeps them small; WordPress needs a
#    theme, and the one it recommends must be named.
PKGS=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql chromium)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "wordpress: missing Debian packages. Install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "wordpress: installing from Debian: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # The packages would start their system services (Apache on port 80, MariaDB): the tests run
  # their own private servers, so a policy-rc.d tells the installer to start none.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ -z "$policy" ] || rm -f "$policy"
fi
lap "packages (${#missing[@]} missing)"

# The plugin's own PHP under PHP 7.4 and 8.5 (WebAssembly) against this machine's PHP, with
# WordPress's own files and no site. A failure is reported at the end; the site's tests still run.
versions_failed=0
node --test --test-reporter=spec wordpress/test/php-versions.test.mjs || versions_failed=1
lap "plugin's PHP under 7.4, 8.5, $(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')"
if [ "$(id -u)" != 0 ]; then
  echo "wordpress: the tests write $CONFIG_LINK and start MariaDB as its own user: run them as root (CI does)" >&2
  exit 1
fi
if [ -e "$CONFIG_LINK" ] && [ "$(readlink "$CONFIG_LINK")" != "$W/wp-config.php" ]; then
  echo "wordpress: $CONFIG_LINK belongs to another site; not touching it" >&2
  exit 1
fi

# 2. A fresh work folder, free of a previous run's servers.
down
rm -rf "$W"
mkdir -p "$RUN" "$LOGS" "$W/wp-content/plugins" "$W/wp-content/themes" "$W/wp-content/uploads" "$W/wp-content/mu-plugins"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$W/wp-content/themes/"
cp "$ROOT/wordpress/test/test-helpers.php" "$W/wp-content/mu-plugins/"
: > "$LOGS/wp-debug.log"
[ "${OSH_WP_KEEP:-0}" = 1 ] || trap down EXIT

# 3. MariaDB on its own data folder and socket, no TCP.
chown mysql:mysql "$RUN"
mariadb-install-db --no-defaults --user=mysql --datadir="$W/db" --skip-test-db \
  --innodb-log-file-size=16M >"$LOGS/mariadb-install.log" 2>&1
setsid /usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$W/db" --socket="$SOCK" \
  --pid-file="$RUN/mysqld.pid" --skip-networking --innodb-log-file-size=16M \
  --character-set-server=utf8mb4 --log-error="$LOGS/mariadb.err" >/dev/null 2>&1 &
echo $! >"$RUN/mariadb.pid"
for _ in $(seq 300); do mariadb-admin --socket="$SOCK" ping >/dev/null 2>&1 && break; sleep 0.1; done
mariadb --socket="$SOCK" -uroot <<SQL
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '$DBUSER'@'localhost' IDENTIFIED BY '$DBPASS';
GRANT ALL ON $DB.* TO '$DBUSER'@'localhost';
SQL
lap "mariadb"

# 4. WordPress's configuration, on a free port, with its own wp-content.
PORT=${OSH_WP_PORT:-$(node -e "const s=require('net').createServer().listen(0,'$HOST',()=>{console.log(s.address().port);s.close()})")}
export HOSTPORT=$HOST:$PORT W
cat >"$W/wp-config.php" <<PHP
<?php
define( 'DB_NAME', '$DB' );
define( 'DB_USER', '$DBUSER' );
define( 'DB_PASSWORD', '$DBPASS' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'WP_HOME', 'http://$HOSTPORT' );
define( 'WP_SITEURL', 'http://$HOSTPORT' );
define( 'WP_CONTENT_DIR', '$W/wp-content' );
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // never wait on api.wordpress.org
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$LOGS/wp-debug.log' );
PHP
ln -sfn "$W/wp-config.php" "$CONFIG_LINK"
# php -S serves real files itself; /wp-content/ is in the work folder; the rest goes to index.php.
cat >"$W/router.php" <<PHP
<?php
\$path = rawurldecode( parse_url( \$_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?: '/' );
if ( str_contains( \$path, '..' ) ) { http_response_code( 400 ); return true; }
if ( str_starts_with( \$path, '/wp-content/' ) ) {
	\$file = '$W' . \$path;
	if ( ! is_file( \$file ) || str_ends_with( \$file, '.php' ) ) { http_response_code( 404 ); return true; }
	\$types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'jpg' => 'image/jpeg', 'woff2' => 'font/woff2', 'woff' => 'font/woff', 'ttf' => 'font/ttf' );
	header( 'Content-Type: ' . ( \$types[ strtolower( pathinfo( \$file, PATHINFO_EXTENSION ) ) ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( \$file ) );
	readfile( \$file );
	return true;
}
if ( '/' !== \$path && file_exists( '/usr/share/wordpress' . \$path ) ) return false;
\$_SERVER['SCRIPT_NAME'] = \$_SERVER['PHP_SELF'] = '/index.php';
\$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
chdir( '/usr/share/wordpress' );
require '/usr/share/wordpress/index.php';
PHP
# Four workers: the block editor makes REST calls in parallel.
PHP_CLI_SERVER_WORKERS=4 setsid php -S "$HOSTPORT" -t /usr/share/wordpress "$W/router.php" \
  >"$LOGS/php-server.log" 2>&1 &
echo $! >"$RUN/php.pid"
for _ in $(seq 100); do (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null && break; sleep 0.1; done
lap "php -S on $HOSTPORT"

# 5. WordPress installed (there is no wp-cli package), users and content made; the plugin is
#    installed later, from the zip, by the browser test.
php "$ROOT/wordpress/test/wp-setup.php" install
php "$ROOT/wordpress/test/wp-setup.php" content >"$RUN/site.json"
lap "wordpress install + content"

node "$ROOT/wordpress/test/wordpress.test.mjs"
lap "browser tests"
LAP=$START
lap "total"
if [ "$versions_failed" = 1 ]; then
  echo "wordpress: the plugin's PHP failed under another PHP version (php-versions.test.mjs, above)" >&2
  exit 1
fi
