#!/usr/bin/env python3
"""Times commands against each other in interleaved rounds, for measure-startup.sh and measure-host.sh.

Each round starts every command once, in a random order, with posix_spawn and waits for it, so the machine's drift
reaches all of them alike (hyperfine times each command in its own block) and no shell runs between the two clock
readings. Prints each command's median in milliseconds, its ratio to the first command's median, and the median of
its paired differences from the first command (the same round's two times), which is the marginal cost.

Usage: interleave.py ROUNDS BASELINE COMMAND [COMMAND ...]   (Python 3.9 or later; a command may carry arguments:
"path/to/app answer")
"""
import os
import random
import shlex
import statistics
import sys
import time


def run(argv, devnull):
    start = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    _, status = os.waitpid(pid, 0)
    elapsed = (time.perf_counter_ns() - start) / 1e6
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed (exit status {os.waitstatus_to_exitcode(status)}); its time would mean nothing")
    return elapsed


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    argvs = [shlex.split(c) for c in commands]
    devnull = os.open(os.devnull, os.O_WRONLY)
    for argv in argvs:  # warm the file cache
        for _ in range(10):
            run(argv, devnull)
    times = [[] for _ in argvs]
    for _ in range(rounds):
        order = list(range(len(argvs)))
        random.shuffle(order)
        for i in order:
            times[i].append(run(argvs[i], devnull))
    baseline = statistics.median(times[0])
    for i, command in enumerate(commands):
        median = statistics.median(times[i])
        diff = statistics.median(t - b for t, b in zip(times[i], times[0]))
        print(f"{median:8.3f} ms {median / baseline:6.2f}x  paired difference {diff:+8.3f} ms  {command}")


if __name__ == "__main__":
    main()
