"""A warm build (previous site present, parallel workers) is byte-identical to a cold,
single-process build of the same content. Pagefind's own files are not deterministic
(some names carry run-specific hashes), so they are compared by the query results they
give, in test_browser.py; here their indexed page fragments must be identical."""
import hashlib
import shutil
import subprocess
import sys

import pytest

from conftest import MAKE_CORPUS, article, entity, write_files
from generator.build import build_site
from generator.cache import CACHE_FOLDER


def digests(folder, search_files: bool):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()
            and (p.relative_to(folder).parts[0] == "pagefind") == search_files}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    if not MAKE_CORPUS.exists():
        pytest.skip(f"{MAKE_CORPUS} is not beside the repository")
    folder = tmp_path_factory.mktemp("determinism")
    corpus = folder / "corpus"
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--articles", "300", "--entities", "150", "--out",
                    str(corpus), "--format", "neutral"], check=True, capture_output=True)
    cold = folder / "cold"
    build_site(corpus, cold, workers=1)
    cold_parallel = folder / "cold-parallel"
    shutil.rmtree(corpus / CACHE_FOLDER)
    build_site(corpus, cold_parallel, workers=2)    # Markdown and pages in worker processes, no cache
    warm = folder / "warm"
    extra = write_files(corpus, {"articles/zz-extra.md": article("Extra", "Temporary.")}) / "articles" / "zz-extra.md"
    build_site(corpus, warm)                        # a previous site with different content ...
    extra.unlink()
    # ... then the warm, parallel rebuild (measured against the cold one's publication: its "What's new")
    build_site(corpus, warm, force=True, publication_from=cold)
    return cold, warm, cold_parallel


def test_warm_parallel_build_is_byte_identical_to_cold_single_process_build(builds):
    import json
    cold, warm, _ = builds
    cold_files, warm_files = digests(cold, False), digests(warm, False)
    assert len(cold_files) > 450
    assert cold_files.keys() == warm_files.keys()
    assert [path for path in cold_files if cold_files[path] != warm_files[path]] == [".dossier-site.json"] or \
        [path for path in cold_files if cold_files[path] != warm_files[path]] == []
    # the marker (dossier's own record, not part of the site) may differ only in whether the
    # input files had settled when each build looked at them (see build.input_fingerprint)
    markers = [json.loads((site / ".dossier-site.json").read_text()) for site in (cold, warm)]
    for marker in markers:
        marker["fingerprint"] = marker["fingerprint"].removesuffix(":unsettled")
    assert markers[0] == markers[1]


def test_cold_parallel_build_is_byte_identical_to_cold_single_process_build(builds):
    """The build measured by the benchmark: each Markdown worker stores what it renders in the
    cache and sends back the rest; the pages read the bodies and snippets from the cache."""
    cold, _, cold_parallel = builds
    pages = lambda site: {k: v for k, v in digests(site, False).items() if k != ".dossier-site.json"}
    assert len(pages(cold)) > 450 and pages(cold_parallel) == pages(cold)


def test_search_indexes_hold_the_same_pages(builds):
    cold, warm, _ = builds
    fragments = lambda site: {k: v for k, v in digests(site, True).items() if "/fragment/" in k}
    assert fragments(cold) and fragments(cold) == fragments(warm)


def test_files_read_by_worker_processes_load_as_in_one_process(tmp_path, monkeypatch):
    """A cold build shares the reading and validating of many files out to workers, which
    send back records and texts (load._parsed_in_workers): the dossier and its problems are
    the same as one process makes of them."""
    from generator import load, records, workers
    files = {f"articles/a{i:03d}.md": article(f"Article {i}", f"Body {i}: Hervé.\n\nSecond paragraph.",
                                              published=f"2024-05-{1 + i % 28:02d}", tags=["x"])
             for i in range(load.PARALLEL_FILES)}
    files |= {"articles/broken.md": "---\ntitle: [unclosed\n---\ntext\n",
              "articles/warned.md": article("Warned", outlett="Le Monde"),
              "articles/unreadable.md": b"---\ntitle: x\n---\n\xff\xfe",
              "summaries/s.md": article("S", "[@a001]"), "entities/herve.yaml": entity("Hervé", aliases=["H."])}
    root = write_files(tmp_path / "dossier", files)
    pools = []

    def counted_pool(*args):
        pools.append(args)
        return real_pool(*args)
    real_pool = workers.fork_pool
    monkeypatch.setattr(workers, "fork_pool", counted_pool)

    def shown(workers_count: int):
        dossier, problems = load.load_dossier(root, None, workers_count)
        items = [*dossier.articles, *dossier.summaries, *dossier.entities]
        return ([(records.encode(records.Loaded(item, []), item.source), item.source.text, item.source.yaml_text,
                  item.source.body, str(item.source.path)) for item in items],
                [problem.format() for problem in problems])

    one = shown(1)
    assert not pools
    shared = shown(2)
    assert len(pools) == 1
    assert len(one[0]) == load.PARALLEL_FILES + 3 and len(one[1]) == 3
    assert shared == one
