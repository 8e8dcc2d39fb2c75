"""Command line: parse arguments, call the pipeline, turn errors into messages and exit codes."""
from __future__ import annotations

import argparse
import errno
import json
import os
import signal
import sqlite3
import sys
from pathlib import Path

from . import __version__
from .build import build_site, check_dossier
from .cache import CACHE_FOLDER
from .config import base_url_problem, load_config
from .fields import EMBARGO_FORM, embargo_moment
from .i18n import interface_of, interface_strings, language_code
from .publication import read_publication
from .errors import ContentError, DossierError, OutputError, counted, display_path, sort_problems
from .scaffold import KINDS, ScaffoldError, init_project, new_item


class Terminated(BaseException):
    """SIGTERM, turned into an exception so that every clean-up runs as for Ctrl-C."""


def _on_sigterm(signum, frame):
    raise Terminated()


def run() -> None:
    """The `dossier` command: main(), then out at once (os._exit: a normal exit would free the
    build's millions of objects one by one, a large share of an incremental build; every file
    is closed and every worker has ended by then, and the output is flushed here)."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    folder_last = getattr(args, "command", None) == "new" and isinstance(args.dir, _DefaultDossier)
    if folder_last and len(extra) == 1 and extra[0][:1] != "-":
        args.dir = extra.pop()   # (the folder after an option: dossier new entity x --type place DIR)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(args)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace) -> int:
    try:
        return args.run(args)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem.format(), file=sys.stderr)
        errors = sum(1 for p in exc.problems if p.is_error)
        print(f"Build failed: {counted(errors, 'error')}; nothing was written.",
              file=sys.stderr)
        return 1
    except (OutputError, ScaffoldError) as exc:   # (and ClippingError, below: any DossierError)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"error: {_not_found(args, str(exc.filename or exc))}", file=sys.stderr)
        return 2
    except OSError as exc:  # the dossier or output cannot be read or written: could not run
        what = f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            print(f"error: the disk is full ({what}); free some space and run again", file=sys.stderr)
        else:
            print(f"error: {what}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:   # the build cache, where the disk is full or the file is damaged
        cache = Path(getattr(args, "dir", None) or getattr(args, "into", ".")) / CACHE_FOLDER
        full = "full" in str(exc)
        print(f"error: {'the disk is full: ' if full else ''}the build cache in {display_path(cache.resolve())} "
              f"could not be written ({exc}); {'free some space' if full else 'delete that folder'} and run again",
              file=sys.stderr)
        return 2
    except (KeyboardInterrupt, Terminated) as exc:
        if getattr(exc, "site_written", False):   # (it came as the swap ended: see write.swap_in)
            print("interrupted: the build had finished, the new site is in place", file=sys.stderr)
        else:
            print("interrupted: nothing was changed (the previous site, if any, is as it was)", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    except DossierError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # an internal bug: say so briefly, without a traceback
        print(f"internal error: {type(exc).__name__}: {exc}\nThis is a bug in dossier {__version__}, not in "
              "your content; please report it to the maintainers with the command you ran "
              "(set DOSSIER_DEBUG=1 to see the details).", file=sys.stderr)
        if _debug():
            raise
        return 70


def _not_found(args: argparse.Namespace, name: str) -> str:
    """What a FileNotFoundError means for the command that was run."""
    if Path(name).is_file():
        return f"{name} is a file; give the folder of a dossier"
    if name in getattr(args, "files", ()):
        return f"no such file: {name}"
    folders = {str(Path(folder)) for folder in (getattr(args, "dir", None), getattr(args, "into", None)) if folder}
    return f"no such {'folder' if str(Path(name)) in folders else 'file or folder'}: {name}"


def _debug() -> bool:
    return bool(os.environ.get("DOSSIER_DEBUG"))


class _DefaultDossier(str):
    """'content' as a default, told apart from 'content' typed by the user."""


_DEFAULT_DOSSIER = _DefaultDossier("content")

ALLOW_SCRIPTS_HELP = ("let the dossier's own templates and static files add scripts (only for a dossier you trust, "
                      "such as your own: one received from someone else would run them in your readers' browsers)")


def _port(text: str) -> int:
    """A port for `serve -p`: 0 (any free one) to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a port: choose one from 1 to 65535, or 0 for any free one")
    return port


def _base_url(text: str) -> str:
    """--base-url, held to the same rule as dossier.yaml's base_url."""
    if problem := base_url_problem(text):
        raise argparse.ArgumentTypeError(f"{text!r}: {problem.replace('base_url', 'the address', 1)}")
    return text


def _as_of(text: str):
    """--as-of: a moment with its offset from UTC."""
    moment = embargo_moment(text)
    if moment is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date and time with its offset; {EMBARGO_FORM}")
    return moment


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dossier", description="Build a briefing dossier into a static site.")
    parser.add_argument("--version", action="version", version=f"dossier {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")

    init = commands.add_parser("init", help="start a dossier of your own", description=(
        "Make DIR a project: DIR/content/ is the dossier (dossier.yaml with every setting explained, its folders, "
        "and an example of each kind of file, to delete when you add your own), and DIR/.gitignore keeps the "
        "build cache and the site out of version control. Refuses a folder that is already a dossier."))
    init.add_argument("dir", nargs="?", default=".", help="the project folder (default: the current folder)")
    init.set_defaults(run=_run_init)

    build = commands.add_parser("build", help="build the site", description=(
        "Build the dossier in DIR into a static site in OUT. The previous site stays in place "
        "unless the build succeeds."))
    build.add_argument("dir", nargs="?", default="content", help="the dossier folder (default: content)")
    build.add_argument("-o", "--output", default="site", help="the output folder (default: site)")
    build.add_argument("--base-url", type=_base_url, help="the site's public address, for the feed and sitemap "
                       "(https://host/path/, or /path/; links in pages stay relative)")
    build.add_argument("--force", action="store_true", help="build into a non-empty folder dossier did not "
                       "create; rebuild everything, even when nothing or little changed")
    build.add_argument("--no-search", action="store_true", help="skip the search index (faster drafts)")
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but problems")
    build.add_argument("--allow-scripts", action="store_true", help=ALLOW_SCRIPTS_HELP)
    build.add_argument("--internal", action="store_true", help="build the internal edition: everything, internal "
                       "items and blocks included, marked 'Internal — not for publication' (default: the public one)")
    build.add_argument("--as-of", type=_as_of, metavar="DATETIME", help="the public edition as of this moment "
                       "(embargoes ended by then are lifted; default: now), such as 2025-06-01T06:00+02:00")
    build.add_argument("--whats-new-from", type=Path, metavar="DIR", help="compare with the last public build "
                       "recorded in the output folder DIR for the What's new page (default: the output folder's own; "
                       "with --internal: what the next public build into DIR would add or change)")
    build.set_defaults(run=_run_build)

    check = commands.add_parser("check", help="validate the dossier without writing", description=(
        "Report every problem as path:line: message. Exit 0 when clean, 1 on errors, 2 when it cannot run."))
    check.add_argument("dir", nargs="?", default="content", help="the dossier folder (default: content)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("-q", "--quiet", action="store_true", help="print only the problems (the exit status is the same)")
    check.add_argument("--allow-scripts", action="store_true", help=ALLOW_SCRIPTS_HELP)
    check.add_argument("--labels", action="store_true", help="list every interface string as the site shows it in "
                       "the dossier's language (English, then its wording), for `labels:` in dossier.yaml")
    check.set_defaults(run=_run_check)

    serve_cmd = commands.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on every save",
                                    description=("Build the dossier into a private folder, serve it, watch the "
                                                 "dossier and the theme, rebuild on every change and reload the "
                                                 "open pages; errors show in the terminal and over the page."))
    serve_cmd.add_argument("dir", nargs="?", default="content", help="the dossier folder (default: content)")
    serve_cmd.add_argument("-p", "--port", type=_port, default=8000, help="the port (default: 8000; 0: any free one)")
    serve_cmd.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1, this "
                           "machine only; 0.0.0.0 makes the preview visible to the network)")
    serve_cmd.add_argument("--no-search", action="store_true", help="skip the search index")
    serve_cmd.add_argument("--allow-scripts", action="store_true", help=ALLOW_SCRIPTS_HELP)
    serve_cmd.add_argument("--public", action="store_true", help="show the public edition (default: the internal "
                           "one, everything, marked 'Internal — not for publication')")
    serve_cmd.set_defaults(run=_run_serve)

    imp = commands.add_parser("import", help="turn clippings (pasted text, saved web pages, PDFs) into article files",
                              description=(
        "Read clippings: pasted text (.txt, or - for standard input), web pages saved from a browser (.html) and "
        "PDFs, given as files or folders. For each, decide the title, outlet, byline, date, URL, language and access "
        "from what the clipping states, remove page furniture, keep the file unchanged in originals/ with its SHA-256, "
        "and write an article file whose review list names what the clipping does not state. A copy of an article "
        "already in the dossier is recorded in that article's syndicated list; a clipping already imported changes "
        "nothing. Never prompts; never overwrites."))
    imp.add_argument("files", nargs="+", metavar="FILE", help="clipping files or folders of them; - reads standard input")
    imp.add_argument("--into", default="content", help="the dossier folder (default: content)")
    imp.add_argument("--new", action="store_true", help="write a separate article even for a copy (linked by copy_of)")
    imp.add_argument("--outlet", help="the outlet, when you know it and the clipping does not say")
    imp.add_argument("--dry-run", action="store_true", help="print every decision and write nothing")
    imp.add_argument("-v", "--verbose", action="store_true", help="print every decision for each file, not only for one")
    imp.set_defaults(run=_run_import)

    new = commands.add_parser("new", help="create a new article, summary or entity file", description=(
        "Write a new file with every field present and explained."))
    new.add_argument("kind", choices=KINDS)
    new.add_argument("id", help="the new item's id (letters, digits, '-', '_', '.')")
    new.add_argument("dir", nargs="?", default=_DEFAULT_DOSSIER, help="the dossier folder (default: content)")
    new.add_argument("--type", help="an entity's type: person (the default), organization, place, event, work, or "
                     "one of your own; the file goes into the folder the dossier keeps for that type")
    new.set_defaults(run=_run_new)
    return parser


class TerminalProgress:
    """One line on a terminal: the stages done, and a bar while Markdown renders."""

    def __init__(self):
        self.done: list[str] = []

    def _show(self, text: str) -> None:
        sys.stderr.write("\r\x1b[K" + text)
        sys.stderr.flush()

    def stage(self, name: str, seconds: float) -> None:
        self.done.append(f"{name} ({seconds:.1f} s)")
        self._show(" · ".join(self.done[-3:]))

    def count(self, what: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        self._show(f"{what} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")

    def clear(self) -> None:
        self._show("")


def _terminal_progress() -> TerminalProgress | None:
    """A progress display on a terminal; None when piped or logged (nothing is printed)."""
    return TerminalProgress() if sys.stderr.isatty() else None


def _publication_folder(folder: Path | None) -> Path | None:
    """--whats-new-from: an output folder where a public build recorded its publication."""
    if folder is not None and read_publication(folder) is None:
        raise OutputError(f"{display_path(folder)} holds no record of a public build (its .dossier-site.json); "
                          "give the output folder of the last public build, or build the public edition into it first")
    return folder


def _run_build(args: argparse.Namespace) -> int:
    progress = None if args.quiet else _terminal_progress()
    try:
        result = build_site(Path(args.dir), Path(args.output), base_url=args.base_url, force=args.force,
                            search=not args.no_search, progress=progress, allow_scripts=args.allow_scripts,
                            internal=args.internal, as_of=args.as_of,
                            publication_from=_publication_folder(args.whats_new_from))
    finally:
        if progress:
            progress.clear()
    for problem in [*result.notes, *result.warnings]:
        print(problem.format(), file=sys.stderr)
    if not args.quiet:
        index = display_path(result.output.resolve() / "index.html")
        if result.up_to_date:
            print(f"Nothing changed since the last build: {args.output} is up to date "
                  f"(checked in {result.seconds:.2f} s). Open {index}")
        elif result.incremental:
            print(f"{result.update.capitalize()} (only what the edit touched) in {args.output} "
                  f"in {result.seconds:.1f} s. Open {index}")
        else:
            print(f"Built {result.pages} pages ({result.files} files) from {args.dir} into {args.output} "
                  f"in {result.seconds:.1f} s. Open {index}")
    return 0


def _run_check(args: argparse.Namespace) -> int:
    if args.labels:
        return _list_labels(Path(args.dir))
    found = check_dossier(Path(args.dir), allow_scripts=args.allow_scripts)
    problems = [p for p in found if p.severity != "note"]
    cache_notes = [p for p in found if p.severity == "note" and p.path.name == CACHE_FOLDER]
    notes = [p for p in found if p.severity == "note" and p not in cache_notes]
    failed = {p.path for p in problems if p.is_error}   # (a note on a file in error goes with its error)
    told = [p for p in notes if p.path in failed]
    notes = [p for p in notes if p not in told]
    language = [p for p in notes if p.path.name == "dossier.yaml"]   # (the interface's words left in English)
    notes = [p for p in notes if p not in language]
    for note in [*cache_notes, *language]:
        print(note.format(), file=sys.stderr)
    for problem in sort_problems([*problems, *told]):
        print(problem.format(), file=sys.stderr)
    if notes and not args.quiet:
        print(f"Review ({len(notes)}): names that may be missing from the dossier, or misspelt:", file=sys.stderr)
        for note in notes:
            print("  " + note.format(), file=sys.stderr)
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    if errors or (args.strict and warnings):
        if not args.quiet:
            strict = " (--strict: warnings fail the check)" if args.strict and warnings else ""
            print(f"{counted(errors, 'error')}, {counted(warnings, 'warning')}{strict}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"No errors ({counted(warnings, 'warning')}) in {args.dir}")
    return 0


def _list_labels(root: Path) -> int:
    """Every interface string, as `labels:` names it, and as the site shows it now."""
    config, problems = load_config(root)
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    interface = interface_of(config)
    for english, plural in interface_strings().items():
        shown = json.dumps(interface.wording(english, plural), ensure_ascii=False)
        mark = "" if english in interface.messages or language_code(config.language) == "en" else "   # not translated"
        print(f"{json.dumps(english, ensure_ascii=False)}: {shown}{mark}")   # (lines `labels:` takes as they are)
    return 1 if any(p.is_error for p in problems) else 0


def _run_serve(args: argparse.Namespace) -> int:
    """Serve until Ctrl-C (exit 0) or SIGTERM (143), then say so in one line."""
    from .serve import serve
    code = 0
    try:
        serve(Path(args.dir), host=args.host, port=args.port, search=not args.no_search,
              allow_scripts=args.allow_scripts, internal=not args.public)
    except (KeyboardInterrupt, Terminated) as exc:   # (serve returns when Ctrl-C comes while it serves)
        code = 143 if isinstance(exc, Terminated) else 0
    # on a terminal, over the '^C' it echoed
    print(f"{chr(13) if sys.stdout.isatty() else ''}Stopped.", flush=True)
    return code


def _run_import(args: argparse.Namespace) -> int:
    from .importer.batch import import_all
    from .outlets import dossier_outlets
    book, problems = dossier_outlets(Path(args.into))   # (recognised by name or alias in the clippings)
    for problem in problems:   # (the build reports them as errors; import goes on with the outlets it could read)
        print(problem.format(), file=sys.stderr)
    return import_all(args.files, Path(args.into), new=args.new, outlet=args.outlet, dry_run=args.dry_run,
                      verbose=args.verbose, progress=_terminal_progress(), known_outlets=book.known_outlets())


def _run_new(args: argparse.Namespace) -> int:
    path = new_item(Path(args.dir), args.kind, args.id, args.type)
    print(f"Created {display_path(path)}")
    return 0


def _run_init(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    written = init_project(folder)
    content = display_path((folder / "content").resolve())
    print(f"Created a dossier in {content}, with an example of each kind of file to delete when you add your own:")
    for path in written:
        print(f"  {display_path(path.resolve())}")
    enter = "" if folder.resolve() == Path.cwd() else f"cd {display_path(folder.resolve())} && "
    print(f"Next: {enter}dossier serve   (a preview at http://127.0.0.1:8000 that follows your edits)")
    return 0


if __name__ == "__main__":
    run()
