"""Time from process start to the first window shown, for the bundle or for the sources.

    measure_startup.py --data-dir DIR [--repeats 3] -- COMMAND [ARGS...]

Runs ``COMMAND --data-dir DIR`` with ``SHELTER_QUIT_AFTER_SHOWN=1`` offscreen ``repeats`` times,
takes the moment the application prints ``shown`` (its first window is on screen) and prints
the median and every run in seconds. The environment is passed on (SHELTER_RECOVERY_KEY unlocks
the database when no credential store holds the key). Exit 1 when a run never showed a window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

TIMEOUT_S = 120


def one_run(command: list[str], env: dict[str, str]) -> float | None:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    shown = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown" and shown is None:
            shown = time.perf_counter() - start
    try:
        code = process.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return None
    return shown if code == 0 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--label", default="startup")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    env = dict(os.environ, SHELTER_QUIT_AFTER_SHOWN="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [*args.command, "--data-dir", args.data_dir]
    times = []
    for _ in range(args.repeats):
        seconds = one_run(command, env)
        if seconds is None:
            print(f"{args.label}: a run showed no window or failed", file=sys.stderr)
            return 1
        times.append(seconds)
    runs = ", ".join(f"{t:.2f}" for t in times)
    print(f"{args.label}: median {statistics.median(times):.2f} s to first window (runs: {runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
