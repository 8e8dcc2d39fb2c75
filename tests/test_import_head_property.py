"""The head of a clipping, however a site arranges it: on generated clippings in six languages (consent banners,
accessibility links, menus on one line or one item a line, account and share rows, a breadcrumb, a masthead with or
without its tagline, a section label or a kicker, a standfirst, a byline of one or two writers or with a role or a
place, a date with or without its time and an updated line, a caption with its credit, a related block after the
text), import finds the headline, the outlet (or none), the writers, the date, the credit, the standfirst and every
paragraph, and nothing of the related block."""
from hypothesis import HealthCheck, given, settings, strategies as st
from generator.importer import parse_clipping
from tests.test_import_keeps_text import WORDS

CHROME = {"en": ["Home  News  Sport  Weather  Culture", "Sign in | Subscribe", "Share  Tweet  Email", "Accept cookies",
                 "Home › News › Local", "4 min read", "Listen to this article", "My account · Newsletters · Log out"],
          "fr": ["Accueil  Actualités  Sports  Culture", "Se connecter | S'abonner", "Partager  Tweeter", "Accueil › Actualités › Région",
                 "Temps de lecture : 3 min", "Écouter cet article", "Mon compte · Newsletters · Déconnexion"],
          "de": ["Startseite  Politik  Sport  Kultur", "Anmelden | Abo", "Teilen  Drucken", "Startseite › Region › Bonn",
                 "Lesezeit: 3 Min.", "Artikel anhören", "Mein Konto · Newsletter · Abmelden"],
          "es": ["Portada  Noticias  Deportes  Cultura", "Iniciar sesión | Suscríbete", "Compartir  Imprimir", "Inicio › Noticias › Local",
                 "Tiempo de lectura: 3 min", "Escuchar noticia", "Mi cuenta · Boletines · Cerrar sesión"],
          "it": ["Home  Cronaca  Sport  Cultura", "Accedi | Abbonati", "Condividi  Stampa", "Home › Cronaca › Parma",
                 "Tempo di lettura: 3 minuti", "Ascolta l'articolo", "Il mio account · Newsletter · Esci"],
          "pt": ["Início  Notícias  Desporto  Cultura", "Entrar | Assinar", "Partilhar  Imprimir", "Início › Notícias › Braga",
                 "Tempo de leitura: 3 min", "Ouvir este artigo", "A minha conta · Newsletters · Sair"]}
MENU = {"en": ["News", "Sport", "Business", "Culture", "Weather", "Local"], "fr": ["Actualités", "Sports", "Économie", "Culture", "Météo"],
        "de": ["Nachrichten", "Sport", "Wirtschaft", "Kultur", "Wetter"], "es": ["Noticias", "Deportes", "Economía", "Cultura", "Tiempo"],
        "it": ["Notizie", "Sport", "Economia", "Cultura", "Meteo"], "pt": ["Notícias", "Desporto", "Economia", "Cultura", "Tempo"]}
COOKIES = {"en": ["We use cookies to improve your experience. By continuing you agree to our use of cookies.", "Accept all", "Manage cookies"],
           "fr": ["Nous et nos partenaires utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Paramétrer les cookies"],
           "de": ["Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.", "Alle akzeptieren", "Nur notwendige Cookies"],
           "es": ["Utilizamos cookies propias y de terceros para mejorar su experiencia.", "Aceptar todo", "Configurar cookies"],
           "it": ["Questo sito utilizza cookie per migliorare la tua esperienza.", "Accetta tutti", "Gestisci i cookie"],
           "pt": ["Utilizamos cookies para melhorar a sua experiência.", "Aceitar todos", "Gerir cookies"]}
ACCESS = {"en": ["Skip to content", "Text size: A A A"], "fr": ["Aller au contenu", "Taille du texte : A A A"],
          "de": ["Zum Inhalt springen", "Schriftgröße: A A A"], "es": ["Ir al contenido", "Tamaño de letra: A A A"],
          "it": ["Vai al contenuto", "Dimensione testo: A A A"], "pt": ["Ir para o conteúdo", "Tamanho da letra: A A A"]}
KICKER = {"en": ["EXCLUSIVE", "Analysis", "WATCH"], "fr": ["EXCLUSIF", "Analyse", "EN IMAGES"], "de": ["EXKLUSIV", "Analyse", "VIDEO"],
          "es": ["EXCLUSIVA", "Análisis", "VÍDEO"], "it": ["ESCLUSIVO", "Analisi", "VIDEO"], "pt": ["EXCLUSIVO", "Análise", "VÍDEO"]}
UPDATED = {"en": "Updated 5 June 2024", "fr": "Mis à jour le 5 juin 2024", "de": "Aktualisiert am 5. Juni 2024",
           "es": "Actualizado el 5 de junio de 2024", "it": "Aggiornato il 5 giugno 2024", "pt": "Atualizado a 5 de junho de 2024"}
TAGLINE = {"en": "The voice of the valley since 1921", "fr": "Le journal du Vexin depuis 1921", "de": "Die Stimme des Tals seit 1921",
           "es": "La voz de la ribera desde 1921", "it": "La voce della valle dal 1921", "pt": "A voz do vale desde 1921"}
OUTLETS = {"en": ["The Kestrel Courier", "Harbour Evening News", "THE VALLEY POST"], "fr": ["Le Réveil du Vexin", "LA GAZETTE DU VAL"],
           "de": ["Talbote am Morgen", "KREISBOTE SAALETAL"], "es": ["Diario de la Ribera", "EL HERALDO DEL JALÓN"],
           "it": ["Il Corriere del Taro", "LA VOCE DEL LAGO"], "pt": ["Jornal do Alto Lima", "A VOZ DO MONDEGO"]}
SECTIONS = {"en": ["LOCAL", "Politics"], "fr": ["SOCIÉTÉ", "Politique"], "de": ["LOKALES", "Politik"], "es": ["SOCIEDAD", "Política"],
            "it": ["CRONACA", "Politica"], "pt": ["SOCIEDADE", "Política"]}
BY = {"en": ["By {}", "By {} and {}", "{} | Leeds", "By {}, Health Correspondent", "Words: {}"],
      "fr": ["Par {}", "Par {} et {}", "{} | Lyon", "Par {}, correspondante à Lyon", "Texte : {}"],
      "de": ["Von {}", "Von {} und {}", "{} | Bonn", "Von {}, Korrespondent in Bonn", "Text: {}"],
      "es": ["Por {}", "Por {} y {}", "{} | Madrid", "Por {}, corresponsal en Madrid", "Texto: {}"],
      "it": ["di {}", "di {} e {}", "{} | Parma", "di {}, corrispondente da Parma", "Testo: {}"],
      "pt": ["Por {}", "Por {} e {}", "{} | Braga", "Por {}, correspondente em Braga", "Texto: {}"]}
STANDFIRST = {"en": "The council said the work would take two years and cost more than planned.",
              "fr": "Le conseil estime que les travaux dureront deux ans et coûteront plus que prévu.",
              "de": "Der Rat rechnet mit zwei Jahren Bauzeit und höheren Kosten als geplant.",
              "es": "El ayuntamiento calcula que la obra durará dos años y costará más de lo previsto.",
              "it": "Il comune stima che i lavori dureranno due anni e costeranno più del previsto.",
              "pt": "A câmara estima que a obra vai durar dois anos e custar mais do que o previsto."}
CAPTION = {"en": "The old bridge at dawn. Photo: Dev Shah", "fr": "Le vieux pont à l'aube. Photo : Dev Shah",
           "de": "Die alte Brücke am Morgen. Foto: Dev Shah", "es": "El puente viejo al amanecer. Foto: Dev Shah",
           "it": "Il vecchio ponte all'alba. Foto: Dev Shah", "pt": "A ponte velha de madrugada. Foto: Dev Shah"}
TAIL = {"en": ["Related stories", "Buses cut in September"], "fr": ["À lire aussi", "Le marché ferme en août"],
        "de": ["Mehr zum Thema", "Der Markt schließt im August"], "es": ["Te puede interesar", "El mercado cierra en agosto"],
        "it": ["Leggi anche", "Il mercato chiude ad agosto"], "pt": ["Leia também", "O mercado fecha em agosto"]}
DATE = {"en": ("4 June 2024", "2024-06-04"), "fr": ("Publié le 4 juin 2024", "2024-06-04"), "de": ("4. Juni 2024", "2024-06-04"),
        "es": ("4 de junio de 2024", "2024-06-04"), "it": ("4 giugno 2024", "2024-06-04"), "pt": ("4 de junho de 2024", "2024-06-04")}
NAMES = ["Ann Lowe", "Claire Roux", "Jonas Weber", "Lucía Gil", "Marco Bellini", "Inês Duarte", "Tom Hale"]


def case(lang):
    nouns, verbs, other = (p.split() for p in WORDS[lang])
    sentence = st.builds(lambda f, rest: " ".join([f.capitalize(), *sum(rest, ())]) + ".", st.sampled_from(nouns),
                         st.lists(st.tuples(st.sampled_from(other), st.sampled_from(nouns), st.sampled_from(verbs)), min_size=4, max_size=7))
    return st.fixed_dictionaries({"lang": st.just(lang), "chrome": st.lists(st.sampled_from(CHROME[lang]), max_size=3, unique=True),
        "kicker": st.one_of(st.none(), st.sampled_from(KICKER[lang])),
        "menu": st.booleans(), "cookies": st.booleans(), "access": st.booleans(), "updated": st.booleans(), "tagline": st.booleans(),
        "outlet": st.one_of(st.none(), st.sampled_from(OUTLETS[lang])), "section": st.one_of(st.none(), st.sampled_from(SECTIONS[lang])),
 "name": st.sampled_from(NAMES), "name2": st.sampled_from(NAMES[::-1]), "by": st.integers(0, 4),
        "standfirst": st.booleans(), "caption": st.booleans(), "tail": st.booleans(), "time": st.booleans(), "paras": st.lists(st.lists(sentence, min_size=2, max_size=3).map(" ".join), min_size=2, max_size=4),
        "order": st.sampled_from(["chrome-outlet", "outlet-chrome"])})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.sampled_from(sorted(WORDS)).flatmap(case))
def test_import_reads_any_head_a_site_may_set_over_its_text(c):
    words = [w for w in c["paras"][0].replace(".", "").split() if len(w) >= 4]
    c["headline"] = " ".join(words[i] for i in range(0, min(len(words), 16), 2)).capitalize()   # (a headline shares the text's words)
    lines = []
    top = ([c["outlet"]] + ([TAGLINE[c["lang"]]] if c["tagline"] else [])) if c["outlet"] else []
    lines += (c["chrome"] + top) if c["order"] == "chrome-outlet" else (top + c["chrome"])
    lines = (COOKIES[c["lang"]] if c["cookies"] else []) + (ACCESS[c["lang"]] if c["access"] else []) + lines
    lines += MENU[c["lang"]] if c["menu"] else []
    lines += [c["section"]] if c["section"] else []
    lang = c["lang"]
    names = [c["name"]] if c["by"] != 1 or c["name"] == c["name2"] else [c["name"], c["name2"]]
    byline = BY[lang][c["by"]].format(*names) if len(names) == 2 else BY[lang][c["by"] if c["by"] != 1 else 0].format(c["name"])
    date = DATE[lang][0] + (", 09:30" if c["time"] else "")
    lines += ([c["kicker"]] if c["kicker"] else []) + ["", c["headline"], ""] + ([STANDFIRST[lang], ""] if c["standfirst"] else []) + [byline, date] + ([UPDATED[lang]] if c["updated"] else []) + [""]
    lines += [CAPTION[lang], ""] if c["caption"] else []
    text = "\n".join(lines) + "\n" + "\n\n".join(c["paras"]) + "\n" + ("\n" + "\n".join(TAIL[lang]) + "\n" if c["tail"] else "")
    clip = parse_clipping(text)
    got = (clip.title, clip.outlet, clip.authors, (clip.published or "")[:10])
    want_outlet = None
    if c["outlet"]:
        from generator.importer.lines import outlet_name
        want_outlet = outlet_name(c["outlet"])
    assert got == (c["headline"], want_outlet, names, DATE[lang][1]), text
    if c["caption"]:
        assert clip.credits == ["Photo: Dev Shah" if lang == "en" else "Photo : Dev Shah" if lang == "fr" else "Foto: Dev Shah"], text
    if c["standfirst"]:
        assert clip.body[0] == STANDFIRST[lang], text
    assert TAIL[lang][1] not in clip.text and all(p in clip.text for p in c["paras"]), text
