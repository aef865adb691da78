#!/usr/bin/env bash
# Records the log-layout samples of src/replay/testdata/layouts/ from a real 3-server ZooKeeper 3.8
# (Debian's package) on 127.0.0.1: servers 1 and 2 start together, server 3 joins late (the seed-002
# story). Every server writes the same events through log4j 1.2 appenders with five layouts at once:
# ZooKeeper's own (with the [myid:N] MDC, as 3.4's conf printed it), ISO-8601 with and without a zone,
# logback's default pattern, and JSON lines. Run it from the repository root; it stops what it starts.
set -euo pipefail
OUT=src/replay/testdata/layouts
ROOT=$(mktemp -d /tmp/zkscope-layouts-XXXX)
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
declare -a PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$ROOT"; }
trap cleanup EXIT
P=(); for _ in $(seq 1 9); do P+=("$(port)"); done
for id in 1 2 3; do
  d=$ROOT/s$id; mkdir -p "$d/data"; echo "$id" > "$d/data/myid"
  cat > "$d/zoo.cfg" <<CFG
tickTime=2000
initLimit=10
syncLimit=5
dataDir=$d/data
clientPort=${P[$((id-1))]}
clientPortAddress=127.0.0.1
admin.enableServer=false
server.1=127.0.0.1:${P[3]}:${P[6]}
server.2=127.0.0.1:${P[4]}:${P[7]}
server.3=127.0.0.1:${P[5]}:${P[8]}
CFG
  cat > "$d/log4j.properties" <<L4J
log4j.rootLogger=INFO, ZK, ISOZ, ISO, LOGBACK, JSON
log4j.appender.ZK=org.apache.log4j.FileAppender
log4j.appender.ZK.File=$d/zookeeper.log
log4j.appender.ZK.layout=org.apache.log4j.PatternLayout
log4j.appender.ZK.layout.ConversionPattern=%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n
log4j.appender.ISOZ=org.apache.log4j.FileAppender
log4j.appender.ISOZ.File=$d/iso8601-zone.log
log4j.appender.ISOZ.layout=org.apache.log4j.PatternLayout
log4j.appender.ISOZ.layout.ConversionPattern=%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5p [%t] %c{1}: %m%n
log4j.appender.ISO=org.apache.log4j.FileAppender
log4j.appender.ISO.File=$d/iso8601.log
log4j.appender.ISO.layout=org.apache.log4j.PatternLayout
log4j.appender.ISO.layout.ConversionPattern=%d{yyyy-MM-dd'T'HH:mm:ss,SSS} [%t] %-5p %c - %m%n
log4j.appender.LOGBACK=org.apache.log4j.FileAppender
log4j.appender.LOGBACK.File=$d/logback.log
log4j.appender.LOGBACK.layout=org.apache.log4j.PatternLayout
log4j.appender.LOGBACK.layout.ConversionPattern=%d{HH:mm:ss.SSS} [%t] %-5p %c{36} - %m%n
log4j.appender.JSON=org.apache.log4j.FileAppender
log4j.appender.JSON.File=$d/json.log
log4j.appender.JSON.layout=org.apache.log4j.PatternLayout
log4j.appender.JSON.layout.ConversionPattern={"@timestamp":"%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX}","level":"%p","thread_name":"%t","logger_name":"%c","message":"%m"}%n
L4J
done
start() { java -cp "$ROOT/s$1:/usr/share/java/zookeeper.jar:/usr/share/java/slf4j-log4j12.jar:/usr/share/java/log4j-1.2.jar" -Duser.timezone=Asia/Shanghai -Xmx160m \
  -Dlog4j.configuration="file:$ROOT/s$1/log4j.properties" org.apache.zookeeper.server.quorum.QuorumPeerMain "$ROOT/s$1/zoo.cfg" >/dev/null 2>&1 & PIDS+=($!); }
mode() { (exec 3<>/dev/tcp/127.0.0.1/"${P[$(($1-1))]}"; echo srvr >&3; cat <&3) 2>/dev/null | sed -n "s/^Mode: //p" || true; }
wait_mode() { for _ in $(seq 1 120); do m=$(mode "$1"); [ -n "$m" ] && { echo "server $1: $m"; return; }; sleep 0.5; done; echo "server $1 never served" >&2; exit 1; }
start 1; start 2; wait_mode 1; wait_mode 2
sleep 2; start 3; wait_mode 3; sleep 2
for id in 1 2 3; do for f in zookeeper iso8601-zone iso8601 logback json; do
  mkdir -p "$OUT/$f"; sed "s#$ROOT#\$TMP#g" "$ROOT/s$id/$f.log" > "$OUT/$f/server$id.log"; done; done
wc -l "$OUT"/*/server*.log
