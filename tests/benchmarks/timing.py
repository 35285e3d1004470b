"""Medians of repeated timings, shared by the benchmark modules."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None,
              teardown: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        if teardown:
            teardown()
    return statistics.median(times)


def paired_medians(fn: Callable[[], object], baseline: Callable[[], object], runs: int,
                   teardown: Callable[[object], object] | None = None) -> tuple[float, float]:
    """Medians of `fn` and `baseline`, run in turns, so both meet the same moments of a noisy
    machine. `teardown` gets each result of `fn` after its time is taken."""
    ours, theirs = [], []
    for _ in range(runs):
        for call, times in ((baseline, theirs), (fn, ours)):
            start = time.perf_counter()
            result = call()
            times.append((time.perf_counter() - start) * 1000)
            if teardown is not None and call is fn:
                teardown(result)
    return statistics.median(ours), statistics.median(theirs)
