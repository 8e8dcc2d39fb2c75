/* dossier default theme: progressive enhancements. Every page works without this file. */
(function () {
  "use strict";

  var doc = document.documentElement;
  // The site's root, relative ("../") or a path on this host ("/dossier/", set by the 404
  // page): never another host, whatever a page says (every address below is built on it).
  var ROOT = doc.getAttribute("data-root") || "";
  if (!/^(\.\.\/)*$|^\/(?![\/\\])/.test(ROOT)) ROOT = "";
  var FROM_DISK = location.protocol === "file:";

  // The interface's words, in the page's language: the JSON block the build puts on each page
  // (views/scriptstrings.py). t("name", {values}, count): a pair of plural forms is chosen by
  // the count with the language's plural rules; %(name)s is replaced by values[name].
  var STRINGS = {};
  try { STRINGS = JSON.parse(document.getElementById("dossier-strings").textContent); } catch (e) { STRINGS = {}; }
  var PLURAL = null;
  try { PLURAL = new Intl.PluralRules(doc.lang || "en"); } catch (e) { PLURAL = null; }
  function t(name, values, count) {
    var text = STRINGS[name];
    if (text && typeof text === "object") {
      text = text[PLURAL ? PLURAL.select(count) : (count === 1 ? "one" : "other")] || text.other;
    }
    if (typeof text !== "string") text = name;
    values = values || {};
    if (count !== undefined && !("num" in values)) values.num = count;
    return text.replace(/%\((\w+)\)[sd]/g, function (whole, key) { return key in values ? String(values[key]) : whole; });
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* ------------------------------------------------------------------ theme toggle */
  function setupThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    var media = window.matchMedia("(prefers-color-scheme: dark)");
    function current() { return doc.dataset.theme || (media.matches ? "dark" : "light"); }
    function show() {
      var dark = current() === "dark";
      button.setAttribute("aria-pressed", dark ? "true" : "false");
      button.title = dark ? t("toLight") : t("toDark");
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      doc.dataset.theme = next;
      try { localStorage.setItem("dossier-theme", next); } catch (e) { /* private mode */ }
      show();
      document.dispatchEvent(new CustomEvent("dossier:theme"));
    });
    media.addEventListener("change", show);
    show();
  }

  /* ------------------------------------------------------------------ search */
  var pagefindPromise = null;

  /* The index comes in shards (pagefind/shards.json lists them): the first shard's Pagefind
     searches, the others are merged into it, and a query ranks the results of all together.
     Pages in another language than the site's have shards of their own ("languages":
     language → shards), searched by a Pagefind of their own, which stems a query as that
     language does; the results of every language are ranked together by score. */
  function loadLanguage(base, shards, language) {
    // each language's script is another module (another URL), with its own worker and stemmer
    return import(base + shards[0] + "/pagefind.js").then(function (pagefind) {
      // URLs in the index are site-relative ("/entities/x/index.html"); keep them so and
      // rebase them on ROOT, so that the site works under any sub-path.
      return pagefind.options({ baseUrl: "/" })
        .then(function () { return pagefind.init(); })
        .then(function () {
          return Promise.all(shards.slice(1).map(function (name) {
            var options = { baseUrl: "/" };
            if (language) options.language = language;
            return pagefind.mergeIndex(base + name + "/", options);
          }));
        })
        .then(function () { return pagefind; });
    });
  }

  function searchAll(instances) {
    function merged(searches) {
      if (searches.some(function (search) { return !search; })) return null;  // superseded
      var results = [];
      searches.forEach(function (search) { results = results.concat(search.results); });
      results.sort(function (a, b) { return b.score - a.score; });
      return { results: results };
    }
    return {
      search: function (term, options) {
        return Promise.all(instances.map(function (pf) { return pf.search(term, options); })).then(merged);
      },
      debouncedSearch: function (term, options, wait) {
        return Promise.all(instances.map(function (pf) { return pf.debouncedSearch(term, options, wait); }))
          .then(merged);
      }
    };
  }

  function loadPagefind() {
    if (!pagefindPromise) {
      if (FROM_DISK) {
        pagefindPromise = Promise.reject(new Error("disk"));
        return pagefindPromise;
      }
      var base = new URL(ROOT + "pagefind/", location.href).href;
      if (new URL(base).origin !== location.origin) {
        pagefindPromise = Promise.reject(new Error("another host"));
        return pagefindPromise;
      }
      pagefindPromise = fetch(base + "shards.json").then(function (response) {
        if (!response.ok) throw new Error("no search index");
        return response.json();
      }).then(function (manifest) {
        var groups = [];
        if ((manifest.shards || []).length) groups.push({ shards: manifest.shards, language: null });
        Object.keys(manifest.languages || {}).forEach(function (language) {
          if (manifest.languages[language].length) groups.push({ shards: manifest.languages[language], language: language });
        });
        if (!groups.length) throw new Error("empty search index");
        return Promise.all(groups.map(function (group) { return loadLanguage(base, group.shards, group.language); }))
          .then(function (instances) { return instances.length === 1 ? instances[0] : searchAll(instances); });
      });
    }
    return pagefindPromise;
  }
  window.dossierSearch = loadPagefind;   // the whole index, ready to query (used by tests too)

  var UNAVAILABLE_FROM_DISK = t("fromDisk");
  var UNAVAILABLE = t("unavailable");

  function resultHref(url) {
    return ROOT + url.replace(/^\//, "");
  }

  function runSearch(query, limit) {
    return loadPagefind().then(function (pagefind) {
      return pagefind.debouncedSearch(query, {}, 120).then(function (search) {
        if (!search) return null;  // superseded by a newer query
        return Promise.all(search.results.slice(0, limit).map(function (r) { return r.data(); }))
          .then(function (items) { return { total: search.results.length, items: items }; });
      });
    });
  }

  /* A result: in the header's listbox an option (it navigates on click), on the search page a link. */
  function resultItem(data, id, asOption) {
    var item = el("li", asOption ? { "class": "search-result", role: "option", id: id, "data-href": resultHref(data.url) }
                                 : { "class": "search-result", id: id });
    var link = el(asOption ? "span" : "a", asOption ? { "class": "result-link" } : { href: resultHref(data.url) });
    var type = (data.meta && data.meta.type) || t("page");
    link.appendChild(el("span", { "class": "badge kind" }, type));
    link.appendChild(document.createTextNode(" "));
    link.appendChild(el("span", { "class": "result-title" }, (data.meta && data.meta.title) || data.url));
    item.appendChild(link);
    var about = resultMeta(data.meta || {});
    if (about) item.appendChild(el("span", { "class": "result-meta" }, about));
    var excerpt = el("span", { "class": "result-excerpt" });
    excerpt.innerHTML = data.excerpt;  // Pagefind's excerpt: escaped page text with <mark> around matches
    item.appendChild(excerpt);
    return item;
  }

  /* -------- citations helper: a result's outlet, date and kind (article pages' Pagefind meta) */
  function resultMeta(meta) {
    return [meta.outlet, meta.date, meta.kind].filter(function (part) { return part; }).join(" · ");
  }

  /* -------- citations helper: "Cite this page" copy button. The Clipboard API where the page
     may use it (https, localhost, files); else the line is selected and copied with the older
     command; else it stays selected, and the reader is told to copy it. The status is a live
     region: a screen reader hears the outcome. */
  function setupCopyButtons() {
    document.querySelectorAll(".copy-button[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var status = button.parentNode.querySelector(".copy-status");
      if (!source || !status) return;
      function say(text) {
        status.textContent = "";
        setTimeout(function () { status.textContent = text; }, 30);   // announced again on a second click
      }
      function select() {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }
      function fallback() {
        select();
        var copied = false;
        try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
        say(copied ? t("copied") : t("selected"));
      }
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = source.textContent.replace(/\s+/g, " ").trim();
        if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { say(t("copied")); }, fallback);
        } else {
          fallback();
        }
      });
    });
  }
  /* Escape hides the preview of the reference under the pointer or keyboard focus (it shows
     again once the pointer or focus leaves and comes back), as a tooltip should. */
  function setupCitationPreviews() {
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      document.querySelectorAll(".cite-ref:hover, .cite-ref:focus").forEach(function (ref) {
        ref.classList.add("preview-dismissed");
      });
    });
    ["mouseout", "focusout"].forEach(function (type) {
      document.addEventListener(type, function (event) {
        var ref = event.target.closest && event.target.closest(".cite-ref");
        if (ref && !ref.contains(event.relatedTarget)) ref.classList.remove("preview-dismissed");
      });
    });
  }
  /* -------- end of the citations helper's part */

  function setupHeaderSearch() {
    var form = document.querySelector(".site-search");
    if (!form) return;
    var input = form.querySelector(".search-input");
    var dropdown = form.querySelector(".search-dropdown");
    var list = el("ul", { "class": "search-options", role: "listbox", id: "search-options", "aria-label": t("searchResults") });
    var status = el("p", { "class": "search-note", role: "status", "aria-live": "polite" });
    dropdown.appendChild(status);
    dropdown.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", "search-options");
    input.setAttribute("aria-autocomplete", "list");
    var active = -1;

    function options() { return list.querySelectorAll(".search-result"); }
    function open(flag) {
      dropdown.hidden = !flag;
      input.setAttribute("aria-expanded", flag ? "true" : "false");
    }
    function highlight(index) {
      var all = options();
      if (!all.length) return;
      active = (index + all.length) % all.length;
      all.forEach(function (node, i) { node.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }
    function render(result, query) {
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!result) return;
      status.textContent = result.total ? t("results", {}, result.total) +
        (result.total > result.items.length ? " " + t("enterForAll") : "") : t("nothingFound", { query: query });
      result.items.forEach(function (data, i) { list.appendChild(resultItem(data, "search-option-" + i, true)); });
      open(true);
    }
    input.addEventListener("input", function () {
      var query = input.value.trim();
      if (!query) { open(false); return; }
      runSearch(query, 8).then(function (result) { if (input.value.trim() === query) render(result, query); },
        function (error) {
          list.textContent = "";
          status.textContent = FROM_DISK ? UNAVAILABLE_FROM_DISK : UNAVAILABLE;
          open(true);
        });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { open(false); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        location.href = options()[active].getAttribute("data-href");
      }
    });
    list.addEventListener("click", function (event) {
      var option = event.target.closest(".search-result");
      if (option) location.href = option.getAttribute("data-href");
    });
    document.addEventListener("click", function (event) { if (!form.contains(event.target)) open(false); });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    // words typed before this script ran (a slow connection, a page opened from disk) still search
    if (input.value.trim() && document.activeElement === input) input.dispatchEvent(new Event("input"));
  }

  function setupSearchPage() {
    var results = document.querySelector(".search-results");
    if (!results) return;
    var input = document.getElementById("search-page-input");
    var status = document.querySelector(".search-status");
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    if (FROM_DISK) { status.textContent = UNAVAILABLE_FROM_DISK; return; }
    if (!query.trim()) { status.textContent = t("typeQuery"); return; }
    status.textContent = t("searching");
    var PAGE = 20;
    var more = el("button", { type: "button", "class": "search-more" }, t("showMore"));
    more.hidden = true;
    results.parentNode.insertBefore(more, results.nextSibling);
    loadPagefind().then(function (pagefind) {
      return pagefind.search(query.trim()).then(function (search) {
        var shown = 0;
        function showMore() {
          var batch = search.results.slice(shown, shown + PAGE);
          return Promise.all(batch.map(function (r) { return r.data(); })).then(function (items) {
            items.forEach(function (data) { results.appendChild(resultItem(data, "result-" + shown, false)); shown += 1; });
            more.hidden = shown >= search.results.length;
            status.textContent = search.results.length
              ? t("resultsFor", { query: query }, search.results.length) +
                (shown < search.results.length ? " " + t("shown", { shown: shown }) : "")
              : t("nothingFound", { query: query });
          });
        }
        more.addEventListener("click", showMore);
        return showMore();
      });
    }).catch(function () { status.textContent = UNAVAILABLE; });
  }

  /* ------------------------------------------------------------------ entity previews */
  function setupPreviews() {
    var entities = window.dossierEntities || {};
    var card = el("div", { "class": "preview-card", role: "tooltip", id: "entity-preview" });
    card.hidden = true;
    document.body.appendChild(card);
    var timer = null;
    var shownFor = null;

    function show(link) {
      var data = entities[link.getAttribute("data-entity")];
      if (!data) return;
      card.textContent = "";
      var head = el("p", { "class": "preview-head" });
      head.appendChild(el("span", { "class": "type-dot type-" + data.type, "aria-hidden": "true" }));
      head.appendChild(el("strong", {}, data.name));
      head.appendChild(el("span", { "class": "preview-type" }, " · " + data.typeLabel));
      card.appendChild(head);
      if (data.summary) card.appendChild(el("p", { "class": "preview-summary" }, data.summary));
      card.appendChild(el("p", { "class": "preview-meta" }, data.mentions ? t("mentions", {}, data.mentions) : t("notMentioned")));
      card.hidden = false;
      var box = link.getBoundingClientRect();
      var width = Math.min(320, window.innerWidth - 16);
      card.style.width = width + "px";
      var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
      var top = box.bottom + window.scrollY + 6;
      if (box.bottom + card.offsetHeight + 12 > window.innerHeight) top = box.top + window.scrollY - card.offsetHeight - 6;
      card.style.left = left + "px";
      card.style.top = top + "px";
      link.setAttribute("aria-describedby", "entity-preview");
      shownFor = link;
    }
    function hide() {
      clearTimeout(timer);
      card.hidden = true;
      if (shownFor) shownFor.removeAttribute("aria-describedby");
      shownFor = null;
    }
    function target(event) {
      return event.target.closest ? event.target.closest("a[data-entity]") : null;
    }
    document.addEventListener("mouseover", function (event) {
      var link = target(event);
      if (!link || link === shownFor) return;
      clearTimeout(timer);
      timer = setTimeout(function () { show(link); }, 250);
    });
    document.addEventListener("mouseout", function (event) {
      if (target(event)) { clearTimeout(timer); timer = setTimeout(hide, 150); }
    });
    document.addEventListener("focusin", function (event) { var link = target(event); if (link) show(link); });
    document.addEventListener("focusout", function (event) { if (target(event)) hide(); });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
  }

  /* ------------------------------------------------------------------ timeline filter */
  function setupTimelineFilter() {
    var form = document.querySelector(".timeline-filter");
    if (!form) return;
    var entries = Array.prototype.slice.call(document.querySelectorAll(".timeline-year .timeline-entry"));
    var entities = window.dossierEntities || {};
    var kindSelect = form.querySelector('[data-filter="kind"]');
    var entityInput = form.querySelector('[data-filter="entity"]');
    var datalist = document.getElementById("timeline-entities");
    var count = form.querySelector(".timeline-count");
    // each entry's entities, as " id id ": data-entities holds the page's keys for them (base
    // 36 places in the form's data-entity-ids), or the ids themselves in a page without those
    var ids = form.dataset.entityIds !== undefined ? form.dataset.entityIds.split(" ") : null;
    var kinds = {}, involved = {}, entryIds = [];
    entries.forEach(function (entry) {
      var badge = entry.querySelector(".badge.kind");   // (the kind's word, in the page's language)
      kinds[entry.dataset.kind] = badge ? badge.textContent.trim() : entry.dataset.kind;
      var found = entry.dataset.entities.split(" ").filter(Boolean).map(function (key) { return ids ? ids[parseInt(key, 36)] : key; });
      found.forEach(function (id) { involved[id] = true; });
      entryIds.push(" " + found.join(" ") + " ");
    });
    Object.keys(kinds).sort().forEach(function (kind) { kindSelect.appendChild(el("option", { value: kind }, kinds[kind])); });
    /* ---- entitypage: the filter finds an entity by any of its names, accents and case aside */
    // each involved entity's names (its name and aliases), folded; the list offers them all
    var names = [];
    Object.keys(involved).filter(function (id) { return entities[id]; }).forEach(function (id) {
      [entities[id].name].concat(entities[id].aliases || []).forEach(function (name) {
        names.push({ id: id, name: name, folded: " " + fold(name) + " " });
      });
    });
    names.sort(function (a, b) { return a.name.localeCompare(b.name); }).forEach(function (entry) {
      datalist.appendChild(el("option", { value: entry.name }));
    });
    var texts = entries.map(function (entry) { return " " + fold(entry.textContent) + " "; });
    var empty = document.querySelector(".timeline-empty");
    var emptyWhat = empty && empty.querySelector(".timeline-empty-what");

    // The entities a query names: those with a name or alias holding the query's words as
    // whole words, in order ("djeha" finds Mohamed Djeha; "mimo" his alias).
    function named(query) {
      var found = {};
      names.forEach(function (entry) { if (entry.folded.indexOf(" " + query + " ") >= 0) found[entry.id] = true; });
      return Object.keys(found);
    }

    function apply() {
      var kind = kindSelect.value;
      var query = fold(entityInput.value);
      var matched = query ? named(query) : [];
      var shown = 0;
      entries.forEach(function (entry, index) {
        var ok = (!kind || entry.dataset.kind === kind) &&
          (!query || matched.some(function (id) { return entryIds[index].indexOf(" " + id + " ") >= 0; }) ||
           texts[index].indexOf(query) >= 0);
        entry.hidden = !ok;
        if (ok) shown += 1;
      });
      document.querySelectorAll(".timeline-year").forEach(function (section) {
        section.hidden = !section.querySelector(".timeline-entry:not([hidden])");
      });
      count.textContent = shown === entries.length ? t("entries", {}, entries.length)
        : t("entriesOf", { shown: shown, total: entries.length });
      if (empty) {
        empty.hidden = shown > 0 || !entries.length;
        var what = [];
        if (entityInput.value.trim()) what.push("“" + entityInput.value.trim() + "”");
        if (kind) what.push(t("ofKind", { kind: kindSelect ? kindSelect.options[kindSelect.selectedIndex].text : kind }));
        emptyWhat.textContent = what.length ? ": " + what.join(", ") : "";
      }
    }
    form.addEventListener("input", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    if (empty) empty.querySelector(".timeline-clear").addEventListener("click", function () {
      entityInput.value = "";
      kindSelect.value = "";
      apply();
      entityInput.focus();
    });
    var wanted = new URLSearchParams(location.search).get("entity");
    if (wanted && entities[wanted]) entityInput.value = entities[wanted].name;
    form.hidden = false;
    apply();
  }

  // Lower case, without accents, and with every run of what is not a letter or digit as one
  // space: "Éric Dupond-Moretti" and "eric dupond moretti" read alike.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  /* ---- end entitypage */

  /* ---- sources: the sources page's filter by kind of source ---- */
  // Each article (and copy) carries data-kind; the outlets with none of the chosen kind, and
  // their links in the jump list, are hidden. Everything is in the page: it works from disk.
  function setupKindFilter() {
    var form = document.querySelector(".kind-filter");
    if (!form) return;
    var items = Array.prototype.slice.call(document.querySelectorAll(".outlet-group [data-kind]"));
    var groups = Array.prototype.slice.call(document.querySelectorAll(".outlet-group"));
    var status = form.querySelector(".kind-filter-status");

    function apply() {
      var chosen = form.querySelector('input[name="kind"]:checked');
      var kind = chosen ? chosen.value : "";
      var shown = 0;
      items.forEach(function (item) {
        item.hidden = Boolean(kind) && item.dataset.kind !== kind;
        if (!item.hidden && item.classList.contains("source-item")) shown += 1;
      });
      groups.forEach(function (group) {
        group.querySelectorAll("ul.items").forEach(function (list) {
          list.hidden = !list.querySelector(":scope > [data-kind]:not([hidden])");
          var title = list.previousElementSibling;
          if (title && title.classList.contains("copies-title")) title.hidden = list.hidden;
        });
        group.hidden = !group.querySelector("[data-kind]:not([hidden])");
        var jump = document.querySelector('.jump a[href="#' + group.id + '"]');
        if (jump) jump.parentNode.hidden = group.hidden;
      });
      var label = chosen ? chosen.parentNode.textContent.replace(/\s*\(\d+\)\s*$/, "").trim() : "";
      status.textContent = kind ? t("articlesOfKind", { kind: label }, shown) : t("everyArticle");
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    // (every item is shown as the page comes; a kind the browser restored is applied)
    if (form.querySelector('input[name="kind"]:checked:not([value=""])')) apply();
    else status.textContent = t("everyArticle");
  }
  /* ---- end sources ---- */

  /* ------------------------------------------------------------------ graphs */
  var TYPE_COLOURS = ["--person", "--organization", "--place", "--event", "--work"];

  function colour(type) {
    return paletteColour(TYPE_COLOURS.indexOf("--" + type) >= 0 ? "--" + type : "--other");
  }

  // A colour of style.css's palette as the page shows it in its current theme: the palette
  // gives each as light-dark(), which getPropertyValue returns unresolved; an element's
  // computed colour is resolved.
  function paletteColour(name) {
    var probe = document.createElement("span");
    probe.style.color = "var(" + name + ", #777)";
    document.body.appendChild(probe);
    var resolved = getComputedStyle(probe).color;
    probe.remove();
    return resolved;
  }

  // `scale`: how many of the drawing's units make a pixel at its opening zoom (an entity's
  // neighbourhood: its labels are as large on screen as the page's small text, whatever the
  // zoom that fits the drawing in its box); 1 for the whole graph.
  function graphStyle(scale) {
    var fg = paletteColour("--fg");
    var soft = paletteColour("--fg-soft");
    var k = scale || 1;
    return [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(name)", color: fg,
        "font-size": 11 * k, "font-family": "system-ui, sans-serif", "text-valign": "bottom", "text-margin-y": 4 * k,
        width: "data(size)", height: "data(size)", "text-wrap": "wrap", "text-max-width": 120 * k } },
      { selector: "node.focus", style: { "border-width": 3, "border-color": fg, "font-weight": "bold" } },
      { selector: "edge", style: { width: 1.5, "line-color": soft, "curve-style": "bezier", opacity: 0.8,
        "target-arrow-shape": "triangle", "target-arrow-color": soft, "arrow-scale": 0.8 } },
      { selector: "edge.co-mention", style: { "line-style": "dotted", "target-arrow-shape": "none", opacity: 0.5 } },
      { selector: "edge.labelled", style: { label: "data(label)", "font-size": 9, color: soft, "text-rotation": "autorotate",
        "text-background-color": paletteColour("--bg"), "text-background-opacity": 1 } },
      /* ---- entitypage: a neighbourhood's relation labels, shown on hover and on focus */
      { selector: "node.neighbour", style: { "font-size": 14 * k, "text-max-width": 150 * k } },
      { selector: "node.focus", style: { "font-size": 15 * k } },
      { selector: "edge.relation.shown", style: { label: "data(label)", "font-size": 13 * k, color: fg,
        "text-rotation": "autorotate", "text-background-color": paletteColour("--bg"), "text-background-opacity": 0.9,
        "text-background-padding": 2 * k, width: 2.5, opacity: 1 } },
      { selector: "edge.co-mention.shown", style: { label: "data(label)", "font-size": 12 * k, color: soft,
        "text-rotation": "autorotate", "text-background-color": paletteColour("--bg"), "text-background-opacity": 0.9 } }
      /* ---- end entitypage */
    ];
  }

  // The whole graph's force layout (cose) takes time as the square of its nodes, with the page
  // frozen meanwhile: in Chromium here 0.3 s for 100 entities, 15 s for the 700 of a
  // 5,000-article dossier. Above GRAPH_LIMIT entities the graph opens on the most-mentioned
  // ones; drawing them all lays them out in rings (0.5 s for 700), the most-mentioned in the centre.
  var GRAPH_LIMIT = 100;

  function isLarge(graph) { return graph.nodes.length > GRAPH_LIMIT; }

  function mostMentioned(graph, limit) {
    var relations = {};
    graph.edges.forEach(function (e) {
      if (e.kind !== "relation") return;
      relations[e.source] = (relations[e.source] || 0) + 1;
      relations[e.target] = (relations[e.target] || 0) + 1;
    });
    var kept = {};
    graph.nodes.slice().sort(function (a, b) {
      return (b.mentions || 0) - (a.mentions || 0) || (relations[b.id] || 0) - (relations[a.id] || 0) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }).slice(0, limit).forEach(function (n) { kept[n.id] = true; });
    return kept;
  }

  function graphElements(graph, focus, kept) {
    var edges = graph.edges;
    var keep = kept || null;
    if (focus) {
      keep = {}; keep[focus] = true;
      edges = edges.filter(function (e) { return e.source === focus || e.target === focus; });
      edges.forEach(function (e) { keep[e.source] = true; keep[e.target] = true; });
    } else if (keep) {
      edges = edges.filter(function (e) { return keep[e.source] && keep[e.target]; });
    }
    var nodes = graph.nodes.filter(function (n) { return !keep || keep[n.id]; });
    return nodes.map(function (n) {
      return { group: "nodes", classes: n.id === focus ? "focus" : focus ? "neighbour" : "", data: { id: n.id, name: n.name, type: n.type,
        href: n.href, mentions: n.mentions || 0, colour: colour(n.type),
        size: 14 + Math.min(26, Math.sqrt(n.mentions || 0) * 4) } };
    }).concat(edges.map(function (e, i) {
      return { group: "edges", classes: e.kind, data: { id: "e" + i, source: e.source,
        target: e.target, label: e.label, kind: e.kind } };
    }));
  }

  function graphLayout(focus, rings) {
    if (rings) {   // every entity of a large dossier: rings by mentions
      return { name: "concentric", animate: false, padding: 30, minNodeSpacing: 20, avoidOverlap: true,
        concentric: function (node) { return node.data("mentions"); },
        levelWidth: function (nodes) { return Math.max(1, nodes.maxDegree() / 8); } };
    }
    return { name: focus ? "concentric" : "cose", animate: false, padding: 30,
      minNodeSpacing: 70, spacingFactor: 1.2, avoidOverlap: true,
      concentric: function (node) { return node.id() === focus ? 2 : 1; }, levelWidth: function () { return 1; },
      nodeRepulsion: function () { return 600000; }, idealEdgeLength: function () { return 110; },
      nodeOverlap: 40, gravity: 0.4, numIter: 2500, componentSpacing: 90, randomize: false };
  }

  // Draws the graph in `container` (again, after "draw all"): the whole graph, or the
  // neighbourhood of the entity named by data-graph-focus. container.cy is the drawing.
  function drawGraph(container, graph, all) {
    var focus = container.getAttribute("data-graph-focus") || null;
    var large = !focus && isLarge(graph);
    var elements = graphElements(graph, focus, large && !all ? mostMentioned(graph, GRAPH_LIMIT) : null);
    if (focus && elements.length < 2) return null;
    if (container.cy) container.cy.destroy();
    container.hidden = false;
    if (focus) showNeighbourhood(container, elements);
    var cy = container.cy = window.cytoscape({
      container: container, elements: elements, style: graphStyle(), maxZoom: 2.5,
      layout: graphLayout(focus, large && all)
    });
    cy.on("tap", "node", function (event) { location.href = ROOT + event.target.data("href"); });
    if (focus) labelNeighbourhood(container, cy);
    container.setAttribute("data-nodes", String(cy.nodes().length));
    return cy;
  }

  /* ---- entitypage: an entity's neighbourhood graph */
  // Its section and its link in the page's jump list are shown once there is a graph to
  // draw; its box is as tall as its nodes need (a ring of them around the entity), within bounds.
  function showNeighbourhood(container, elements) {
    var section = container.closest(".entity-graph");
    if (section) section.hidden = false;
    var jump = document.querySelector(".entity-jump .jump-graph");
    if (jump) jump.hidden = false;
    var nodes = elements.filter(function (e) { return e.group === "nodes"; }).length;
    var rem = parseFloat(getComputedStyle(doc).fontSize) || 16;
    // (on a narrow screen the ring is as wide as the box: no taller than a square)
    var wanted = Math.min(44, Math.max(18, 8 + nodes * 2.4)) * rem;
    container.style.height = Math.round(Math.min(wanted, Math.max(18 * rem, container.clientWidth * 1.1))) + "px";
  }

  // Labels as large on screen as the page's small text at the opening zoom; each relation's
  // wording shown while the pointer is on the line or on either of its ends, and every
  // relation's while the graph has the keyboard's focus.
  function labelNeighbourhood(container, cy) {
    var scale = 1 / Math.max(0.2, Math.min(1, cy.zoom()));
    cy.style(graphStyle(scale));
    container.dossierScale = scale;
    container.tabIndex = 0;
    function mark(elements, flag) { elements.forEach(function (e) { e[flag ? "addClass" : "removeClass"]("shown"); }); }
    cy.on("mouseover", "edge", function (event) { mark(event.target, true); });
    cy.on("mouseout", "edge", function (event) { if (!container.matches(":focus")) mark(event.target, false); });
    cy.on("mouseover", "node", function (event) { mark(event.target.connectedEdges(), true); });
    cy.on("mouseout", "node", function (event) { if (!container.matches(":focus")) mark(event.target.connectedEdges(), false); });
    container.addEventListener("mouseleave", function () { if (!container.matches(":focus")) mark(cy.edges(), false); });
    container.addEventListener("focus", function () { mark(cy.edges(".relation"), true); });
    container.addEventListener("blur", function () { mark(cy.edges(), false); });
  }
  /* ---- end entitypage */

  function setupGraphs() {
    var containers = document.querySelectorAll(".graph-canvas");
    if (!containers.length || !window.cytoscape || !window.dossierGraph) return;
    var graph = window.dossierGraph;
    containers.forEach(function (container) {
      var cy = drawGraph(container, graph, false);
      if (!cy) return;
      document.addEventListener("dossier:theme", function () {
        container.cy.nodes().forEach(function (n) { n.data("colour", colour(n.data("type"))); });
        container.cy.style(graphStyle(container.dossierScale));
      });
      if (container.classList.contains("whole")) {
        var filter = setupGraphFilter(container, graph);
        setupGraphScope(container, graph, filter);
      }
    });
  }

  // The line above a large dossier's graph: how many entities are drawn, and a button to draw
  // all of them or the most-mentioned again.
  function setupGraphScope(container, graph, filter) {
    var scope = document.querySelector(".graph-scope");
    if (!scope || !isLarge(graph)) return;
    var text = scope.querySelector(".graph-scope-text"), button = scope.querySelector("button");
    var all = false, total = graph.nodes.length;
    function show() {
      text.textContent = all ? t("allDrawn", { total: total }) : t("someDrawn", { limit: GRAPH_LIMIT, total: total });
      button.textContent = all ? t("drawSome", { limit: GRAPH_LIMIT }) : t("drawAll", { total: total });
      button.disabled = false;
    }
    button.addEventListener("click", function () {
      all = !all;
      button.disabled = true;
      button.textContent = t("drawing");
      setTimeout(function () {   // (after the button shows it: the layout holds the page while it runs)
        drawGraph(container, graph, all);
        if (filter) filter();
        show();
      }, 30);
    });
    scope.hidden = false;
    show();
  }

  // The type and co-mention check boxes; returns the function that applies them (to the
  // drawing in place: "draw all" makes another).
  function setupGraphFilter(container, graph) {
    var fieldset = document.querySelector(".graph-filter");
    if (!fieldset) return null;
    var holder = fieldset.querySelector(".graph-filter-types");
    graph.types.forEach(function (type) {
      var label = el("label", {});
      var box = el("input", { type: "checkbox", "data-node-type": type });
      box.checked = true;
      label.appendChild(box);
      label.appendChild(el("span", { "class": "type-dot type-" + type, "aria-hidden": "true" }));
      label.appendChild(document.createTextNode((graph.typeLabels && graph.typeLabels[type]) || type));
      holder.appendChild(label);
    });
    fieldset.hidden = false;
    function apply() {
      var cy = container.cy, types = {};
      fieldset.querySelectorAll("[data-node-type]").forEach(function (box) { types[box.getAttribute("data-node-type")] = box.checked; });
      var coMentions = fieldset.querySelector('[data-edge-kind="co-mention"]').checked;
      cy.batch(function () {
        cy.nodes().forEach(function (n) { n.style("display", types[n.data("type")] ? "element" : "none"); });
        cy.edges(".co-mention").forEach(function (e) { e.style("display", coMentions ? "element" : "none"); });
      });
      container.setAttribute("data-visible-nodes", String(cy.nodes(":visible").length));
    }
    fieldset.addEventListener("change", apply);
    return apply;
  }

  /* ---- What's new: the list pages mark what the last publication added or changed. The marks
     come from data/new.js ("kind/id" -> "new" or "updated"), so that a publication renders no
     list again; a list says which kind its items are (data-marks) and each item its id. */
  function markNew() {
    var marks = window.dossierNew || {};
    document.querySelectorAll("[data-marks]").forEach(function (list) {
      var kind = list.getAttribute("data-marks");
      Array.prototype.forEach.call(list.children, function (item) {
        var mark = marks[kind + "/" + item.getAttribute("data-id")];
        var title = item.querySelector(".item-title");
        if (!mark || !title) return;
        var badge = document.createElement("span");
        badge.className = "badge fresh";
        badge.textContent = t(mark);
        title.after(" ", badge);
      });
    });
  }

  function start() {
    markNew();
    setupThemeToggle();
    setupHeaderSearch();
    setupSearchPage();
    setupCopyButtons();
    setupCitationPreviews();
    setupPreviews();
    setupTimelineFilter();
    setupKindFilter();
    setupGraphs();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
