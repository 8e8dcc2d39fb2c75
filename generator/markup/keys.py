"""The cache keys of renderings: what a text's HTML depends on besides the text itself.

A key holds the catalog fingerprint (the code, the settings, the entities and their names),
the text's id, link mode and digest, what it shows of the targets it refers to, and the
digests of the articles it quotes. When only names changed, renderings that cannot be
affected are kept under their new keys (reuse_across_names)."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from ..cache import BuildCache
from ..cachekeys import code_fingerprint, text_key
from ..i18n import interface_of
from ..index import Catalog
from ..matcher import fold
from ..quotes import EVERY_ID
from .items import Item
from .results import Changed


def rendering_basis(catalog: Catalog) -> dict:
    """What every text's rendering may depend on besides itself and the targets it refers to:
    the code and the settings (`base`), and every entity name (`names`: name key → [the name
    as written, its entity's id])."""
    config = catalog.config
    return {"base": text_key(code_fingerprint(), config.link_mentions, str(config.allow_raw_html),
                             interface_of(config).key),   # (a citation's preview and ¶ links speak the interface's words)
            "names": {key: list(value) for key, value in sorted(catalog.matcher.names.items())}}


def catalog_fingerprint(catalog: Catalog, basis: dict | None = None) -> str:
    """What every document's rendering depends on besides its own text: the code, the
    settings, the entities (any text may name them) and their names. The articles and
    summaries a text refers to are added for each text (reference_fingerprint): a new
    clipping renders no other document again. When only names changed, a text that holds
    none of the changed ones keeps its rendering (reuse_across_names)."""
    basis = basis or rendering_basis(catalog)
    return text_key(basis["base"], json.dumps(sorted((t.id, t.kind, t.title, t.path) for t in catalog.targets.values()
                                                     if t.kind == "entity")),
                    json.dumps(basis["names"], ensure_ascii=False))


def item_key(catalog: Catalog, fingerprint: str, item: Item) -> str:
    """The key of `item`'s rendering under the catalog `fingerprint`: its text (by its
    digest), the targets it refers to, and the texts it quotes."""
    digest, quoted, referenced = item.key_inputs()
    return text_key(fingerprint, item.id, item.link_mode or "", digest, reference_fingerprint(catalog, referenced),
                    *(catalog.articles[i].source.body_digest for i in quoted if i in catalog.articles))


def reference_fingerprint(catalog: Catalog, ids: Iterable[str]) -> str:
    """What a text's rendering takes from the targets it refers to (see quotes.referenced_ids):
    whether each exists, and what a link or citation shows of it."""
    if not ids:
        return "[]"   # (most texts: json.dumps([]))
    described = []
    if EVERY_ID in ids:
        ids = [EVERY_ID, *sorted(catalog.targets)]
    for target_id in ids:
        target = catalog.targets.get(target_id)
        article = catalog.articles.get(target_id)
        described.append([target_id, None if target is None else [target.kind, target.title, target.path],
                          None if article is None else [article.outlet, article.title, article.access,
                                                        article.published.label if article.published else None,
                                                        article.source.rel, article.original, article.language]])
    return json.dumps(described, ensure_ascii=False)


def reuse_across_names(cache: BuildCache, basis: dict, missing: list[Item],
                       old_key: Callable[[Item], str]) -> dict[str, dict]:
    """After an entity was added, removed, renamed or given another alias: the renderings of
    the last build that stay true, copied under their new keys (by the new key of each of
    the `missing` items, what the cache knows of it besides its HTML).

    A text's rendering depends on the names each of whose words its folded text holds (the
    matcher narrowed to it finds exactly what the whole one finds: MentionMatcher.narrowed),
    and on the targets it refers to, which its key describes (reference_fingerprint). So a
    text in which no changed name can occur renders as it did under the last build's names,
    with the same code and settings: its key under the last build's fingerprint (`old_key`)
    finds that rendering. Adding an alias renders the few texts that hold its words, not all."""
    last_basis = cache.last_rendering("basis")
    if not isinstance(last_basis, dict) or last_basis.get("base") != basis["base"] \
            or not isinstance(last_basis.get("names"), dict):
        return {}
    before, now = last_basis["names"], basis["names"]
    changed = [key.split(" ") for key in before.keys() | now.keys() if before.get(key) != now.get(key)]
    old_keys = {item.key: old_key(item) for item in missing}
    found = cache.peek_renders(list(old_keys.values()))
    kept: list[str] = []
    for item in missing:
        if old_keys[item.key] not in found:
            continue
        try:
            folded = fold(item.read())
        except Changed:
            continue
        if not any(all(word in folded for word in words) for words in changed):
            kept.append(item.key)
    copies = cache.copy_renders([(old_keys[key], key, found[old_keys[key]]) for key in kept])
    return dict(zip(kept, copies)) if copies else {}
