"""Start a command, wait for it, and write its start time and peak memory to a file.

``ru_maxrss`` of a process started straight from the benchmark process would include
the benchmark's own memory (Linux carries the parent's high-water mark into a forked
child across exec). Started from this small launcher instead, the command's figure is
its own. Usage: ``python spawn.py REPORT.json COMMAND [ARG ...]``; standard streams
pass through and the exit code is the command's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main() -> int:
    report, argv = sys.argv[1], sys.argv[2:]
    spawned = time.monotonic()
    proc = subprocess.Popen(argv)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    with open(report, "w", encoding="utf-8") as f:
        json.dump({"spawned": spawned, "maxrss": usage.ru_maxrss, "code": code}, f)
    return code


if __name__ == "__main__":
    sys.exit(main())
