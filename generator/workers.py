"""Worker processes: forks of the build's process, so that what they need (the catalog,
the views, the jobs) reaches them without being pickled. The Markdown pass (markup.py) and
the page writer (render.py) each start a pool of their own."""
from __future__ import annotations

import gc
import os
import signal
from collections.abc import Callable


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def fork_pool(workers: int, initializer: Callable, initargs: tuple = ()):
    """A process pool whose workers are forks of this process (what they need reaches them
    without pickling), or None where fork does not exist. multiprocessing is imported here:
    a build that renders a few documents does without it (15 ms of start-up)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=initializer, initargs=initargs)


def in_order(pool, function, *arguments):
    """`pool.map(function, *arguments)`, but a task that fails leaves the others as they are
    for stop_pool to drop: map cancels them itself, and when the pool then finds its workers
    killed, Python 3.11 raises on those cancelled tasks in the pool's own thread
    (InvalidStateError, printed as a traceback after the build's message). Every task is
    handed to the pool at once, when this is called (the workers fork at the first); the
    results come as they are iterated."""
    futures = [pool.submit(function, *task) for task in zip(*arguments)]
    return (future.result() for future in futures)


def stop_pool(pool) -> None:
    """Stop a pool at once (Ctrl-C, an error): its workers are killed, its queue dropped."""
    for process in list(getattr(pool, "_processes", {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def start_forked_worker() -> None:
    """In a forked worker process: Ctrl-C is the parent's to handle (it stops the pool), and
    what the worker inherited is frozen out of the cycle collector's sight (no walks over the
    parent's millions of objects, no copies of its memory), while the collector is on again
    for what the worker makes itself (thousands of documents or pages)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    gc.freeze()
    gc.enable()
