#!/usr/bin/env python3
"""CPU seconds per component of the local stack over a window, to see where a scenario's time goes.

    deploy/bench/tools/cpu_split.py SECONDS [--db]

Reads /proc twice, SECONDS apart, and sums user+system time of every process alive at both reads, grouped by
what it is (postgres, nginx, wrk, each service's JVM, the Kafka broker, the bench's EventProducer). With --db,
PostgreSQL's share is also split by the role of each backend (identity_app, audit_app, ...), from
pg_stat_activity through psql with the bench's admin credentials (BENCH_PG_* or the local defaults).

Start it while a scenario's measurement runs. What no process is charged for (softirq of loopback traffic, the
hypervisor) shows only in `vmstat`'s sy/id columns: compare the total here with 2 x SECONDS on 2 cores.
"""
import os
import subprocess
import sys
import time

# The first group whose marker is in the command line wins: the EventProducer's arguments name identity.events.
GROUPS = [
    ("EventProducer", "bench EventProducer"),
    ("ProducerPerformance", "bench ProducerPerformance"),
    ("postgres", "postgres"),
    ("nginx", "nginx"),
    ("wrk", "wrk"),
    ("pgbench", "pgbench"),
    ("identity-service", "identity-service"),
    ("tarot-service", "tarot-service"),
    ("chat-service", "chat-service"),
    ("wallet-service", "wallet-service"),
    ("audit-service", "audit-service"),
    ("kafka.Kafka", "kafka broker"),
]
TICKS = os.sysconf("SC_CLK_TCK")


def processes():
    """pid -> (cpu ticks, command line) of every readable process."""
    found = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # ended meanwhile
        fields = stat[stat.rindex(")") + 2:].split()
        found[pid] = (int(fields[11]) + int(fields[12]), cmdline)
    return found


def group_of(cmdline):
    for marker, name in GROUPS:
        if marker in cmdline:
            return name
    return cmdline.split(" ")[0][:40] or "(kernel threads)"


def backend_roles():
    """pid -> role (or backend type) of every PostgreSQL backend."""
    env = dict(os.environ, PGPASSWORD=os.environ.get("BENCH_PG_PASSWORD", "samia_admin_local"))
    out = subprocess.run(
        ["psql", "-X", "-qAt", "-h", os.environ.get("BENCH_PG_HOST", "127.0.0.1"),
         "-p", os.environ.get("BENCH_PG_PORT", "5432"), "-U", os.environ.get("BENCH_PG_USER", "samia_admin"),
         "-d", os.environ.get("BENCH_APP_DB", "samia"),
         "-c", "select pid, coalesce(usename, backend_type) from pg_stat_activity"],
        capture_output=True, text=True, env=env, check=False).stdout
    return dict(line.split("|", 1) for line in out.splitlines() if "|" in line)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    seconds = float(sys.argv[1])
    by_role = "--db" in sys.argv[2:]
    roles = backend_roles() if by_role else {}
    before = processes()
    started = time.monotonic()
    time.sleep(seconds)
    after = processes()
    elapsed = time.monotonic() - started

    groups, db = {}, {}
    for pid, (ticks, cmdline) in after.items():
        if pid not in before:
            continue  # started within the window: its time before it was seen is unknown
        used = ticks - before[pid][0]
        group = group_of(cmdline)
        groups[group] = groups.get(group, 0) + used
        if group == "postgres" and pid in roles:
            db[roles[pid]] = db.get(roles[pid], 0) + used

    total = sum(groups.values())
    print(f"window {elapsed:.1f} s; {total / TICKS:.2f} s of CPU charged to processes "
          f"({os.cpu_count()} cores = {os.cpu_count() * elapsed:.1f} s available)")
    for name, used in sorted(groups.items(), key=lambda item: -item[1]):
        if used > 0:
            print(f"{used / TICKS:8.2f} s  {name}")
    if db:
        print("postgres by role:")
        for name, used in sorted(db.items(), key=lambda item: -item[1]):
            if used > 0:
                print(f"{used / TICKS:8.2f} s    {name}")


if __name__ == "__main__":
    main()
