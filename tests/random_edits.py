"""Random edits against the incremental builds: not a test (it takes minutes), a tool to run
after changing incremental.py, facts.py, views/ or the markup package.

    python tests/random_edits.py [--seed 1] [--edits 150] [--folder /tmp/random-edits]

It copies the example dossier, adds 60 generated clippings, then makes random edits one at a
time: titles, dates, tags, access, outlets, order, mentions, links, citations, copies and
translations, syndicated records, kinds, bylines, new and deleted clippings; entities' summaries, roles,
aliases, names, types, dates, places, participants, tags and relations, new and deleted
entities and events. After each, the warm build (incremental or full) must be
byte-identical to a cold single-process build without a cache; an edit that makes the
dossier invalid is undone. It stops at the first difference, naming the edit and the files.
"""
import argparse
import hashlib
import random
import re
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from generator.build import build_site  # noqa: E402
from generator.errors import ContentError  # noqa: E402

arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
arguments.add_argument("--seed", type=int, default=1)
arguments.add_argument("--edits", type=int, default=150)
arguments.add_argument("--folder", type=Path, default=Path("/tmp/random-edits"))
options = arguments.parse_args()
seed, count = options.seed, options.edits
rng = random.Random(seed)
base = options.folder / f"seed-{seed}"
shutil.rmtree(base, ignore_errors=True)
content = base / "content"
shutil.copytree(REPO / "content", content, ignore=shutil.ignore_patterns(".dossier-cache"))
names = ["Hervé", "the locksmith", "Ofast", "Ofast Marseille", "Marseille", "Mohamed Amra", "Gérald Darmanin",
         "Emmanuel Macron", "IGPN", "Laure Beccuau", "Colombia", "Jérôme Durain", "Le Monde", "DEA", "Martinique"]
tags = ["police", "Police", "corruption", "ofast-affair", "OFAST Affair", "customs", "violence", "prisons"]
# entity summaries that open with links to documents (their one line shows the titles)
for rel, target in (("entities/people/herve.yaml", "overview"), ("entities/events/amra-escape.yaml", "igpn-raid-drug-squad")):
    path = content / rel
    text = path.read_text()
    text = re.sub(r"(?ms)^summary:.*?(?=^\w|\Z)", "", text)
    path.write_text(text.rstrip("\n") + f'\nsummary: "Named in [[{target}]]. More follows."\ntags: [police, prisons]\n')
ids = []
def new_article(i):
    ids.append(f"gen-{i}")
    day = rng.randrange(1, 28)
    mentioned = rng.sample(names, rng.randrange(0, 4))
    body = " ".join(f"{n} was named." for n in mentioned) + (" Hervé too." if i % 3 else "")
    if rng.random() < 0.2 and len(ids) > 2:
        body += f" See [[{rng.choice(ids[:-1])}]]."
    path = content / "articles" / f"gen-{i}.md"
    path.write_text(
        f'---\ntitle: "Generated {i}"\noutlet: Outlet {i % 5}\npublished: "2024-{rng.randrange(1, 13):02d}-{day:02d}"\n'
        f"tags: [{', '.join(rng.sample(tags, rng.randrange(0, 3)))}]\n---\n\n{body}\n")
    return path
for i in range(60):
    new_article(i)
next_id = [60]

def toggle(path, text):
    """Delete the file if it exists, else write it; returns how to undo that (path, old text)."""
    if path.exists():
        old = path.read_text()
        path.unlink()
        return path, old
    path.write_text(text)
    return path, None


def docs():
    return sorted(content.glob("articles/*.md")) + sorted(content.glob("summaries/*.md"))

def edit():
    kind = rng.choice(["title", "date", "tags", "mention", "unmention", "new", "delete", "link", "cite", "entity", "summary-title", "linked-title", "access", "outlet", "kind", "byline", "order", "attach", "entity", "entity", "alias", "new-entity", "relation", "relation", "delete-entity", "rename", "rename", "retype", "edate", "eplace", "etags", "new-event", "attach-new", "copy", "copy", "uncopy", "syndicate", "static"])
    path = rng.choice(docs())
    text = path.read_text()
    if kind in ("title", "summary-title", "linked-title"):
        if kind == "linked-title":
            path = rng.choice([content / "articles/igpn-raid-drug-squad.md", content / "summaries/overview.md"])
            text = path.read_text()
        if kind == "summary-title":
            path = rng.choice(sorted(content.glob("summaries/*.md")))
            text = path.read_text()
        text = re.sub(r'(?m)^title: *"?(.*?)"?$', lambda m: f'title: "{m.group(1)} v{rng.randrange(99)}"', text, count=1)
    elif kind == "date" and "articles" in path.parts:
        if re.search(r"(?m)^published:", text):
            text = re.sub(r"(?m)^published:.*$", f'published: "20{rng.randrange(20, 26)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}"', text, count=1)
    elif kind == "tags":
        new = ", ".join(rng.sample(tags, rng.randrange(0, 3)))
        if re.search(r"(?m)^tags:", text):
            text = re.sub(r"(?m)^tags:.*$", f"tags: [{new}]", text, count=1)
        else:
            text = text.replace("---\n", f"---\ntags: [{new}]\n", 1)
    elif kind == "access" and "articles" in path.parts:
        value = rng.choice(["full", "partial", "paywalled"])
        if re.search(r"(?m)^access:", text):
            text = re.sub(r"(?m)^access:.*$", f"access: {value}", text, count=1)
        else:
            text = text.replace("---\n", f"---\naccess: {value}\n", 1)
    elif kind == "outlet" and "articles" in path.parts:
        value = rng.choice(["Le Monde", "Outlet 1", "La Provence", "Outlet 9"])
        if re.search(r"(?m)^outlet:", text):
            text = re.sub(r"(?m)^outlet:.*$", f'outlet: "{value}"', text, count=1)
        else:
            text = text.replace("---\n", f'---\noutlet: "{value}"\n', 1)
    elif kind in ("kind", "byline") and "articles" in path.parts:
        key, value = ("kind", rng.choice(["news", "opinion", "wire", "interview"])) if kind == "kind" else \
            ("authors", rng.choice(['["William Molinie"]', '["W. Nobody"]', '["Hervé", "A. Writer"]', "[]"]))
        if re.search(rf"(?m)^{key}:", text):
            text = re.sub(rf"(?m)^{key}:.*$", f"{key}: {value}", text, count=1)
        else:
            text = text.replace("---\n", f"---\n{key}: {value}\n", 1)
    elif kind == "order":
        path = rng.choice(sorted(content.glob("summaries/*.md")))
        text = path.read_text()
        if re.search(r"(?m)^order:", text):
            text = re.sub(r"(?m)^order:.*$", f"order: {rng.randrange(0, 6)}", text, count=1)
        else:
            text = text.replace("---\n", f"---\norder: {rng.randrange(0, 6)}\n", 1)
    elif kind == "attach":
        value = ", ".join(rng.sample(["marseille", "herve", "ofast", "colombia", "igpn-raid"], rng.randrange(0, 3)))
        if re.search(r"(?m)^entities:", text):
            text = re.sub(r"(?m)^entities:.*$", f"entities: [{value}]", text, count=1)
        else:
            text = text.replace("---\n", f"---\nentities: [{value}]\n", 1)
    elif kind == "mention":
        text += f"\n{rng.choice(names)} appeared again.\n"
    elif kind == "unmention":
        name = rng.choice(names)
        text = text.replace(name, "someone", 1)
    elif kind == "new":
        path = new_article(next_id[0])
        next_id[0] += 1
        return kind, (path, None)
    elif kind == "delete":
        gen = sorted(content.glob("articles/gen-*.md"))
        if gen:
            victim = rng.choice(gen)
            saved = victim.read_text()
            victim.unlink()
            return kind, (victim, saved)
    elif kind == "link":
        target = rng.choice([p.stem for p in docs()])
        text += f"\nSee also [[{target}]].\n"
    elif kind == "cite":
        path = rng.choice(sorted(content.glob("summaries/*.md")))
        text = path.read_text()
        target = rng.choice([p.stem for p in content.glob("articles/*.md")])
        text += f"\nReported too [@{target}].\n"
    elif kind == "alias":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        text = path.read_text()
        alias = rng.choice(["report", "the wife", "Report 7", "cocaine", "Generated 12", "named", "the IGPN team", "Outlet 2"])
        if re.search(r"(?m)^aliases: \[", text):
            text = re.sub(r"(?m)^aliases: \[", f'aliases: ["{alias}", ', text, count=1)
        elif "aliases:" not in text:
            text += f'aliases: ["{alias}"]\n'
    elif kind == "new-entity":
        name = rng.choice(["Report 3", "Generated 5", "The sting", "Outlet 4", "Nobody Here"])
        return kind, toggle(content / "entities" / "people" / f"new-{rng.randrange(1000)}.yaml",
                            f'name: "{name}"\ntype: person\n')
    elif kind == "delete-entity":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        old = path.read_text()
        path.unlink()
        return kind, (path, old)
    elif kind == "relation":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        text = path.read_text()
        if "# stress relation" in text:
            text = text[:text.index("# stress relation")]
        elif "relations:" not in text:
            target = rng.choice(["france", "marseille", "ofast", "herve", "place-nette-marseille", "colombia"])
            if target not in path.stem:
                date = rng.choice(["", "    date: 2023\n", "    date: 2024-05\n"])
                text += f'# stress relation\nrelations:\n  - type: "linked to"\n    to: {target}\n{date}'
                if rng.random() < 0.5:
                    text += "    sources: [igpn-raid-drug-squad]\n"
    elif kind == "rename":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        text = path.read_text()
        text = re.sub(r'(?m)^name: *"?(.*?)"?$', lambda m: 'name: "' + f'{rng.choice(["A ", "Z ", ""])}{m.group(1)} {rng.choice(["", "Report", "Marseille", "X"])}'.strip() + '"', text, count=1)
    elif kind == "retype":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        text = path.read_text()
        text = re.sub(r"(?m)^type:.*$", f"type: {rng.choice(['person', 'organization', 'place', 'event', 'agency'])}", text, count=1)
    elif kind == "edate":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        text = path.read_text()
        value = rng.choice(["2023", "2024-05", '"spring 2024"', "2022-12-01", None])
        if re.search(r"(?m)^date:", text):
            text = re.sub(r"(?m)^date:.*\n", f"date: {value}\n" if value else "", text, count=1)
        elif value:
            text += f"date: {value}\n"
    elif kind == "eplace":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        text = path.read_text()
        text = re.sub(r"(?m)^(place|participants):.*\n", "", text)
        if rng.random() < 0.7:
            others = [p.stem for p in content.glob("entities/*/*.yaml") if p.stem != path.stem]
            text += f"place: {rng.choice(others)}\n" if rng.random() < 0.5 else ""
            text += f"participants: [{', '.join(rng.sample(others, rng.randrange(1, 3)))}]\n"
    elif kind == "etags":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        text = path.read_text()
        text = re.sub(r"(?m)^tags:.*\n", "", text) + f"tags: [{', '.join(rng.sample(tags, rng.randrange(0, 3)))}]\n"
    elif kind == "new-event":
        number = rng.randrange(1000)
        others = [p.stem for p in content.glob("entities/*/*.yaml")]
        return kind, toggle(content / "entities" / "events" / f"new-ev-{number}.yaml",
                            f'name: "Event {number}"\ntype: event\ndate: 202{rng.randrange(2, 6)}-0{rng.randrange(1, 10)}\n'
                            f"place: {rng.choice(others)}\nparticipants: [{rng.choice(others)}]\ntags: [police]\n"
                            f'summary: "An event with [[{rng.choice(others)}]]. More."\n')
    elif kind == "attach-new":
        number = rng.randrange(1000)
        new = content / "entities" / "people" / f"att-{number}.yaml"
        if new.exists():
            return kind, None
        new.write_text(f'name: "Attached {number}"\ntype: person\n')
        if re.search(r"(?m)^entities:", text):
            text = re.sub(r"(?m)^entities: *\[", f"entities: [att-{number}, ", text, count=1)
        else:
            text = text.replace("---\n", f"---\nentities: [att-{number}]\n", 1)
    elif kind in ("copy", "uncopy", "syndicate"):
        path = rng.choice(sorted(content.glob("articles/*.md")))
        text = path.read_text()
        text = re.sub(r"(?m)^(copy_of|translation_of):.*\n", "", text)
        if kind == "copy":
            target = rng.choice([p.stem for p in content.glob("articles/*.md") if p.stem != path.stem])
            text = text.replace("---\n", f"---\n{rng.choice(['copy_of', 'translation_of'])}: {target}\n", 1)
        elif kind == "syndicate" and "syndicated:" not in text:
            text = text.replace("---\n", f'---\nsyndicated:\n  - outlet: "Agg {rng.randrange(9)}"\n    published: 2024-02-0{rng.randrange(1, 9)}\n', 1)
    elif kind == "static":
        path = content / "static" / rng.choice(["robots.txt", "img/map.svg", "img/photo.txt"])
        if path.exists() and rng.random() < 0.5:
            old = path.read_text()
            path.unlink()
            return kind, (path, old)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text("")
        text = f"version {rng.randrange(99)}\n"
    elif kind == "entity":
        path = rng.choice(sorted(content.glob("entities/*/*.yaml")))
        text = path.read_text()
        choice = rng.randrange(4)
        if choice == 0:
            text += f"roles: [role {rng.randrange(99)}]\n" if "roles:" not in text else ""
        elif choice == 1 and "summary: |\n" in text:
            text = text.replace("summary: |\n", f"summary: |\n  Opening {rng.randrange(99)}. ", 1)
        elif choice == 2 and "summary: |\n" in text:
            text = text.replace("summary: |\n", f"summary: |\n  Opening [[{rng.choice([p.stem for p in docs()])}]]. ", 1)
        elif choice == 3:
            text = re.sub(r"(?m)^(summary: .*?)\.?\"?$", lambda m: m.group(1).rstrip('"') + f' Later {rng.randrange(99)}."', text, count=1)
    old = path.read_text()
    path.write_text(text)
    return kind, (path, old)

def tree(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".dossier-site.json"}

warm = base / "warm"
build_site(content, warm, search=False)
stats = {"incremental": 0, "full": 0, "error": 0}
for step in range(count):
    time.sleep(0.01)
    kind, undo = edit()
    try:
        result = build_site(content, warm, search=False)
    except ContentError:
        stats["error"] += 1
        if undo:
            path, old = undo
            if old is None:
                path.unlink()
            else:
                path.write_text(old)
        build_site(content, warm, search=False)
        continue
    stats["incremental" if result.incremental else "full"] += 1
    stats[kind + (" inc" if result.incremental else " full")] = stats.get(kind + (" inc" if result.incremental else " full"), 0) + 1
    cold_content = base / "cold-content"
    shutil.rmtree(cold_content, ignore_errors=True)
    shutil.copytree(content, cold_content, ignore=shutil.ignore_patterns(".dossier-cache"))
    cold = base / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    build_site(cold_content, cold, search=False, workers=1)
    a, b = tree(warm), tree(cold)
    diff = sorted(p for p in a.keys() | b.keys() if a.get(p) != b.get(p))
    if diff:
        print(undo[0] if undo else None)
        print(f"seed {seed} step {step} edit {kind} ({'incremental' if result.incremental else 'full'}): {len(diff)} differ: {diff[:8]}")
        sys.exit(1)
print(f"seed {seed}: {count} edits all equal; {stats}")
