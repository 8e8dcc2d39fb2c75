"""Property tests of the editions: internal blocks never reach the public text, whatever
their nesting, and a dossier of random visibility publishes none of what it keeps internal."""
import json
import shutil

from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import article, entity, write_files
from generator.cli import main
from generator.fences import internal_blocks, internal_texts, public_text, unclosed_line
from test_editions import found, site_text

OPENERS = ("::: internal", "::: {.internal}", ":::: internal ::::", "  ::: internal", "::: { .note .internal }")
OTHER_OPENERS = ("::: note", "::: {.warning}", "::::: aside")
CLOSERS = (":::", "::::", "  :::  ")


@st.composite
def marked_text(draw, depth=0, inside=False):
    """Lines of Markdown, each line of text holding a unique word: 'secret' inside an
    internal block, 'public' outside; internal blocks and other divs nested at random."""
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "text", "internal", "div", "stray"] if depth < 3 else ["text"]))
        if kind == "text":
            lines.append(f"{'secret' if inside else 'public'}{draw(st.integers(0, 10**6))} words")
        elif kind == "internal":
            lines += [draw(st.sampled_from(OPENERS)), *draw(marked_text(depth + 1, True)),
                      draw(st.sampled_from(CLOSERS))]
        elif kind == "div":   # another div: inside a block, its fences nest; outside, they are text
            lines += [draw(st.sampled_from(OTHER_OPENERS)), *draw(marked_text(depth + 1, inside)),
                      draw(st.sampled_from(CLOSERS))]
        elif not inside:      # a stray closing fence outside any block is text
            lines.append(draw(st.sampled_from(CLOSERS)))
        lines += [""] * draw(st.integers(0, 1))
    return lines


@given(marked_text(), st.booleans())
@settings(max_examples=300, deadline=None)
def test_the_public_text_holds_no_line_of_an_internal_block(lines, truncate):
    text = "\n".join(lines)
    secrets = [line for line in lines if line.startswith("secret")]
    if truncate and secrets:   # cut inside a block: never closed, everything after its fence left out
        text = text[:text.index(secrets[-1]) + len(secrets[-1])]
        assert unclosed_line(text) is not None
    public = public_text(text)
    assert public.count("\n") == text.count("\n")   # (every line keeps its number)
    assert "secret" not in public
    assert all(line in public.split("\n") for line in text.split("\n") if line.startswith("public"))
    inner = "\n".join(internal_texts(text))
    assert all(line in inner for line in text.split("\n") if line.startswith("secret"))
    assert "public" not in inner
    if not truncate:
        assert all(block.end is not None for block in internal_blocks(text))


@st.composite
def random_dossier(draw):
    """A small dossier whose every item is internal or public at random, each internal
    thing (item, relation, block, internal name) carrying a canary word of its own."""
    files, canaries, public_articles = {}, [], []
    canary = iter(f"canary{n}x" for n in range(1000))
    entity_names = {}
    for index in range(draw(st.integers(1, 3))):
        internal, real = draw(st.booleans()), draw(st.booleans())
        name = f"{next(canary)} Person" if internal else f"Public Person {'ABC'[index]}"
        fields = {"visibility": "internal"} if internal else {}
        if real:
            fields["internal_name"] = f'"{next(canary)} Realname"'
        if internal:
            canaries.append(name.split()[0])
        if real:
            canaries.append(fields["internal_name"].strip('"').split()[0])
        entity_names[f"e{index}"] = (name, internal)
        files[f"entities/e{index}.yaml"] = entity(name, **fields)
    for index in range(draw(st.integers(1, 3))):
        internal = draw(st.booleans())
        word = next(canary)
        title = f"{word} story" if internal else f"Story {index}"
        # (a public text naming an internal entity publishes the words it wrote: not generated)
        # (names joined by words of their own: an internal text that is nothing but public names in
        # the order the site lists them would be an 8-word run of it on the public pages)
        body = " met ".join(name for name, secret in entity_names.values() if internal or not secret) + "."
        if internal:
            canaries.append(word)
            body += f" {next(canary)} in the body."
            canaries.append(body.split()[-4])
        else:
            public_articles.append(f"a{index}")
            if draw(st.booleans()):
                block_word = next(canary)
                canaries.append(block_word)
                everyone = " ".join(name for name, _ in entity_names.values())
                body += f"\n\n::: internal\n{block_word} told us [@a0] [[e0]] {everyone}.\n:::\n\nMore words."
        files[f"articles/a{index}.md"] = article(title, body, published=f"2024-0{index + 1}-01", tags="[t]",
                                                 **({"visibility": "internal"} if internal else {}))
    if len(entity_names) > 1 and draw(st.booleans()):
        note = next(canary)
        canaries.append(note)
        files["entities/e0.yaml"] += (f"relations:\n  - type: \"knows\"\n    to: e1\n    visibility: internal\n"
                                      f"    note: \"{note}\"\n")
    files["summaries/s.md"] = article("Overview", " ".join(f"[@{a}]" for a in public_articles) or "Nothing yet.")
    return files, canaries


@given(random_dossier())
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_random_dossier_publishes_no_canary_and_the_internal_edition_holds_each(tmp_path_factory, generated):
    files, canaries = generated
    folder = tmp_path_factory.mktemp("random")
    root = write_files(folder / "dossier", {"dossier.yaml": "base_url: https://example.org/\n", **files})
    assert main(["build", str(root), "-o", str(folder / "public"), "-q"]) == 0
    assert main(["build", str(root), "-o", str(folder / "internal"), "--internal", "-q"]) == 0
    public, internal = site_text(folder / "public"), site_text(folder / "internal")
    assert any(name.startswith("pagefind/") for name in public)
    assert {word: found(public, word) for word in canaries} == {word: [] for word in canaries}
    assert [word for word in canaries if not found(internal, word)] == []
    assert json.loads(public[".dossier-site.json"])["edition"] == "public"
    shutil.rmtree(folder)
