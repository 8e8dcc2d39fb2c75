"""Folders removed off the build's path: a retired site is deleted by a detached process.

Every folder dossier makes beside the output is named `.<site>.<kind>-<pid>...` (see
write.beside): the process number tells a build's own leftovers from those of a build that
is still running (recover.py). A folder being removed in the background carries the number
of the process removing it, so that it is left alone while that process lives.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path


def running(pid: int) -> bool:
    """Whether a process of this number is alive (another build, or a folder's remover). Not
    this one: what a process of this number left was left by an earlier one (a container
    gives each new build the same number), or by an earlier build of this process that
    failed, as recover runs before this build writes anything."""
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:   # (someone else's: alive)
        return True
    return True


def remove_in_background(folder: Path) -> None:
    """Delete a folder dossier retired, off the build's path: the new site is already live.

    A detached grandchild process deletes it (a double fork, so that nothing is left to reap,
    its output going nowhere) while the build returns. Before this returns, the folder is
    renamed after that process (owned_by): a build starting meanwhile, this process's next
    one included, sees that the folder is being dealt with (recover). Without fork, the
    folder is removed here.
    """
    if not hasattr(os, "fork"):
        shutil.rmtree(folder, ignore_errors=True)
        return
    read_end, write_end = os.pipe()
    child = os.fork()
    if child:
        os.close(read_end)
        os.close(write_end)
        os.waitpid(child, 0)   # (once the child is gone, the folder has its remover's name)
        return
    try:  # the child: start the grandchild, name the folder after it, and leave
        grandchild = os.fork()
        if grandchild:
            os.close(read_end)
            try:
                os.rename(folder, owned_by(folder, grandchild))
            except OSError:
                pass
        else:   # the grandchild: once the child has left (the pipe closed), remove the folder
            os.close(write_end)
            os.read(read_end, 1)
            os.setsid()
            quiet = os.open(os.devnull, os.O_RDWR)
            for descriptor in (0, 1, 2):
                os.dup2(quiet, descriptor)
            owned = owned_by(folder, os.getpid())
            shutil.rmtree(owned if os.path.lexists(owned) else folder, ignore_errors=True)
    finally:
        os._exit(0)


_PID = re.compile(r"-[0-9]+(?=(-[a-z0-9_]+)?$)")


def owned_by(folder: Path, pid: int) -> Path:
    """The folder's name once the process `pid` removes it: the process number in its name
    (`.<site>.old-<pid>-<unique>`, `.<site>.staging-<pid>`) replaced by `pid`."""
    return folder.with_name(_PID.sub(f"-{pid}", folder.name, count=1))


def remove_folder(folder: Path, seconds: float = 60) -> None:
    """Remove `folder` whole, even while a background remover is deleting a retired site in
    it: both only delete, so another pass finds what the first could not (a file the other
    was deleting) until the folder is gone; given up after `seconds`."""
    deadline = time.monotonic() + seconds
    while os.path.lexists(folder):
        shutil.rmtree(folder, ignore_errors=True)
        if not os.path.lexists(folder) or time.monotonic() > deadline:
            return
        time.sleep(0.02)
