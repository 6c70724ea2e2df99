#!/usr/bin/env python3
"""Times programs against each other in interleaved rounds, for measure-startup.sh.

Each round starts every program once, in a random order, with posix_spawn and waits for it, so the machine's drift
reaches all of them alike (hyperfine times each program in its own block) and no shell runs between the two clock
readings (the bash loop of measure-startup.sh adds about 0.5 ms to every run, which flatters a 2 ms NativeAOT ratio).
Prints each program's median in milliseconds and its ratio to the first program's median.

Usage: interleave.py ROUNDS BASELINE PROGRAM [PROGRAM ...]   (Python 3.9 or later)
"""
import os
import random
import statistics
import sys
import time


def run(program, devnull):
    start = time.perf_counter_ns()
    pid = os.posix_spawn(program, [program], os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    _, status = os.waitpid(pid, 0)
    elapsed = (time.perf_counter_ns() - start) / 1e6
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{program} failed (exit status {os.waitstatus_to_exitcode(status)}); its time would mean nothing")
    return elapsed


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, programs = int(sys.argv[1]), sys.argv[2:]
    devnull = os.open(os.devnull, os.O_WRONLY)
    for program in programs:  # warm the file cache
        for _ in range(10):
            run(program, devnull)
    times = {program: [] for program in programs}
    for _ in range(rounds):
        order = programs[:]
        random.shuffle(order)
        for program in order:
            times[program].append(run(program, devnull))
    baseline = statistics.median(times[programs[0]])
    for program in programs:
        median = statistics.median(times[program])
        print(f"{median:8.3f} ms {median / baseline:6.2f}x  {program}")


if __name__ == "__main__":
    main()
