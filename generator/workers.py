"""Worker processes: forks of the build's process, so that what they need (the catalog,
the views, the jobs) reaches them without being pickled.

forked_pool is the one way the stages (loading, Markdown, pages) share out work: it forks
the workers, hands them the stage's shared state, gives the results back in the order of
the tasks, and stops the workers at once when the stage fails or is interrupted. A worker
dies with the process that forked it, however that one ends (die_with_parent).
"""
from __future__ import annotations

import functools
import gc
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1
_parent = 0   # the process that started the pool (the workers, its forks, read it)
_handed: object = None   # in the parent, while a forked_pool runs: the state its workers inherit
_state: object = None    # in a worker of forked_pool: what the pool's `setup` made of that state


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class ForkedPool:
    """The workers of forked_pool."""

    def __init__(self, executor):
        self.executor = executor

    def map(self, function: Callable, tasks: Iterable) -> Iterator:
        """`function(task)` for each task in a worker, every task handed out at once (the
        workers fork at the first); the results come in the order of `tasks` as they are
        iterated. A task that fails leaves the others as they are, for forked_pool to drop
        when it stops the workers: the executor's own map cancels them itself, and when the
        executor then finds its workers killed, Python 3.11 raises on those cancelled tasks in
        its own thread (InvalidStateError, printed as a traceback after the build's message)."""
        futures = [self.executor.submit(function, task) for task in tasks]
        return (future.result() for future in futures)


@contextmanager
def forked_pool(workers: int, shared: object = None, setup: Callable[[object], object] | None = None):
    """A ForkedPool of `workers` processes, or None when `workers` is 1 or less or fork does
    not exist (the caller then does the work itself). Each worker inherits `shared` through
    the fork (nothing is pickled) and reads it, or what `setup(shared)` made of it once in that
    worker, with worker_state(). Leaving the block waits for the workers to end; an exception
    (an error, Ctrl-C, a worker killed) kills them at once and drops the tasks not yet done."""
    global _handed
    if workers <= 1:
        yield None
        return
    _handed = shared
    try:
        executor = fork_pool(workers, _start_worker, (setup,))
        if executor is None:
            yield None
            return
        try:
            yield ForkedPool(executor)
        except BaseException:
            stop_pool(executor)
            raise
        executor.shutdown()
    finally:
        _handed = None


def worker_state() -> object:
    """In a worker of forked_pool: the state handed to it (or what its setup made of it)."""
    return _state


def _start_worker(setup: Callable[[object], object] | None) -> None:
    global _state
    start_forked_worker()
    _state = setup(_handed) if setup is not None else _handed


def fork_pool(workers: int, initializer: Callable, initargs: tuple = ()):
    """A process pool whose workers are forks of this process (what they need reaches them
    without pickling), or None where fork does not exist. multiprocessing is imported here,
    not at the top: a build that renders a few documents does without it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    global _parent
    _parent = os.getpid()
    _prctl()   # (loaded here, once, rather than in each worker)
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=initializer, initargs=initargs)


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
    die_with_parent(_parent)
    gc.freeze()
    gc.enable()


@functools.cache
def _prctl():
    """Linux's prctl, through ctypes; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def die_with_parent(parent: int) -> None:
    """In a child process: be killed when `parent` ends, however it ends (SIGKILL, a crash),
    rather than go on working for nobody (a page worker holds much of the build's memory, and
    writes into a staging folder that the next build removes). Linux's PR_SET_PDEATHSIG; if
    the parent is already gone (it died before this was set), end now."""
    prctl = _prctl()
    if prctl is None or not parent:
        return
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


@functools.cache
def _setpriv() -> str | None:
    """util-linux's setpriv, when it can set a parent-death signal for the program it runs."""
    found = shutil.which("setpriv") if sys.platform.startswith("linux") else None
    if found is None:
        return None
    try:
        usage = subprocess.run([found, "--help"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return found if "--pdeathsig" in usage else None


def dying_with_this_process(command: list[str]) -> list[str]:
    """A command run so that it is killed when this process ends (Pagefind, for a build that
    is killed): through setpriv --pdeathsig, which costs an exec; where there is none, see
    child_dies_with_parent."""
    setpriv = _setpriv()
    return [setpriv, "--pdeathsig", "KILL", "--", *command] if setpriv else command


def child_dies_with_parent() -> Callable[[], None] | None:
    """A preexec_fn for subprocess that does what dying_with_this_process could not (no
    setpriv): prctl in the forked child. None when not needed or not possible: a preexec_fn
    makes Python fork the whole build process rather than spawn (milliseconds per run)."""
    if _setpriv() is not None or _prctl() is None:
        return None
    return functools.partial(die_with_parent, os.getpid())
