"""What the build cache's entries are keyed and signed by.

Keys: digests of texts and values, and the fingerprint of the generator's own code (every
module of the package) with the versions of the libraries that shape its output, so that an
upgrade of either makes every entry stale. Signatures: a MAC (HMAC-SHA256) of each entry,
made with a key of this user's that is kept outside any dossier (signing_key), so that a
cache received with a dossier is never trusted more than the Markdown it came from.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import importlib
import os
import time
from pathlib import Path

from . import __version__

NOT_BUILD_CODE = ("importer/",)   # the package's parts a build never imports
KEY_FILE = "cache-key"
KEY_BYTES = 32
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)   # (not on Windows)
# A file modified this recently is not trusted by its size and time alone: a second edit
# within the file system's time resolution could leave both unchanged.
RACY_NS = 2_000_000_000


def settled(mtime_ns: int) -> bool:
    """Whether a file modified at `mtime_ns` can be trusted unchanged while its size and time are."""
    return time.time_ns() - mtime_ns >= RACY_NS


def text_key(*parts: str) -> str:
    """The hash of the parts, each followed by a NUL (one update: half the time of one per part)."""
    return hashlib.sha256("\0".join((*parts, "")).encode("utf-8", "surrogatepass")).hexdigest()


def digest_of(*parts: object) -> str:
    """A short hash of strings, numbers and (nested) lists or tuples of them (through repr)."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


# The libraries that shape the output, by the module that names them.
RENDERING_LIBRARIES = {"markdown": "markdown", "jinja2": "jinja2", "nh3": "nh3", "pyyaml": "yaml",
                       "markupsafe": "markupsafe", "babel": "babel"}   # (babel: CLDR's dates)


@functools.cache
def code_fingerprint() -> str:
    """The generator's own code (every module, by its path; the importer aside, which a build
    never runs) and the versions of the libraries that shape its output: a change to either
    invalidates everything (also between releases). Computed once per process: the code that
    runs is the code that was imported."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256("\0".join((__version__, *library_versions(), "")).encode())
    for name in sorted(path.relative_to(package).as_posix() for path in package.rglob("*.py")):
        if not name.startswith(NOT_BUILD_CODE):
            digest.update(f"{name}\0{len(data := (package / name).read_bytes())}\0".encode("utf-8", "surrogatepass"))
            digest.update(data)
    return digest.hexdigest()


@functools.cache
def library_versions() -> tuple[str, ...]:
    """The installed versions of RENDERING_LIBRARIES (fixed for the life of a process): the
    module's own __version__, or, for a module without one in its namespace (MarkupSafe 3), the
    size and time of its installed file (importlib.metadata is slow to import)."""
    versions = []
    for name, module_name in RENDERING_LIBRARIES.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            versions.append(f"{name} (missing)")
            continue
        version = module.__dict__.get("__version__")   # (not getattr: MarkupSafe 3.0 warns)
        if not isinstance(version, str):
            stat = os.stat(module.__file__) if getattr(module, "__file__", None) else None
            version = f"file {stat.st_size}:{stat.st_mtime_ns}" if stat else "unknown"
        versions.append(f"{name}=={version}")
    return tuple(versions)


def key_folder() -> Path:
    """Where this user's key for caches is kept: $XDG_CACHE_HOME/dossier, else ~/.cache/dossier
    (a relative XDG_CACHE_HOME is ignored, as the XDG specification says). Never in a dossier."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "dossier"


def signing_key() -> bytes:
    """This user's key for signing cache entries: KEY_BYTES random bytes, made on first use in
    key_folder(), readable by the user alone. Raises OSError (RuntimeError: no home folder)
    when it can be neither read nor made."""
    folder = key_folder()
    path = folder / KEY_FILE
    key = _read_key(path)
    if key is not None:
        return key
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = folder / f".{KEY_FILE}.{os.getpid()}"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | NOFOLLOW, 0o600)
    try:
        os.write(descriptor, os.urandom(KEY_BYTES))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    try:
        os.link(temporary, path)     # never over a key another build made meanwhile
    except OSError:                  # one is there (damaged: replaced), or no links here
        if _read_key(path) is None:
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    key = _read_key(path)
    if key is None:
        raise OSError(f"{path} holds no key")
    return key


def _read_key(path: Path) -> bytes | None:
    """The key in `path`; None when there is none, or not a whole one (a build killed as it wrote)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | NOFOLLOW)
    except FileNotFoundError:
        return None
    try:
        key = os.read(descriptor, KEY_BYTES + 1)
    finally:
        os.close(descriptor)
    return key if len(key) == KEY_BYTES else None


def sign(key: bytes, value: str | bytes, *names: str) -> bytes:
    """The MAC of an entry: its `names` (the table or column, the entry's key, its small fields),
    each followed by a NUL, then its value (as UTF-8: large values are read back as bytes, which
    spares encoding them again). The names hold no NUL (names, digests, numbers, paths), so no
    part can be shifted into another."""
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogatepass")
    return hmac.digest(key, "\0".join((*names, "")).encode("utf-8", "surrogatepass") + value, "sha256")[:16]


def signed(key: bytes, mac: object, value: object, *names: object) -> bool:
    """Whether `mac` is the MAC of the entry (see sign)."""
    try:
        return hmac.compare_digest(mac, sign(key, value, *names))
    except TypeError:    # a value or MAC of another type than this cache writes (None, a number)
        return False


def key_place() -> str:
    try:
        return str(key_folder())
    except RuntimeError:    # no home folder
        return "$XDG_CACHE_HOME/dossier"
