"""The site marker (.dossier-site.json) is read from a folder anyone may have written: a
marker of an older version, edited by hand or hostile is read as far as it makes sense, and
never stops a build with a traceback."""
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import article
from generator.manifest import SiteManifest

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20)
FIELDS = ["entries", "assets", "fingerprint", "pages", "files", "warnings", "state", "search_shards",
          "search_documents", "incomplete", "hashes"]


@given(st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), JSON, max_size=8) | JSON)
@settings(max_examples=300, deadline=None)
def test_any_json_reads_as_a_manifest_of_the_right_types(data):
    manifest = SiteManifest.from_json(data)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in manifest.hashes.items())
    assert all(isinstance(name, str) for name in [*manifest.entries, *(manifest.assets or ())])
    assert isinstance(manifest.pages, int) and isinstance(manifest.files, int)
    assert all(isinstance(path, str) and isinstance(message, str) for path, _, message, _ in manifest.warnings)
    assert SiteManifest.from_json(json.loads(json.dumps(manifest.to_json()))) == manifest


def test_a_manifest_survives_its_json():
    manifest = SiteManifest(entries=["articles", "index.html"], assets=["assets/style.css"], fingerprint="f",
                            pages=2, files=3, warnings=[("articles/a.md", 3, "a warning", None)],
                            state={"frame": "x"}, search_shards={"s0": "1"}, search_documents={"a.html": "d"},
                            hashes={"index.html": "h"})
    assert SiteManifest.from_json(json.loads(json.dumps(manifest.to_json()))) == manifest
    assert "incomplete" not in manifest.to_json()


def test_a_hostile_marker_in_the_output_folder_does_not_stop_the_build(make_dossier):
    d = make_dossier({"articles/a.md": article("A")})
    d.output.mkdir()
    (d.output / "CNAME").write_text("mine\n")
    (d.output / ".dossier-site.json").write_text(json.dumps(
        {"entries": 5, "hashes": {"x.html": 1}, "assets": [{}], "warnings": [[1, 2]], "pages": "many",
         "fingerprint": ["x"], "state": "nope", "search_shards": [1]}))
    run = d.build("--no-search")
    assert run.code == 0, run.err
    assert (d.output / "articles" / "a.html").is_file() and (d.output / "CNAME").read_text() == "mine\n"
    assert json.loads((d.output / ".dossier-site.json").read_text())["pages"] >= 1
