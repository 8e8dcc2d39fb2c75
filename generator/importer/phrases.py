"""What clippings say about themselves, in the words of each language (English, French,
German, Spanish, Italian, Portuguese): page furniture, trailing sections, bylines, datelines, paywalls,
credits, reproductions. Lists of words and phrases per language, never per site: the line
classifier (text.py) weighs them with general features of the line."""
from __future__ import annotations

import re

from .prompts import INTERVIEWER


def _any(*phrases: str) -> str:
    return "|".join(phrases)


SHORT_NAME = r"[\w'’-]+(?: [\w'’-]+){0,2}"   # a section's or a town's name in a heading ("More from Leeds")

# Headings after which the rest of a clipping is another page's furniture: related stories,
# most read, newsletters, comments, topics.
TRAILING = re.compile(r"^(?:" + _any(
    # en
    r"related( articles?| stories| news| content| coverage| reading| topics)?", r"(more|other|latest) (news |story )?(alerts|headlines|updates)",
    r"more (news|stories) (alerts|updates|headlines)", r"more (fact[- ]?checks?|opinion|columns|videos|podcasts|features|interviews|analysis|reviews|galleries|photos)", r"more (stories|news|on this( story)?|from [\w .'-]+|in [\w .'-]+)",
    r"most (read|popular|viewed|shared|commented)", r"(you|we think you) (may|might) (also )?(like|enjoy|be interested in)",
    r"recommended( for you| stories| reading)?", r"trending( now| stories)?", r"top stories", r"latest (news|stories|articles)",
    r"read (next|more)", r"see also", r"also (read|on [\w .'-]+)", r"don'?t miss", r"editor'?s picks?", r"popular (now|today)",
    r"(sign up|subscribe) (to|for) (our|the) [\w -]*newsletters?.*", r"newsletters?", r"comments?( \(\d+\))?", r"\d+ comments?",
    # (a count of readers' comments or reactions, in any of the languages: the thread under the text)
    r"\d+ (comments?|commentaires?|kommentare?|comentarios?|commenti|comentários?|reactions?|réactions?|reaktionen|"
    r"reacciones|reazioni|reações|replies|réponses|antworten|respuestas|risposte|respostas)",
    r"(leave|post|add|write) a (comment|reply)", r"have your say", r"join the debate", r"donnez votre avis", r"(ihre|deine) meinung( ist gefragt)?",
    r"(danos|da) tu opinión", r"opina", r"di' la tua", r"dì la tua", r"(dê|deixe) a sua opinião", r"join the (conversation|discussion)", r"topics", r"tags", r"share this( article| story| post)?", r"teilen mit", r"compartir esto", r"compartilhe isso",
    r"(sign up|subscribe|register) (to|for|now)\b.*", r"get (our|the) .{0,30}(newsletter|briefing|in your inbox).*", r"more like this", r"-*\s*ends\s*-*", r"#{3}", r"notes? (to|for) editors", r"(media|press) (contacts?|enquiries|office)\b.*",
    r"contacts? (presse|médias?)\b.*", r"fin", r"(presse|medien)kontakt\b.*", r"kontakt für medien\b.*", r"contacto de prensa\b.*",
    r"contatti? (per la )?stampa\b.*", r"rückfrage(hinweis|n)( bitte)?( an)?\b.*",
    # a press office, and the issuer's other releases, under a release
    r"(gabinete|oficina|departamento) de (comunicación|prensa)\b.*", r"service (de )?presse\b.*", r"pressestelle\b.*",
    r"ufficio stampa\b.*", r"(assessoria|gabinete) de (imprensa|comunicação)\b.*",
    r"(other|more|latest|recent) (press |news )?releases", r"(autres|derniers|tous les) communiqués( de presse)?",
    r"(other|more|latest) (dispatches|wires)", r"(latest|recent|more|other) (statements|articles|posts|notices|announcements|news)",
    r"articles récents", r"(derniers|autres) (articles|billets|actualités)", r"(neueste|aktuelle|weitere) beiträge",
    r"(artículos|entradas) recientes", r"(otras|últimas) noticias", r"(ultimi|altri) (articoli|post)",
    r"(outras|últimas|mais) notícias", r"notícias relacionadas", r"artigos recentes", r"(autres|dernières) (dépêches|infos|actus)", r"(otros|más|últimos) (teletipos|despachos)",
    r"(altri|ultimi) (lanci|dispacci)", r"(outros|mais|últimos) (despachos|takes)",
    r"(weitere|alle|neueste) pressemitteilungen", r"(otras|más|últimas) notas de prensa", r"(otros|más) comunicados",
    r"(altri|ultimi) comunicati( stampa)?", r"(outras|mais|últimas) notas de imprensa", r"(outros|mais) comunicados",
    r"(news )?in brief", r"en bref", r"kurz notiert", r"in kürze", r"(noticias )?breves", r"en breve", r"in breve", r"brevi",
    r"notas breves", r"em breve", r"about (us|the author)", r"qui sommes-nous ?\??", r"über uns", r"(quiénes somos|sobre nosotros)", r"chi siamo", r"in other news", r"elsewhere on [\w .'-]+", r"around the web", r"promoted stories",
    r"up next", r"what to read next", r"explore more", r"featured (stories|articles)", r"more to explore",
    # fr
    r"(à lire|lire) (aussi|également|plus|la suite)", r"sur le même sujet", r"les plus lus", r"articles? (similaires|liés|associés)",
    r"(vous|ça) (pourriez|pourrait) (aussi |également )?(aimer|vous intéresser)", r"nos (dernières|derniers) (articles|actualités)",
    r"(dans|à) la même (rubrique|commune|ville|région|catégorie)", r"(ailleurs|aussi) (dans|à) (la commune|la ville|la région)", r"commentaires?( \(\d+\))?", r"réagissez", r"(inscrivez-vous|abonnez-vous) à (notre|nos) newsletters?.*",
    r"recommandés?( pour vous)?", r"inscrivez-vous\b.*", r"abonnez-vous à .*", r"voir aussi", r"en continu", r"dernières (infos|actualités)",
    r"à découvrir( aussi| également)?", r"(vous )?aimerez aussi", r"(les )?articles les plus (lus|partagés|commentés)",
    r"(réagir|réagissez|commenter)( à cet article)?", r"(laisser|laissez|écrire) un commentaire", r"plus d'actualités?( (de|sur|à))? " + SHORT_NAME,
    r"(l'actu|l'actualité|actualités) (en continu|à la une)", r"ailleurs sur le web", r"nos (autres )?articles",
    r"(ces|d'autres|les) (articles|sujets|contenus) (peuvent|pourraient|devraient) (aussi |également )?vous intéresser",
    r"(cela|ceci|ça) (peut|pourrait) (aussi |également )?vous intéresser",
    r"(these|other) (stories|articles) (may|might|could) (also )?interest you",
    r"(diese|weitere) (artikel|beiträge|themen) (könnten|dürften) sie (auch )?interessieren",
    r"(estos|otros) (artículos|temas) (te|le|os) (pueden|podrían) interesar",
    r"(questi|altri) articoli (potrebbero|possono) interessarti",
    # de
    r"(lesen|lest) (sie )?(auch|mehr)", r"mehr zum thema", r"(meistgelesen|am meisten gelesen)e?", r"das könnte sie auch interessieren",
    r"weitere (artikel|nachrichten|themen)( (aus|in|zu|zum|zur|von|über) [\w .'-]{1,40})?", r"ähnliche artikel", r"kommentare?( \(\d+\))?", r"empfehlungen?", r"themen",
    r"newsletter (abonnieren|bestellen)", r"(jetzt )?(für den )?newsletter anmelden.*", r"melden sie sich .{0,40} an", r"auch interessant", r"top-?themen",
    r"mehr aus( der| dem)? " + SHORT_NAME, r"zum thema", r"(beliebte|neueste|empfohlene|meistgelesene) (artikel|nachrichten|beiträge)",
    r"(jetzt )?kommentieren", r"kommentar (schreiben|verfassen)", r"weitere (meldungen|beiträge)", r"(das|dies) könnte (sie|dich|euch) (auch )?interessieren",
    # es
    r"(lea|lee) (también|más)", r"(noticias|notas) relacionadas", r"(artículos|temas|contenidos) relacionados", r"lo más (leído|visto)",
    r"más (noticias|leídas)", r"te puede interesar", r"(también|quizás) te (interese|guste)", r"comentarios?( \(\d+\))?",
    r"suscríbete a (nuestra|nuestro) (newsletter|boletín).*", r"recomendados?", r"ver también",
    r"(también |quizás |quizá )?te (puede|pueden|podría|podrían) interesar", r"últimas noticias", r"lo último", r"más (en|noticias de) " + SHORT_NAME,
    r"(deja|escribe|añade) (un|tu) comentario", r"comenta( esta noticia)?", r"noticias (recomendadas|destacadas)",
    # it
    r"(leggi|potrebbe interessarti) (anche|ancora)?", r"articoli correlati", r"i più letti", r"più (letti|visti)", r"notizie correlate",
    r"potrebbe interessarti", r"ti potrebbe(ro)? interessare", r"commenti?( \(\d+\))?", r"iscriviti alla (nostra )?newsletter.*",
    r"consigliati", r"iscriviti\b.*", r"vedi anche", r"correlati",
    r"(ti )?potrebbero interessar(ti|e)", r"(altre|ultime) notizie", r"altri articoli", r"da non perdere", r"altro (da|su) " + SHORT_NAME,
    r"lascia un commento", r"commenta( l'articolo)?", r"(più|i più) (letti|condivisi|commentati)( di oggi| della settimana)?",
    # pt
    r"(leia|veja) (também|mais)", r"(notícias|artigos) relacionad[oa]s", r"(os |as )?mais (lid[oa]s|vist[oa]s|partilhad[oa]s)",
    r"relacionad[oa]s", r"comentários?( \(\d+\))?", r"(você|tu) (também )?(pode|poderá) gostar", r"também (lhe|te) pode interessar",
    r"últimas notícias", r"mais (notícias|em|de) " + SHORT_NAME, r"(deixe|escreva) (um|o seu) comentário",
    # more of the site: 'También en Marina Alta Noticias', 'Aussi sur Radio X', 'Anche su Serchio Oggi'
    r"también en [\w .'-]{3,40}", r"(aussi|également) sur [\w .'-]{3,40}", r"anche su [\w .'-]{3,40}",
    r"também (em|no|na) [\w .'-]{3,40}",
    # a release's end mark: '– Fin du communiqué –', '- Ende der Pressemitteilung -', '-- fine comunicato --'
    r"[–—-]*\s*(fin (du|de|del) (communiqué|comunicado)|ende der (pressemitteilung|mitteilung)|fine (del )?comunicato|"
    r"fim (do )?comunicado|end of (the )?(press )?release)\s*[–—-]*",
    # the site's other items of the same kind, in two words: 'Outros editais', 'Altri avvisi', 'Autres avis'
    r"(outros|outras|otros|otras|altri|altre|autres|weitere|other) (?-i:[a-zà-ÿ])[\w-]{3,20}",
) + r")\s*[:.…»>]*$", re.I)

# Headings of a link set inside the article ("Read also: ..."): the item goes, the article goes on.
INLINE_LINK = re.compile(r"^(?:" + _any(
    r"read (also|more|next)", r"see also", r"related", r"more on this", r"also read",
    r"(à )?lire (aussi|également)", r"voir aussi", r"(lesen|lest) (sie )?(auch|mehr)", r"mehr (dazu|zum thema)",
    r"(lea|lee) (también|más)", r"ver también", r"leggi (anche)?", r"vedi anche", r"leia (também|mais)", r"veja (também|mais)",
    r"saiba mais", r"ler (também|mais)", r"para saber mais",
) + r")\b\s*[:.…»>-]*", re.I)

# A periodical's volume, first on its issue's line: 'Anno XXIX - n. 11 | Domenica 16 marzo 2025', 'Jahrgang 12, Nr. 3'.
VOLUME = re.compile(r"^(?:anno|year|jahrgang|jg\.|année|año|ano|vol\.|volume|volumen|band)\s+(?:[IVXLC]{1,6}|\d{1,3})\b"
                    r"(?=\s*[-–—,|·]\s*|\s*$)", re.I)
# A newsletter's issue number ("Issue 112", "N° 112", "Ausgabe Nr. 112"): not a name, not an outlet.
ISSUE_NUMBER = re.compile(r"^(?:issue|edition|no|nr|n\.?[°ºo]|n\.(?=\s?\d)|num(?:ber|éro|ero|ero)?|número|núm|heft|ausgabe(?: nr)?|vol(?:ume)?|"
                          r"lettre|letter|folge|entrega|uscita)\.?\s*#?\s*\d+\b", re.I)

# A newsletter's footer: from it to the end, the sender's furniture. Its links (unsubscribe, preferences) on a
# line that is not running text; why you get it, in any line.
NEWSLETTER_FOOTER = re.compile(_any(
    r"\bunsubscribe\b", r"\bupdate (your )?(e-?mail )?(preferences|subscription)\b", r"\bmanage (your )?(subscription|preferences)\b",
    r"\b(se )?(désinscrire|désabonner)\b", r"\bdésinscription\b", r"\bgérer (vos|mes) (préférences|abonnements)\b",
    r"\b(newsletter )?abbestellen\b", r"\babmelden\b", r"\beinstellungen (ändern|verwalten)\b",
    r"\bdar(se|te) de baja\b", r"\bcancelar (la |tu )?suscripción\b", r"\bgestionar (las |tus )?preferencias\b",
    r"\bdisiscriv\w+\b", r"\bannulla (l'|la )?iscrizione\b", r"\bgestisci (le )?preferenze\b",
), re.I)
NEWSLETTER_RECEIVED = re.compile(_any(
    r"\byou('re| are) receiving this\b", r"\byou (received|got) this (e-?mail|newsletter|letter)\b",
    r"\bvous recevez (cet e-?mail|cette (lettre|newsletter|infolettre))\b", r"\bsie erhalten (diese|diesen) (e-?mail|newsletter)\b",
    r"\b(recibes|has recibido) este (correo|e-?mail|boletín)\b", r"\b(ricevi|hai ricevuto) questa (e-?mail|newsletter)\b",
    r"\b(recebeu|recebe|está a receber) (esta|este) (newsletter|e-?mail|mensagem|boletim)\b",
), re.I)

# A newsletter's words: a pass-it-on prompt names what it asks to pass on.
LETTER_WORDS = re.compile(r"\b(newsletter|letter|e-?mail|lettre|infolettre|rundbrief|boletín|notiziario|this week|cette semaine|"
                          r"diese woche|esta semana|questa settimana|a friend|friends|un ami|une amie|des amis|einen freund|freunde|"
                          r"un amigo|amigos|un amico|amici)\b", re.I)

# A newsletter's sign-off that asks the reader to pass it on.
PASS_IT_ON = re.compile(_any(
    r"\bforward (it|this( e-?mail| newsletter| letter)?) to\b", r"\bforward to a friend\b", r"\bshare (this|it) with (a friend|someone)\b",
    r"\btransférez(-la|-le)?( cette (lettre|newsletter))? à\b", r"\bfaites(-la)? suivre\b", r"\bpartagez (cette (lettre|newsletter)|-la)\b",
    r"\bleiten sie (ihn|sie|diesen newsletter|diese e-?mail) .{0,30}weiter\b", r"\bempfehlen sie (diesen|den) newsletter\b",
    r"\breenv[ií]a(lo|la|le)?( este (boletín|correo|newsletter))? a\b", r"\bcomparte (este boletín|esta newsletter)\b",
    r"\binoltra(la|lo)?( questa (newsletter|e-?mail|lettera))? a\b", r"\bcondividi (questa newsletter|la newsletter)\b",
), re.I)

# A prompt to sign up or subscribe, in each language: inside the text, it goes and the text after it stays.
PROMPT = re.compile(r"\b(newsletters?|bolet[ií]n|bulletin|sign up|subscribe|abonn\w*|inscri\w*|suscr[ií]b\w*|iscriv\w*|"
                    r"anmelden|registr\w*)\b", re.I)


# A badge on a subscriber's article ('Subscribers only', 'Abonnés', 'Exclusivo suscriptores', 'Nur für Abonnenten'):
# the words for a subscriber in each language, on a short line of their own.
_SUBSCRIBER = r"subscribers?|abonn(?:é|e)e?s?|abonnent(?:en|innen)?|suscriptor(?:es|as)?|abbonat[io]|assinantes?"
BADGE = re.compile(r"\b(?:" + _SUBSCRIBER + r"|premium|plus)\b", re.I)
# The same words over the headline: the subscriber's words only ('Canal Plus' is a name).
SUBSCRIBER_BADGE = re.compile(r"\b(?:" + _SUBSCRIBER + r")\b", re.I)

# A summary box's heading over the text, in each language.
SUMMARY_HEADING = re.compile(r"^(?:key points|in short|summary|ai summary|at a glance|the essentials|tl;?dr|"
                             r"l'essentiel|en bref|ce qu'il faut retenir|à retenir|résumé|"
                             r"das wichtigste( in kürze)?|auf einen blick|zusammenfassung|kurz gesagt|"
                             r"lo (más )?(esencial|importante)|en resumen|resumen|claves|las claves|"
                             r"in sintesi|in breve|i punti chiave|riassunto|"
                             r"em resumo|resumo|o essencial|pontos-chave)\s*:?$", re.I)
# The note that a machine wrote a summary: 'This summary was generated with the help of artificial intelligence'.
MACHINE_SUMMARY = re.compile(r"\b(artificial intelligence|\bAI\b|intelligence artificielle|\bIA\b|künstliche[rn]? intelligenz|\bKI\b|"
                             r"inteligencia artificial|intelligenza artificiale|inteligência artificial)\b.{0,80}"
                             r"\b(summary|résumé|zusammenfassung|resumen|riassunto|sintesi|resumo|generated|générée?|erstellt|"
                             r"generad[oa]|generat[oa]|gerad[oa])|"
                             r"\b(summary|résumé|zusammenfassung|resumen|riassunto|sintesi|resumo)\b.{0,80}"
                             r"\b(artificial intelligence|intelligence artificielle|künstliche[rn]? intelligenz|inteligencia artificial|"
                             r"intelligenza artificiale|inteligência artificial|\bAI\b|\bIA\b|\bKI\b)", re.I)

# A notice that the rest of the article is for subscribers.
PAYWALL = re.compile(_any(
    # (the question the wall asks, on its line: 'Sie möchten weiterlesen?', 'Want to keep reading?')
    r"^(do you )?want to (keep|continue) reading\??$", r"^(sie möchten|möchten sie|möchtest du|wollen sie) (weiter ?lesen|"
    r"mehr lesen|den (ganzen|vollständigen) artikel lesen)\??$", r"^(vous souhaitez|souhaitez-vous|envie de|vous voulez) "
    r"(lire la suite|continuer (à lire|votre lecture))\s*\??$", r"^¿?(quieres|quiere|desea|deseas) (seguir|continuar) leyendo\??$",
    r"^vuoi (continuare a leggere|leggere (tutto|l'articolo completo))\??$",
    r"^(quer|deseja) (continuar a ler|continuar lendo|ler (o artigo )?na íntegra)\??$",
    r"\bthe rest (of (this|the) article )?is (reserved )?for subscribers", r"\b(reserved|available|exclusive) (only )?(for|to) subscribers",
    r"\bsubscribe (now )?to (read|continue|keep reading|unlock|access)", r"\b(there are|you have) \d[\d,.]* words? (left|remaining)",
    r"\b\d[\d,.]* words? (left|remaining) (in|of) (this|the) (article|story)", r"\bkeep reading with\b", r"\bthis (article|content|story) is (for|reserved for|available to) (subscribers|members)",
    r"\byou have \d+\s*% of (this|the) article (left )?to read", r"\bto (read|continue reading) (the rest|this article|the full)",
    r"\b(premium|subscriber[- ]only|members[- ]only) (article|content)\b",
    r"\b(register|sign ?in|sign ?up|log ?in|create a free account|subscribe)( now)?( or (register|sign ?in|sign ?up|log ?in|"
    r"subscribe))? to (continue|keep) reading", r"\bsubscribe (now|today) for (unlimited|full) access\b",
    r"\bto (continue|keep) reading,? (please )?(subscribe|sign in|log in|register)", r"\bpour (continuer à lire|poursuivre (votre )?lecture)",
    r"\bum weiterzulesen\b", r"\bpara (seguir|continuar) leyendo\b", r"\bper leggere (tutto )?l'articolo (completo|integrale)", r"\bunlock (this|the full) (article|story)",
    r"\bil vous reste \d+\s*% de (cet |l'|l’)article", r"\bil (vous )?reste \d[\d .]* mots\b", r"\bla suite est réservée aux abonnés", r"\bréservée? aux abonnés",
    r"\bcet article est réservé", r"\bpour lire la suite", r"\bcet article est (exclusivement )?réservé", r"\babonnez-vous pour (lire|continuer)",
    r"\b(weiterlesen|lesen sie weiter) mit\b", r"\blesen sie mit [\w .&-]{2,40} weiter\b", r"^lesen sie (jetzt )?(weiter )?mit [\w.&+ -]{1,30}$", r"\bcontinue reading with\b", r"\bdieser artikel ist (nur )?für abonnenten", r"\b(abonnenten|abonnentinnen) vorbehalten",
    r"\bmit (einem )?(\w+-?)?abo (weiterlesen|lesen)", r"\bnoch \d[\d.]* wörter\b", r"\b\d[\d.]* (weitere )?wörter (übrig|verbleibend)", r"\bexklusiv für abonnenten", r"\bbenötigen sie ein (\w+-?)?abo", r"\b(jetzt )?(\w+-?)?abo (abschließen|testen) und weiterlesen",
    r"\b(contenido|artículo|noticia) (es )?(exclusiv[oa] )?(para|solo para) suscriptores",
    r"\b(hazte suscriptor|suscríbete|regístrate) (para|y) (seguir|continuar|leer)", r"\bpara seguir leyendo", r"\b(te|le) quedan \d[\d.]* palabras", r"\bsuscríbete para (seguir|continuar)",
    r"\b(contenuto|articolo) (è )?riservat[oa] agli abbonati", r"\b(il )?(resto|seguito) (dell'articolo )?è riservato agli abbonati", r"\bper continuare a leggere", r"\b(ti )?(restano|rimangono|mancano) \d[\d.]* parole", r"\babbonati per (continuare|leggere (il resto|il seguito|tutto l'articolo|l'articolo|la notizia))",
    # a meter of free articles used up
    r"\b(you'?ve|you have) (reached|used) (your|the|all (of )?your) (limit|maximum|quota)? ?(of )?(\d+ )?free (articles|stories)",
    r"\bvous avez (atteint|consulté) (la limite|votre limite|vos|le nombre maximum) .{0,20}articles (gratuits|offerts)",
    r"\bsie haben (ihr|das|alle) (limit|kontingent)? ?.{0,20}(kostenlosen?|freien|gratis) artikel",
    r"\bhas (alcanzado|llegado al|agotado) (el )?(límite de )?(tus )?(artículos|noticias) (gratuit[oa]s|gratis)",
    r"\bhai (raggiunto|esaurito) (il limite di )?(gli )?(\d+ )?articoli gratuiti",
    r"\byou('ve| have) read \d+ (of|out of) (your )?\d+ free (articles|stories)", r"\bvous avez lu \d+ (articles? )?sur \d+",
    r"\byou('ve| have) read all (of )?(your|the) (\d+ )?free (articles|stories)", r"\bvous avez lu tous vos articles (gratuits|offerts)",
    r"\bsie haben alle (ihre )?(kostenlosen|freien|gratis) artikel gelesen", r"\bhas leído todos (tus|sus) artículos gratuitos",
    r"\bhai letto tutti gli articoli gratuiti", r"\b(você )?leu todos os (seus )?artigos gratuitos",
    r"\bsie haben \d+ von \d+ (kostenlosen |freien )?artikeln? gelesen", r"\bhas leído \d+ de (tus |sus )?\d+",
    # the end of the part free to read: 'Sie haben 2 von 7 Absätzen gelesen', 'Sie haben das Ende des frei verfügbaren Teils erreicht'
    r"\bsie haben \d+ von \d+ absätzen gelesen", r"\bdas ende des (frei verfügbaren|kostenlosen|freien) teils erreicht",
    r"\byou('ve| have) (read \d+ of \d+ paragraphs|reached the end of the free (part|preview|section))",
    r"\bvous avez (lu \d+ paragraphes sur \d+|atteint la fin de la partie (gratuite|en accès libre))",
    r"\bhai letto \d+ (articoli )?su \d+", r"\b(você )?leu \d+ de \d+",
    r"\b(conteúdo|artigo) (é )?(exclusivo )?para assinantes", r"\bassine para (continuar|ler)", r"\bpara continuar (a ler|lendo)",
    r"\b(restam|faltam)(-lhe)? \d+\s*% (deste|do) artigo",
), re.I)
PAYWALL_SHARE = re.compile(r"(\d{1,3})\s*%")

# A copy that stops and sends the reader to the original for the rest.
# Where the rest is: a site's name, or its address, a dot inside a word ('Weiterlesen auf ausseer-rundschau.example').
_WHERE = r"(?:[^.!?,;]|\.(?=\w)){2,60}"
CONTINUE_ELSEWHERE = re.compile(_any(
    r"\b(continue|keep) reading (on|at) (?P<en>" + _WHERE + r")", r"\bread the (full|whole|rest of the|complete|original) (article|story|report) (on|at|in) (?P<en2>" + _WHERE + r")",
    r"^(read|see) more (on|at) (?P<en3>" + _WHERE + r")", r"\b(the )?full (article|story) (is )?(on|at) (?P<en4>" + _WHERE + r")",
    r"\b(lire|découvrir|voir) la suite (sur|de l'article sur|dans) (?P<fr>" + _WHERE + r")",
    r"\blire l'article (complet|en entier|original|en intégralité) (sur|dans) (?P<fr3>" + _WHERE + r")", r"\bretrouvez (la suite|l'intégralité|l'article (complet|en entier))[^.!?]{0,30}? sur (le site (?-i:de la |de l'|du |des |de ))?(?P<fr2>" + _WHERE + r")",
    r"\bweiterlesen (auf|beim|bei der|bei|im|in der|in) (?P<de>" + _WHERE + r")", r"\b(zum|den) (ganzen|vollständigen|kompletten) (artikel|beitrag) (auf|bei) (?P<de3>" + _WHERE + r")", r"\bden (ganzen|vollständigen) artikel (lesen sie )?(auf|bei) (?P<de2>" + _WHERE + r")",
    # (where the whole article appeared: 'Der vollständige Artikel ist bei … erschienen', 'The full story appeared in …')
    r"\b(der|den) (ganze|vollständige|komplette) (artikel|beitrag) (ist|erschien) (bei|auf|im|in der|in) "
    r"(?P<de4>" + _WHERE + r"?)(?: erschienen)?(?=\W*$)",
    r"\bthe (full|whole|complete) (article|story) (appeared|was published|ran) (in|on|at|by) (?P<en5>" + _WHERE + r")",
    r"\bl'article (complet|en entier|intégral) (est paru|a été publié|est disponible) (dans|sur|par) (?P<fr4>" + _WHERE + r")",
    r"\bel artículo (completo|íntegro) (se publicó|fue publicado|está disponible|apareció) en (?P<es3>" + _WHERE + r")",
    r"\bl'articolo (completo|integrale) (è stato pubblicato|è apparso|è disponibile) (su|sul|sulla|in) "
    r"(?P<it3>" + _WHERE + r")",
    r"\b(seguir|sigue|siga|continúa|continuar) leyendo en (?P<es>" + _WHERE + r")",
    r"\b(lee|lea|leer) (la noticia|el artículo|la información) (completa?|íntegra) en (?P<es2>" + _WHERE + r")",
    r"\b(continua|continuate|prosegui) a leggere (su|sul|sulla|in) (?P<it>" + _WHERE + r")",
    r"\bleggi (l'articolo |la notizia )?(completo|completa|integrale) (su|sul|sulla|in) (?P<it2>" + _WHERE + r")",
    r"\b(continue|continuar|continua) (a ler|lendo) (em|no|na) (?P<pt>" + _WHERE + r")",
    r"\bleia (a notícia|o artigo|a matéria) complet[oa] (em|no|na) (?P<pt2>" + _WHERE + r")",
    # (a link to the whole article, alone on its line: the text above is a short version of it)
    r"^(read|see) the (full|whole|complete) (article|story)( here)?\W*$", r"^lire l'article (complet|en entier|en intégralité)\W*$",
    r"^(den )?(ganzen|vollständigen|kompletten) artikel lesen\W*$", r"^zum (ganzen|vollständigen|kompletten) artikel\W*$",
    r"^(leer|lea|lee) (el artículo|la noticia) complet[oa]\W*$", r"^leggi l'articolo (completo|integrale)\W*$",
    r"^(ler|leia) (o artigo|a notícia|a matéria) complet[oa]\W*$",
), re.I)


# 'the website', 'der Website', 'le site', 'la web', 'il sito', the next page: where the rest is, which names no one.
THE_SITE = re.compile(r"^(?:(?:the|our|der|die|das|unserer?|le|la|l'|notre|el|la|nuestra|il|lo|nostro|o|a|nosso|nossa)\s*)?"
                      r"(?:website|web ?site|webseite|internetseite|seite|site|web|homepage|page|sito|página|pagina|portal|"
                      r"original(?:seite)?|app|blog|"
                      # (the page that follows: 'na página seguinte', 'on the next page', 'auf der nächsten Seite')
                      r"(?:next|following) page|page (?:suivante|\d+)|nächsten? seite|seite \d+|página (?:seguinte|siguiente|\d+)|"
                      r"pagina (?:successiva|seguente|\d+)|(?:próxima|siguiente) página|(?:prossima) pagina|"
                      # (a site named only by what it is: 'the publisher's site', 'der Website des Mediums')
                      r"(?:publisher|publisher's|partner|partner's|original|source|newspaper's|paper's|outlet's) "
                      r"(?:site|website|page|article|story)|"
                      r"(?:website|webseite|seite|homepage|internetseite) (?:des|der) (?:mediums?|verlags?|herausgebers|"
                      r"zeitung|partners?|partnermediums?)|site (?:de l'éditeur|du média|du journal|d'origine|partenaire)|"
                      r"(?:web|página|sitio) (?:del medio|del editor|de origen)|sito (?:dell'editore|della testata|d'origine)|"
                      r"site (?:do meio|do editor|de origem))$", re.I)


# The first of an article's pages, copied alone: 'Seite 1 von 2', 'Page 1 of 3', or the link to the next one.
FIRST_OF_PAGES = re.compile(r"^(?:(?:seite|page|página|pagina) 1 (?:von|of|sur|de|di) [2-9]|"
                            r"(?:nächste seite|next page|page suivante|página siguiente|pagina successiva|próxima página)"
                            r"\s*[»›>→]?)$", re.I)
# A later page of the article, pasted after the first: 'Page 2 of 2', its link back, '« Previous page'.
LATER_PAGE = re.compile(r"^(?:(?:seite|page|página|pagina) [2-9] (?:von|of|sur|de|di) [2-9]|[«‹<←]?\s*(?:previous page|"
                        r"page précédente|vorherige seite|página anterior|pagina precedente))$", re.I)


def continues_elsewhere(text: str) -> re.Match | None:
    """A pointer to the rest of the text on another site, the line's whole end ('Seguir leyendo en El Faro del Sur',
    'Lire l'article complet'); not a sentence that goes on after the name ('… read the full report at the library,
    where copies will be kept')."""
    found = CONTINUE_ELSEWHERE.search(text)
    return found if found and not text[found.end():].strip(" .!…→»›>") else None

# A language's name, where a note on a translation names it as if it were a place of publication ('… publicado
# originalmente en gallego', '… first published in Welsh').
LANGUAGE_NAME = re.compile(r"(?:the )?(?:english|french|german|spanish|italian|portuguese|welsh|irish|gaelic|catalan|basque|"
                           r"galician|breton|occitan|corsican|dutch|romansh|ladin|friulian|sardinian|"
                           r"anglais|français|allemand|espagnol|italien|portugais|catalan|basque|breton|occitan|corse|"
                           r"englisch|französisch|deutsch|spanisch|italienisch|portugiesisch|rätoromanisch|"
                           r"inglés|francés|alemán|español|castellano|italiano|portugués|catalán|euskera|gallego|asturiano|"
                           r"inglese|francese|tedesco|spagnolo|portoghese|sardo|friulano|ladino|"
                           r"inglês|francês|alemão|espanhol|português|galego|mirandês)", re.I)
# What a note may say between 'first published' and the original's name: the day ('pubblicato per la prima volta il
# 12 marzo 2026 da Crinale'), the original's language ('first published in German in the Rhön-Anzeiger'), or both.
ON_DATE = (r"(?:(?:on|on the|le|am|el|il|em|no dia|o dia) )?(?:\d{1,2}(?:\.|º|er)? (?:de )?[^\W\d]{3,10} (?:de )?\d{4}|"
           r"[^\W\d]{3,10} \d{1,2},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}),? ")
BEFORE_NAME = "(?:" + ON_DATE + ")?(?:(?:in|en|em) " + LANGUAGE_NAME.pattern + " )?"
# A translation's opening words before where the original was published: 'Tradução de um artigo publicado …'.
TRANSLATION_OF = (r"(?:(?:a |une |eine |una |uma )?(?:translation|traduction|übersetzung|traducción|traduzione|tradução) "
                  r"(?:of |de |d'|eines |di |do |da )(?:an? |un |une |uno |una |um |uma )?(?:article|artikel|beitrags?|artículo|"
                  r"articolo|artigo|texto|text|testo) )?")

# A sitting's agenda item, numbered: 'TOP 2: Genehmigung der Niederschrift', 'Item 7 –', 'Punto 3.' ('Top 5' of a list is none).
AGENDA_ITEM = re.compile(r"^(?:(?-i:TOP)|tagesordnungspunkt|traktandum|agenda item|item|punkt|punto|ponto|point)\s*\d+[a-z]?"
                         r"(?:\.\d+)*\s*[.:)–-]?\s+\S", re.I)

# A newsroom terminal's field over an agency's dispatch, its priority or urgency: 'Priorität 3', 'Urgence : normale'.
DISPATCH_PRIORITY = re.compile(r"\b(?:priori(?:ty|té|tät|tà|dad|dade)|urgence|urgency|dringlichkeit|urgencia|urgenza|urgência)"
                               r"\s*:?\s*(?:\d\b|normale?|haute|high|hoch|basse|low|niedrig|alta|bassa|baixa|urgente?|flash|eilt)", re.I)
# A source's label: 'Source :', 'Quelle:', 'Fuente:', 'Fonte:'; the original outlet's, or a picture's source under it.
SOURCE_LABEL = re.compile(r"(?:source|quelle|fuente|fonte)\s?:", re.I)
# A line saying where the text was first published: the original outlet.
# Its opening words when it says it speaks of this very article: 'This article was…', 'Cet article…', 'Dieser Beitrag…'.
ABOUT_THIS_ARTICLE = re.compile(r"^\W{0,3}(?:this (?:article|story|piece|report)|cet article|ce texte|dieser (?:artikel|beitrag|text)|"
                                r"este (?:artículo|texto|artigo)|questo (?:articolo|testo))\b", re.I)
FIRST_PUBLISHED = re.compile(r"^(?:\W{0,3})" + TRANSLATION_OF + r"(?:" + _any(
    r"(this (article|story|piece) )?(was )?(first|originally) (published|appeared|ran) " + BEFORE_NAME + r"(in|on|by|at) (?P<en>.+?)",
    r"(re)?published (with permission )?(from|courtesy of) (?P<en2>.+?)", r"source ?: ?(?P<src>.+?)",
    r"(cet article (a été |a |est )|article )?((initialement|d'abord|originellement) (publié|paru)|(publié|paru) (initialement|"
    r"d'abord|originellement|en premier)) " + BEFORE_NAME + r"(dans|sur|par) (?P<fr>.+?)",
    r"(cet article est )?paru (dans|sur) (?P<fr2>.+?)", r"source ?: ?(?P<fr3>.+?)",
    r"((dieser|der) (artikel|beitrag|text) )?((ist |wurde )?(zuerst|ursprünglich|erstmals) (erschienen|veröffentlicht)|(erschien|stand) "
    r"(zuerst|ursprünglich|erstmals)) (in|im|bei|auf|von) (?P<de>.+?)", r"quelle ?: ?(?P<de2>.+?)",
    r"(este artículo (fue |se )?)?(publicado|aparecido|publicó|apareció) (originalmente|primero|por primera vez) " + BEFORE_NAME + r"(en|por) (?P<es>.+?)", r"fuente ?: ?(?P<es2>.+?)",
    r"(questo articolo (è stato )?)?(pubblicato|apparso) (originariamente|originalmente|per la prima volta) " + BEFORE_NAME + r"(su|sul|sulla|in|da) (?P<it>.+?)",
    r"fonte ?: ?(?P<it2>.+?)", r"via (?P<via>(?-i:[A-ZÀ-Þ])[^\d]+?)",
    r"(este (artigo|texto) (foi )?)?(publicado|divulgado) (originalmente|primeiro|pela primeira vez) " + BEFORE_NAME + r"(em|no|na|por|pelo|pela) (?P<pt>.+?)",
) + r")(?=\s+(?:on|le|am|el|il|and|et|und|y|e|ed|in|with|avec|mit|con)\s|\s+[-–—|·•]\s|\s*[,.;(]|\s*$|"
    r"\s+(?:of|du|vom|del|dello|della|de|do|da)\s+\d)", re.I)
# (an edition's date after the name: 'paru dans La Semaine gaumaise du 9 avril 2025', 'erschienen im Boten vom 3. März')

# Bylines: "By ...", and the words that join two names.
BYLINE_START = re.compile(r"^(?:(?:" + _any(   # (the longer phrases first: "von unserem Korrespondenten" before "von")
    INTERVIEWER, r"(?:authors?|autor(?:in|en|es|as?)?|verfasser(?:in)?|autori|autore|autrici|autrices?|auteure?s?|autoria|rédaction|"
    r"redacción|redazione|redaktion|redação|bearbeitung|elaboración|elaborazione|elaboração|journaliste|journalist(?:in)?|"
    r"periodista|giornalista|jornalista|reporter(?:in)?|redakteur(?:in)?)\s?:", r"written by", r"words by", r"reporting by", r"prepared by", r"compiled by", r"edited by", r"story by", r"report by",
    r"text by", r"text\s?:", r"words\s?:", r"(?:posted|published) by", r"(?:veröffentlicht|gepostet|eingestellt) von",
    r"publiée? par", r"publicad[oa] por", r"pubblicat[oa] da", r"(?:article |texte )?rédigée?s? par", r"bericht\s?:", r"report\s?:", r"établie? par", r"redactad[oa] por", r"redatt[oa] da", r"redigid[oa] por",
    r"texte\s?:", r"texte de", r"un article de", r"un reportage de", r"un reportaje de", r"uma reportagem de", r"propos recueillis par",
    r"de notre (?:correspondante?|envoyée? spéciale?)(?: à [\w' -]+?)?,?", r"erstellt von", r"verfasst von",
    r"ein (?:beitrag|artikel|bericht|kommentar|interview) von",
    r"von unserer?m? (?:korrespondent(?:en|in)?|redakteur(?:in)?|mitarbeiter(?:in)?|reporter(?:in)?)",
    r"elaborado por", r"texto\s?:", r"texto de", r"un artículo de", r"a cura di", r"testo\s?:", r"testo di", r"articolo di",
    r"servizio di", r"dal nostro (?:corrispondente|inviato)", r"by", r"par", r"von", r"por", r"de", r"di",
) + r")(?:\s*:)?\s+|un article d['’]|un artículo d['’])", re.I)   # ('A cura di: …', 'By: …')
HONORIFIC = re.compile(r"^(?:(?:prof\.?\s+)?dr\.?\s+(?:med|phil|rer\.?\s?nat|iur|jur|oec|sc|techn|h\.\s?c)\.(?:\s?(?:dent|vet|univ)\.)?|"
                       # (a German or Swiss doctor's degree with its faculty: 'Dr. med.', 'Prof. Dr. rer. nat.')
                       # (an Argentine or Spanish engineer's title: 'Ing. Agr.', 'Ing.', 'Lic.', 'Arq.', 'Abog.')
                       r"ing\.?\s+agr|lic|arq|abog|cr|cdor|cdora|"
                       # (a German or Austrian degree: 'Dipl.-Ing.', 'Dipl.-Kfm.', 'Mag.')
                       r"dipl\.-\w{2,5}|mag|mag\.a|(?-i:DI|DI\(FH\)|Ing\.)|"
                       r"dr|prof|prof\.ssa|mr|mrs|ms|mx|sir|dame|m|mme|mlle|me|herr|frau|sr|sra|srta|dott|dott\.ssa|ing|avv|sig|sig\.ra|"
                       # (a cleric's: 'don Paolo Renier', 'Father Tom Hart', 'abbé Pierre Roux', 'Pfarrer Jan Otto')
                       r"don|padre|fra|suor|mons|monsignor|father|fr|rev|revd|reverend|p[èe]re|abbé|sœur|pfarrer|pastor|"
                       r"pastorin|dom|frei|irmã|"
                       # (a firefighter's, a soldier's or a police officer's rank: 'capitaine Sophie Marjollet', 'Major Ann Lowe')
                       r"capitaine|commandant|lieutenant|colonel|lieutenant-colonel|adjudant|sergent|major|captain|capt|"
                       r"sergeant|sgt|inspector|insp|superintendent|supt|hauptmann|major|oberst|kommandant|brandmeister|"
                       r"capitán|teniente|coronel|comandante|sargento|capitano|tenente|colonnello|maresciallo|brigadiere|"
                       r"capitão)\.?\s+(?=(?-i:[A-ZÀ-Þ]))", re.I)
# An elected member named with the letters of the seat she holds ('Helen Ashworth MP', 'Fergus Ewing MSP', 'Jan Otto MdB',
# 'Mary Byrne TD'): a person, as a letterhead or a signature names her, never a publication.
ELECTED_MEMBER = re.compile(r"^(?:(?:the\s+)?(?:rt\.?\s+)?hon\.?\s+)?((?:(?-i:[A-ZÀ-Þ])[\w'’.-]+\s+){1,3}(?-i:[A-ZÀ-Þ])[\w'’-]+)"
                            r"(?:,)?\s+(?:mp|msp|ms|mla|mep|td|mhk|mpp|mna|mha|mdb|mdl|mdep|mdbü|mda)\.?$", re.I)
# The seat under her name ('Member of Parliament for Rutland and Stamford', 'Députée de la 2e circonscription du Gers',
# 'Mitglied des Deutschen Bundestages'): her office, no publication.
MEMBER_SEAT = re.compile(r"^(?:member of (?:the )?(?:(?:scottish |european |welsh )?parliament|legislative assembly|senedd|house of "
                         r"keys|provincial parliament)|député(?:e)?(?: européen(?:ne)?)? (?:de|du|des|d['’])|sénat(?:eur|rice) (?:de|du|des)|"
                         r"mitglied des (?:deutschen )?(?:bundestages|bundestags|landtages|landtags|nationalrates|europäischen parlaments)|"
                         r"(?:bundestags|landtags|nationalrats)abgeordneter?|diputad[oa] (?:por|de|del)|senador[a]? (?:por|de)|"
                         r"deputat[oa] (?:alla camera|al parlamento|regionale)|senat(?:ore|rice) della repubblica|"
                         r"deputad[oa] (?:à assembleia|eleit[oa] (?:por|pelo|pela))|"
                         # (and a minister's office, a letter's addressee: 'Minister of State for Care', 'Ministre de la Santé')
                         r"(?:(?:the )?minister|secretary of state|ministre|ministerin|minister|ministro|ministra)"
                         r"(?: of state| délégué(?:e)?| d['’]état)? (?:for|of|de|du|des|für|per|della|dello|del|da|do|dos))\b", re.I)
NAME_JOINERS = re.compile(r"\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bwith\b|\bavec\b|\bmit\b|\bcon\b)\s*", re.I)
# A picture's caption under its label, as a press release's downloads give it: 'Bildtext: … Foto: GV Gailtal/Kofler'.
CAPTION_LABEL = re.compile(r"^(?:bildtext|bildunterschrift|bu|(?:photo |picture )?caption|légende( photo)?|pie de foto|"
                           r"didascalia|legenda( da foto)?)\s*:\s*\S", re.I)
# A picture from someone's files, on a line of its own under its caption: 'Archives Lucas Vuilleumier', 'Archiv: Eva Roth'.
ARCHIVE_LINE = re.compile(r"^(?:archives?|archiv|archivo|archivio|arquivo)\s*:?\s+(?=(?-i:[A-ZÀ-Þ])[\w'’.-]+"
                          r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’.-]+){0,3}$)", re.I)
# The words naming who made a picture, a graphic or a report's footage, as a credit opens on them ('Photo', 'Bild',
# 'Riprese', a bilingual 'Photo/Foto'), after the picture's place on the page or not ('Cover photo').
_PLACED = r"(?:(?:cover|front|main|header|lead|title|top|couverture|titel)\s+)?"
_CREDIT_WORDS = (r"photo(graph|graphy)?s?|pictures?|images?|imágenes|immagini|imagens|visuali[sz]ation|visualisierung|"
                 r"visualización|visualizzazione|illustrations?|graphics?|gr[aá]fic[oa]s?|grafic[ao]|grafiche|grafik(?:en)?|"
                 r"infograf[ií]as?|infografica|infographies?|v[ií]d[eé]o|foto(s|grafías?|grafias?|grafie)?|bild(er)?|"
                 r"bildrechte|bildquelle|bildnachweis|fotonachweis|servizio fotografico|fotoservizio|reportage photo|"
                 r"fotorreportaje|ilustración|illustrazione|dessin|crédit|kamera|camera|caméra|cámara|câmera|riprese|imagen|"
                 r"(?:photo|foto)\s?/\s?(?:photo|foto)")
CREDIT = re.compile(r"^" + _PLACED + r"(?:" + _CREDIT_WORDS + r"|credits?|infographics?)"
                    r"(\s+[\w'’]+|\s+de\s+\w+)?\s*([:©]|\b(by|di|par|von|por)\s+[A-ZÀ-Þ])|^©|\bgetty images\b"
                    r"|^(?:photo|image|foto|imagen|imagem)s?\s+(?:gracieuseté|courtoisie|courtesy|cortesía|cortesia)\b"
                    # (an archive's picture and whose archive: 'foto archivio Gennargentu News', 'Photo d'archives : …')
                    r"|^(?:archive )?(?:photo|foto|image|bild)\s+(?:d['’]archives?|archivio|de archivo|de arquivo|aus dem archiv)"
                    r"\s+(?=(?-i:[A-ZÀ-Þ]))"
                    r"|\bshutterstock\b|" + ARCHIVE_LINE.pattern, re.I)
CREDIT_ROLE = re.compile(r"^" + _PLACED + r"(?:" + _CREDIT_WORDS + r")\b", re.I)

# Who translated the text: a credit, as written ('Traduzido do original em galego por Lúcia Pimentel').
TRANSLATOR = re.compile(r"^(?:" + _any(
    r"translated (from (the )?[\w ]{2,30} )?by", r"translation( by)?\s*:?", r"tradu(it|ite|ction)( (de|du|depuis) [\w' ]{2,30})? par",
    r"traduction\s*:", r"(aus dem [\w]+ )?übersetzt( aus dem [\w]+)? von", r"übersetzung\s*:", r"aus dem [\w]+ von",
    r"traducido( (del|desde el) [\w ]{2,30})? por", r"traducción\s*:", r"tradott[oa]( (dal|dallo|dalla) [\w ]{2,30})? da",
    r"traduzione( di)?\s*:?", r"traduzid[oa]( (do|da|a partir do) [\w ]{2,40})? por", r"tradução\s*:",
) + r")\s*(?-i:[A-ZÀ-Þ])", re.I)

# News agencies: a byline naming one is a credit, not an author.
AGENCIES = re.compile(r"^(?:" + _any(
    r"afp", r"agence france[- ]presse", r"reuters", r"thomson reuters", r"ap", r"associated press", r"the associated press",
    r"dpa", r"deutsche presse-agentur", r"epd", r"kna", r"efe", r"agencia efe", r"europa press", r"ansa", r"agi", r"adnkronos",
    r"upi", r"pa( media)?", r"press association", r"bloomberg", r"xinhua", r"anadolu( agency)?", r"belga", r"apa", r"sda", r"keystone-sda",
    r"ats", r"anp", r"tass", r"ria novosti", r"kyodo( news)?", r"yonhap", r"pti", r"ians", r"aap", r"cp", r"the canadian press",
    r"lusa", r"ctk", r"pap", r"mti", r"nova", r"agencies", r"agences", r"agenturen", r"agencias", r"agenzie", r"wire services?",
    r"\w+ with (afp|reuters|ap|agencies)", r"(avec|with|mit|con) (afp|reuters|ap|dpa|efe|ansa|agences|agencies|agenturen|agencias|agenzie)",
) + r")\.?$", re.I)

# An agency no list knows, by what it calls itself: 'Agencia Duero', 'Agence Rhône Info', 'Nordsee News Agency',
# 'Iberpress', 'Nachrichtenagentur Alpen'. Credited where a byline or a page's declared authors name it; not a reason to
# refuse a masthead its name (an agency's own site is its outlet).
AGENCY_NAMED = re.compile(r"^(?:" + _any(
    r"(?-i:agencia|Agencia|agence|Agence|agenzia|Agenzia|agência|Agência|Nachrichtenagentur|Presseagentur)"
    r"(?: (?:(?:de|di|da|do|del|des|du) )?(?-i:[A-ZÀ-Þ])[\w'’-]+){1,3}",   # ('Agência Lusitana de Notícias')
    r"(?:agencia|agence|agenzia|agência)(?: [\w'’-]+){0,3} (?:de|di|da) (?:presse|stampa|prensa|noticias|notícias|"
    r"informação|información|informazione)",   # ('Agence romande de presse')
    r"(?-i:[A-ZÀ-Þ])[\w'’-]+(?: (?-i:[A-ZÀ-Þ])[\w'’-]+){0,2} (?:news|press) agency",
    r"(?-i:[A-ZÀ-Þ])[a-zß-ÿ]{2,}(?-i:press)",
) + r")\.?$", re.I)


def is_agency(name: str) -> bool:
    """A news agency, by a list's name or code or by what it calls itself."""
    return bool(AGENCIES.match(name) or AGENCY_NAMED.match(name))


# A byline signed by the newsroom, not by a person.
NEWSROOM = re.compile(r"^(?:" + _any(
    r"(the )?(staff|staff reporters?|staff writers?|newsroom|news ?desk|web ?desk|online desk|editorial (team|staff|board)|editors?)",
    # (with the site's initials or not: 'Redacción VFP', 'Redaktion NWZ')
    r"(la )?rédaction( web| numérique| en ligne| de \w+)?( (?-i:[A-Z]{2,6}))?", r"(die )?(online-)?redaktion( online)?( (?-i:[A-Z]{2,6}))?",
    r"(la )?redacción( digital| web)?( (?-i:[A-Z]{2,6}))?", r"(la )?redazione( online| web| digitale)?( (?-i:[A-Z]{2,6}))?",
    # a press office, a clerk's office: 'Comunicación UTC', 'States Greffe', 'Pressestelle', 'Ufficio stampa'
    r"([\w.&' -]{1,40} )?(greffe|press office|communications?( team| office)?|pressestelle|presseamt|service de presse|"
    r"(gabinete|oficina) de (prensa|comunicación|comunicação)|comunicación|comunicação|comunicazione|kommunikation|"
    r"ufficio stampa|assessoria de (imprensa|comunicação))( [\w.&' -]{1,40})?",
) + r")\.?$", re.I)

# Words of a dateline.
PUBLISHED_WORDS = re.compile(r"\b(published|posted|first published|publié|publiée|mis en ligne|paru|veröffentlicht|publiziert|"
                             r"erschienen|erstellt|publicado|publicada|pubblicato|pubblicata|inserit[oa]|postad[oa]|eingestellt|"
                             # (a date's label naming it the publication's: 'Publikationsdatum 22.05.2026')
                             r"publikationsdatum|veröffentlichungsdatum|publication date|date of publication|"
                             r"date de (?:publication|parution)|fecha de publicación|data di pubblicazione|"
                             r"data d[ae] publicação|"
                             # (a bulletin's or a warning's issue: 'Issued at 17:40', 'Emitido em 27-01-2025', 'Émis le …')
                             r"issued(?= at| on| \d)|émise? le|ausgegeben am|emitid[oa] (?:em|el|a)|emess[oa] (?:il|alle))\b", re.I)
UPDATED_WORDS = re.compile(r"\b(updated|last updated|modified|mis à jour|mise à jour|actualisé|modifié|aktualisiert|zuletzt aktualisiert|"
                           r"geändert|stand(?=:)|actualizado|actualizada|actualizados|actualizadas|actualización|modificado|"
                           r"aggiornato|aggiornata|aggiornati|aggiornate|ultimo aggiornamento|modificato|atualizado|atualizada|"
                           r"atualizados|atualizadas|atualização|"
                           # (a page of figures' refresh: 'Data last refreshed', 'Daten vom', 'Dati aggiornati al')
                           r"(?:data )?(?:last )?refreshed|"
                           # (a page's review date: 'Last reviewed: 3 December 2026')
                           r"(?:last |page )?reviewed|zuletzt geprüft|dernière révision|revisado el|revisionato il)\b", re.I)
# The date of what a report is about, set as a field beside the report's own date: when it happened, not when it was
# published ('Ereignisdatum: 30.11.2026' over 'Meldung vom: 01.12.2026').
EVENT_DATE = re.compile(r"^(?:ereignis(?:datum|zeit)|tat(?:zeit|datum|tag)|vorfallsdatum|einsatz(?:datum|zeit)|alarmzeit|"
                        r"(?:event|incident) date|date of (?:the )?(?:incident|event|offence)|date (?:de l'événement|des faits)|"
                        r"fecha del? (?:suceso|hecho|evento|incidente)|data (?:dell'evento|del fatto|dei fatti)|"
                        r"data do (?:evento|incidente)|data da ocorrência|"
                        # (the sitting a paper is put to, labelled so beside the paper's own date: 'Sitzung am: 24.06.2025')
                        r"sitzung am|sitzungstermin|sitzungsdatum|meeting date|date of (?:the )?meeting|date de (?:la )?séance|"
                        r"fecha de (?:la )?sesión|data della seduta|data da reunião)\s?:", re.I)
LIVE_WORDS = re.compile(r"\b(live|en direct|liveblog|live-?ticker|en vivo|en directo|diretta)\b", re.I)
RELATIVE_TIME = re.compile(r"\b(today|yesterday|just now|\d+\s+(hours?|minutes?|mins?|days?|hrs?)\s+ago|aujourd'hui|hier(?=,? (?:à|a|soir|matin)\b|$)|il y a \d+|"
                           r"heute|gestern|vor \d+ (stunden?|minuten?|tagen?)|hoy|ayer|hace \d+|oggi|ieri|\d+ (ore|minuti) fa|hoje|ontem|há \d+)\b", re.I)

# Section labels that sit above a headline ("WORLD", "Politique").
SECTIONS = {
    "news", "world", "politics", "business", "economy", "sport", "sports", "culture", "society", "opinion", "opinions",
    "international", "national", "local", "science", "tech", "technology", "health", "environment", "climate", "education",
    "europe", "asia", "africa", "americas", "us", "uk", "middle east", "investigation", "investigations", "analysis",
    "feature", "features", "exclusive", "breaking", "breaking news", "crime", "justice", "law", "courts", "media", "life",
    "lifestyle", "arts", "books", "film", "music", "travel", "food", "regions", "region", "city", "metro", "world news",
    "france", "monde", "politique", "économie", "societe", "société", "sports", "enquête", "international", "justice",
    "faits divers", "idées", "débats", "planète", "régions", "actualité", "actualités", "à la une", "police", "police-justice",
    "deutschland", "ausland", "inland", "politik", "wirtschaft", "kultur", "gesellschaft", "panorama", "wissen", "meinung",
    "nachrichten", "regional", "españa", "internacional", "política", "economía", "sociedad", "cultura", "deportes", "opinión",
    "nacional", "sucesos", "tribunales", "cronaca", "politica", "esteri", "economia", "società", "sport", "cultura", "italia",
    "mondo", "giustizia", "attualità", "inchiesta", "news", "drugs", "corruption", "police", "exclusif", "exklusiv", "exclusiva",
    "esclusiva", "live", "en direct", "live updates", "live blog", "liveblog", "live-ticker", "liveticker", "live ticker",
    "en directo", "en vivo", "directo", "diretta", "in diretta", "diretta live", "direct", "le direct",
    # more of each language's, so that none is poorer than another
    "uk news", "us news", "weather", "property", "money", "motoring", "cars", "fashion", "style", "entertainment", "tv",
    "obituaries", "letters", "comment", "farming", "transport", "housing", "schools", "local news", "sci-tech", "tech news",
    "sciences", "santé", "éducation", "environnement", "météo", "transports", "faits-divers", "people", "éco", "loisirs",
    "immobilier", "emploi", "tribune", "édito", "éditorial", "chronique", "vie locale", "agriculture", "numérique", "auto",
    "sport", "lokales", "vermischtes", "reise", "digital", "gesundheit", "bildung", "klima", "umwelt", "verkehr", "leben",
    "stil", "feuilleton", "kommentar", "wetter", "lokal", "stadt", "kreis", "land", "sport regional", "karriere",
    "salud", "educación", "medio ambiente", "tecnología", "ciencia", "motor", "gente", "local", "comunidad",
    "televisión", "tendencias", "tiempo", "empleo", "vivienda", "ocio", "gastronomía", "provincia", "municipios",
    "salute", "scuola", "ambiente", "tecnologia", "scienza", "motori", "spettacoli", "cronaca locale", "regione",
    "meteo", "viaggi", "cucina", "lavoro", "opinioni", "editoriale", "primo piano", "territorio", "provincia", "città",
    "sociedade", "desporto", "esportes", "país", "opinião", "ciência", "saúde", "educação", "cidades", "região", "justiça",
    # a story's genre set over its headline, in each language
    "explainer", "explained", "watch", "video", "in pictures", "photos", "gallery", "review", "reportage", "report",
    "critique", "rezension", "kritik", "reseña", "crítica", "recensione", "critica", "recensão", "resenha",
    "analyse", "décryptage", "en images", "vidéo", "portrait", "reportage", "hintergrund", "erklärt", "bilder",
    "bildergalerie", "reportage", "análisis", "vídeo", "fotos", "fotogalería", "reportaje", "crónica", "analisi",
    "approfondimento", "foto", "fotogallery", "reportage", "análise", "reportagem", "galeria", "explicador", "esclusivo",
    "exclusivo", "exclusive", "em destaque", "destaque", "in evidenza", "en portada", "im fokus", "à la une",
}

# A credit line of an aggregator: "<Original outlet> · <date>" under a masthead of its own.
SEPARATORS = r"[|•·–—/]"
# A company's copyright over the page ('© Tweedside Broadcasting Ltd 2026', '© 2026 Ergolz-Kurier AG'): the site's rights,
# never a picture's credit.
COMPANY_RIGHTS = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?[^,;:]{2,60}?\s(?:Ltd\.?|Limited|plc|GmbH|AG|KG|Inc\.?|"
                            r"LLC|S\.\s?A\.?|S\.\s?L\.?|S\.p\.A\.?|S\.r\.l\.?|SARL|SAS|Lda\.?|Pty\.? Ltd\.?|B\.V\.)"
                            r"(?:,?\s+\d{4})?\.?$", re.I)

# A document that says it is an excerpt.
EXCERPT = re.compile(r"\b(excerpts?|extracts?|extraits?|auszug|auszüge|extractos?|estratto|estratti)\b", re.I)

# A journalist's role beside the name in a byline ("Health Correspondent"): not a name.
ROLE_WORDS = re.compile(r"\b(correspondents?|editor|reporter|writer|journalist|columnist|critic|analyst|producer|contributor|"
                        r"envoyée?|correspondante?|journaliste|rédacteur|rédactrice|chroniqueu(r|se)|"
                        r"korrespondent(in)?|redakteur(in)?|reporterin|journalistin|"
                        r"corresponsal|redactora?|periodista|enviad[oa]|cronista|"
                        r"corrispondente|inviat[oa]|redattore|redattrice|giornalista|caporedattore|"
                        # (an office held: "Director of Planning", "Bereichsleiter Wasser", "Presidente da Câmara")
                        r"director|manager|officer|mayor|councillor|minister|secretary|chair(?:man|woman|person)?|"
                        r"engineer|scientist|adviser|advisor|consultant|coordinator|specialist|researcher|"
                        r"\w*(?:berater|beraterin|ingenieur|ingenieurin|wissenschaftler|wissenschaftlerin)|"
                        r"maire|directeur|directrice|conseill(?:er|ère)|présidente?|"
                        r"\w*(?:leiter|leiterin|führer|führerin|sprecher|sprecherin|referent|referentin|arzt|ärztin|"
                        r"direktor|direktorin|beauftragter?|präsident|präsidentin|rätin)|bürgermeister(?:in)?|"
                        r"alcalde(?:sa)?|directora?|concejala?|presidenta?|sindac[oa]|direttore|direttrice|assessore|assessora|"
                        r"diretora?|vereadora?|prefeit[oa]|"
                        # (a newsroom's office named after the writer: "NLR Studio Cottbus", "Redaktion Bonn", "bureau de Lyon")
                        r"studio|desk|bureau|büro|newsroom|redaktion|rédaction|redacción|redazione|redação)\b", re.I)

# A section's heading opens with a preposition, a name never does: 'AUS DER GEMEINDE', 'From the council', 'Dans nos
# villages', 'Dal territorio'.
SECTION_OPENER = re.compile(r"^(?:aus|von|für|rund um|im|from|around|about|inside|dans|autour|sur|chez|desde|en|por|dal|"
                            r"dalla|dai|dalle|nel|nella|sul|sulla|pelo|pela|nos|nas)\s", re.I)
# The words a newspaper's, a magazine's, a broadcaster's or a news site's name is made of, in each language ('The Minch
# Mercury', 'La Dépêche de Cornouaille', 'Fuldataler Anzeiger', 'Cáceres al Minuto', 'Il Gazzettino della Lunigiana',
# 'Rádio Voz do Marão', 'Wolds Today'): what a council, a company, a museum or a register never calls itself.
PUBLICATION_WORDS = re.compile(
    r"\b(?:news|times|post|herald|gazette|journal|tribune|courier|press|radio|tv|television|fm|chronicle|observer|express|"
    r"examiner|advertiser|telegraph|sentinel|dispatch|bulletin|ledger|weekly|daily|mirror|magazine|monitor|review|record|"
    r"echo|mercury|star|standard|leader|argus|guardian|citizen|enquirer|recorder|clarion|voice|today|current|"
    r"quotidien|hebdo|dépêche|nouvelles|presse|courrier|républicain|progrès|écho|réveil|matin|soir|infos?|actus?|télé|"
    r"fréquence|phare|indépendant|éclair|"
    r"zeitung|blatt|kurier|anzeiger|rundschau|nachrichten|bote|merkur|volksstimme|tageblatt|tagblatt|welle|fernsehen|"
    r"rundfunk|funk|aktuell|magazin|"
    r"diario|periódico|noticias|heraldo|correo|crónica|prensa|semanario|voz|eco|gaceta|información|digital|al día|"
    r"al minuto|hoy|ràdio|televisión|tele|revista|"
    r"giornale|corriere|gazzetta|gazzettino|notizie|messaggero|stampa|mattino|settimanale|quotidiano|voce|cronaca|"
    r"cronache|tirreno|rivista|notiziario|"
    r"jornal|diário|correio|notícias|gazeta|região|semanário|rádio|televisão|folha|expresso)\b"
    # (and a German compound's end: 'Landeszeitung', 'Tageblatt', 'Abendpost', 'Kreisanzeiger', 'Thurbote')
    r"|\w(?:zeitung|blatt|kurier|anzeiger|rundschau|nachrichten|bote|presse|post|rundfunk|funk|welle)\b", re.I)


# Words that make a capitalised name an organisation's, not a person's: a body's, a town's, or a publication's.
ORGANISATION_WORDS = re.compile(r"\b(?:council|authority|trust|ltd|limited|plc|inc|court|ministry|department|association|"
                                r"university|agency|office|service|board|group|company|committee|commission|foundation|"
                                r"society|institute|report|"
                                r"mairie|ministère|conseil|préfecture|tribunal|université|société|"
                                r"stadtwerke|ministerium|gericht|verband|verein|universität|amt|rat|\w*ausschuss|unit|"
                                r"team|club|clube|club de|fc|communications?|marketing|pressestelle|abteilung|referat|ufficio|dipartimento|"
                                r"direzione|departamento|gabinete|servicio|dirección|direction|"
                                r"co-?operative|cooperativa|coopérative|genossenschaft|"
                                r"collective|collectif|kollektiv|colectivo|collettivo|coletivo|coalition|alliance|"
                                r"campaign|initiative|bürgerinitiative|iniziativa|iniciativa|movement|mouvement|bewegung|"
                                r"movimiento|movimento|federation|fédération|föderation|federación|federazione|federação|"
                                r"ayuntamiento|ministerio|consejo|universidad|"
                                r"comune|ministero|consiglio|università|"
                                # a town's or a region's own name for itself
                                r"stadt|gemeinde|landkreis|kreis|ville|commune|département|région|ciudad|municipio|"
                                r"città|regione|provincia|cidade|município|câmara|city|town|county|borough|"
                                r"comunità|comunidad|communauté|comunidade|mancomunidad|syndicat|consorzio|unione)\b"
                                # ... and a body's compounds: "Mobilitätsbüro", "Planungsbüro", "Landratsamt", "Bauamt"
                                r"|\w(?:büro|buero|amt|werke|verband|verein)\b"
                                # (and a publication's words: 'Landeszeitung', 'The Minch Mercury')
                                r"|" + PUBLICATION_WORDS.pattern, re.I)

# A print caption's credit after a slash, the photographer's name in capitals: '… during the meeting. / J. M. PRIETO'.
SLASH_CREDIT = re.compile(r"[.!?»”]\s+/\s+((?-i:[A-ZÀ-Þ])(?-i:[A-ZÀ-Þ.&'’-]){1,5}|(?-i:[A-ZÀ-Þ])(?-i:[A-ZÀ-Þ. '’-]){2,40}|"
                          r"(?-i:[A-ZÀ-Þ])[\w'’.-]+(?: (?:(?:al|del|de|la|di|da|do|dos|du|von|van|der|y|e|et|&) )?"
                          r"(?-i:[A-ZÀ-Þ])[\w'’-]+){1,3})$")
# (a name in capitals, an agency's initials 'N&P', or a photographer's or an outlet's name as written: '… octubre. / Pedro
#  Navarro', '… agosto. / J. Sánchez', '… en la lonja. / Cantábrico al Día')
# A caption's credit in brackets, a photographer and an agency or an outlet after a slash: '… le 2 décembre. (JEAN-LUC
# MOREAU / LES ONDES)', '… in Montague. (Seamus Doiron / The Island Commons)'.
BRACKET_CREDIT = re.compile(r"[.!?»”]\s+\(((?-i:[A-ZÀ-Þ])(?-i:[A-ZÀ-Þ. '’-]){2,40}\s?/\s?(?-i:[A-ZÀ-Þ])(?-i:[A-ZÀ-Þ. '’-]){1,40}|"
                            r"(?-i:[A-ZÀ-Þ])[^()/.]{1,40}\s?/\s?(?-i:[A-ZÀ-Þ])[^()/]{1,40})\)$")
# A caption opening with its credit in brackets: '(Photo : Corinne Vachet) Des tracteurs boulevard …'.
LEADING_CREDIT = re.compile(r"^\(((?:" + CREDIT_ROLE.pattern.removeprefix("^") + r"\s*[:©]|©)\s*[^()]{2,50})\)\s+(?-i:[A-ZÀ-Þ«\"“])",
                            re.I)
# A print caption's credit without a colon: '… devant la fromagerie, lundi. Photo Hervé Clauzel', or alone: 'Photo Claire Mounier';
# a name may be an initial ('Photo B. Rouffie') and follow the paper's code and a dash ('Photo RM - Jean-Luc Fabre').
# The small words inside a person's name, set in small letters: 'María de la Fuente', 'Ludwig van der Berg'.
NAME_PARTICLES = {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von", "der", "du", "des", "le", "y", "e"}
_NAME_WORD = r"(?-i:[A-ZÀ-Þ])(?:[\w'’-]+|\.)"
# A caption's credit in brackets naming the outlet, a colon and its photographer, as broadcasters set it: '… a decade
# ago. (Tamar FM: Sam Pickett)'.
OUTLET_CREDIT = re.compile(rf"[.!?»”]\s+\(((?-i:[A-ZÀ-Þ])[\w'’&.-]*(?:\s[\w'’&.-]+){{0,4}}:\s?{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\)$")
# The photographer's name alone closing a caption, as papers in Spain and Italy set it: '… durante la jornada de prueba
# del pasado sábado. Nacho Bustamante'. Read only where the line is already known to be a caption.
NAME_AFTER_CAPTION = re.compile(rf"(?<=\w\w)[.!?»”]\s+({_NAME_WORD}(?:\s+(?:(?:de|del|da|di|do|dos|du|van|von|der|la|le|y)\s+)?"
                                rf"{_NAME_WORD}){{1,3}})$")
NAMED_CREDIT = re.compile(r"(?:^|[.!?»”]\s+|\w\s\(|\w\s[-–—]\s)((?:photo|foto|picture|bild|image)"
                          r"(?:\s+(?:d['’]archivio|archivio|de archivo|d['’]archives?|de arquivo|archiv|archive|file))?\s+"
                          rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}|(?-i:[A-ZÀ-Þ]{{2,5}})\s[-–/]\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}|"
                          # (the paper's name before the photographer's: 'Photo Tarn Matin - Julien Carrère')
                          rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s[-–]\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}|"
                          r"(?-i:[A-ZÀ-Þ]\.(?:\s?[A-ZÀ-Þ]\.){1,2})|"   # (the photographer's initials: 'Photo N.C.')
                          r"(?-i:DR|D\.R\.)))"   # ('Photo DR': rights reserved, its maker not named)
                          r"\)?$", re.I)   # (or in brackets closing the caption: '… Iannaccone (foto Mario Ciampa)')
# A photographer in capitals working for the paper, after the caption: '… le 27 novembre. PAUL VIDAL POUR « L'HEXAGONE »'.
COMMISSIONED_CREDIT = re.compile(r"[.!?»”]\s+((?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3})\s+"
                                 r"(?:POUR|FOR|PER|PARA|FÜR)\s+\S.{1,40})$")
# A picture's source after its caption's last sentence: '… devant le bac, en 1979. Archives famille Tissandier' (not a
# sidebar's link, '» Archive').
# ('Photo archives Le Réveil': the paper's files named after the word for a picture, no colon)
ARCHIVE_CREDIT = re.compile(r"(?<=[^\s»›>])[.!?»”]\s+((?:(?:photos?|fotos?|bild) (?=arch))?(?:archives?|archiv|archivo|archivio|arquivo|collection|sammlung|colección|collezione|"
                            r"coleção|courtesy of|privatfoto|foto privada|foto privata)\b[^.()!?]{0,50})$", re.I)
# A paper's own picture from its files, in brackets after the caption: '… in May 2022. (Lakeshore Herald file photo)'.
FILE_CREDIT = re.compile(r"[.!?»”]\s+\(((?-i:[A-ZÀ-Þ])[\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}\s+(?:file|archive|stock)\s+"
                         r"(?:photo(?:graph)?|picture|image))\)$", re.I)
# A caption that ends with its credit: "The new ferry at the quay. Photo: Ann Lowe".
# A caption whose credit a PDF's copy joins to its last words with no stop: '… num lar de Idanha-a-Nova Fotografia: Nuno
# Carrilho'; the role capitalised, its colon and a name, at the end.
JOINED_CREDIT = re.compile(r"(?<=[^\W\d_]{2})\s+((?:Photos?|Photograph(?:s|ie)?|Pictures?|Images?|Fotos?|Fotografi(?:a|as|e)|"
                           r"Fotografías?|Bild(?:er)?|Crédits? photo|Immagini|Imagens?)\s?:\s*(?-i:[A-ZÀ-Þ©])[^:.]{1,60})$")
CAPTION_CREDIT = re.compile(r"(?:[.,;(–—\]-]|(?<=[.!?])\s*\||(?=\s(?-i:FOTOS?|PHOTOS?|BILD|IMAGEM|IMAGEN|IMAGES?)\s?:\s(?-i:[A-ZÀ-Þ])))"
                            r"\s*((?:©\s?(?=(?-i:[A-ZÀ-Þ]))|"   # ('… on the river. © Valley Trust/Ann Lowe')
                            r"(?:(?:photo|foto)\s?/\s?(?:photo|foto)|"   # (in two languages: 'Photo/Foto: Anne Lejeune')
                            r"photo(?:graph)?s?|pictures?|pic|ph\.|(?:symbol|archiv|agentur|presse)?foto(?:s|grafías?|grafias?|grafie)?|"
                            r"images?|imágenes|immagini|imagens|"
                            r"visuali[sz]ation|visualisierung|visualización|illustration|(?:symbol|archiv|agentur|presse)?bild|bildrechte|bildquelle|"
                            r"bildnachweis|fotonachweis|cr[ée]dits?(?: photo)?|graphics?|infographics?|grafik|infografik|graphique|"
                            r"infographie|gr[aá]fico|infograf[ií]a|infografica|dessin|ilustración|illustrazione)"
                            r"(?:\s+(?:d['’]archives?|d['’]archivio|de archivo|de arquivo))?(?:\s*[:©]\s*|\s+/\s+(?=(?-i:[A-ZÀ-Þ]))|\s+(?:by|di|par|von|por|de)\s+(?=(?-i:[A-ZÀ-Þ]))"
                            r"|\s+(?=(?-i:[A-ZÀ-Þ])[^.()]*/)|\s+(?=(?-i:[A-ZÀ-Þ])[\w'’&-]*(?:\s+(?:(?-i:[A-ZÀ-Þ])[\w'’&-]*|\d+|(?-i:de|du|des|la|le|di|del|von|der|van))){0,4}\s*$)|\s+(?=(?-i:[A-ZÀ-Þ])[^.()]*\)\s*$)|\s+(?:courtesy(?:\s+of)?|gracieuseté|courtoisie(?:\s+de)?|cortesía(?:\s+de)?|cortesia(?:\s+d[ei])?)\s*[–—-]?\s*|"
                            # (given by whom it shows: 'foto concessa dal gruppo scout', 'photo fournie par la mairie')
                            r"\s+(?:(?:gentilmente\s+)?concess[ao]|fournie|cedid[ao]|zur verfügung gestellt)\s+(?:da|dal|dalla|dai|dagli|"
                            r"dalle|dall'|par|por|pela|pelo|von|vom)\s*))"
                            r"(?:[^.()]|(?<=\b\w)\.|(?<=\b(?-i:[A-ZÀ-Þ][a-zß-ÿ]))\.(?=\s(?-i:[A-ZÀ-Þ]))|(?<=\d)\.(?=\d)){2,60}?)\)?\s*$", re.I)   # (or in brackets, capitalised: '(photo Valley Council)';
#                                                                   an initial's stop kept: 'FOTO: E.C.', 'Photo : … / J. Ravier';
#                                                                   'Photo courtesy of the Regent Theatre';
#                                                                   capitalised names alone after it: '… principal. Photo SDIS 24';
#                                                                   a label in capitals set after the caption's last word:
#                                                                   '… em cada verão FOTO: RUI PEIXOTO')

# A caption's credit set after a bar or a slash: labelled, or a name, a name and its outlet, or capitals ('… do concelho |
# Foto: Eduardo Costa', '… de Raos. / Foto: Mario Cuesta', '… ayer, en la rotonda de entrada a Cangas de Onís. | Irma
# Collín', '… à Saxon. | Julien Fournier / Sentinelle', '… du lieu jaune. | LE COURRIER DE CORNOUAILLE / GAËL JAOUEN').
# The caption before it runs six words or more, none a bar ('Texto: Inês Carvalho | Fotografia: Rui Matos' is a byline,
# 'Home | About Us' a menu).
BAR_CREDIT = re.compile(r"^(?=(?:[^|/\s]+\s+){6})[^|]*?[a-zß-ÿ][^|]*?\s[|/]\s+"
                        r"(?!(?i:the|la|le|les|el|los|las|il|lo|der|die|das|o|os|as)\s[A-ZÀ-Þ]?[a-zß-ÿ])("   # (a headline's '| The Valley Times')
                        r"(?i:photo(?:graph)?s?|fotos?|fotograf[íi]as?|fotografie|foto di|bild|images?|crédit photo)\s*:\s*[^|]{2,60}|"
                        r"(?-i:[A-ZÀ-Þ])[\w'’.-]+(?: (?:(?:de|del|da|do|dos|di|du|la|le|von|van|der|y|e) )?(?-i:[A-ZÀ-Þ])[\w'’.-]+){1,3}"
                        r"(?:\s?/\s?(?-i:[A-ZÀ-Þ])[\w'’. -]{1,40})?|"
                        r"(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{2,40})(?:\s?/\s?(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,40}))?)$")

# A court: a ruling's issuer is no outlet (the corpus's convention: a court ruling has no outlet).
COURT = re.compile(r"(?<!\bde )(?<!\bof )(?<!\bdi )(?<!\bvon )(?<!\bdu )"   # (not a place so named: 'Commune de Court')
                   r"\b(court|tribunal|cour|conseil d'état|cour de cassation|\w*gericht(shof)?|juzgado|audiencia|"
                   r"tribunale|corte|consiglio di stato|cassazione)\b", re.I)

# A wire story's sign-off naming who reported and who edited it: credits, as written.
CONTRIBUTION = re.compile(r"^(?:" + _any(
    r"(additional )?(reporting|writing|editing|research|graphics|fact-?checking|production|translation|photos?) by",
    r"(edited|compiled|written|translated|produced) by",
    r"(avec|reportage|rédaction|édition|édité|traduction|traduit|enquête)( de| par)?", r"(mise en forme|relu) par",
    r"(mitarbeit|redaktion|bearbeitung|recherche|übersetzung|mit material von)\s*(:|von)", r"(bearbeitet|redigiert) von",
    r"(información|redacción|edición|traducción|con información|reportaje)( de| por)", r"(editado|traducido|redactado) por",
    r"(hanno collaborato|ha collaborato|con la collaborazione di|a cura di|redazione|editing|traduzione)( di|:)?",
) + r")\s*:?\s+(?-i:[A-ZÀ-Þ])", re.I)

CONTRIBUTION_ROLE = re.compile(r"\b(by|par|von|por|de|di|:)\s+[^\W\d_]", re.I)

# A caption's photographer in capitals after its sentence, as a Spanish paper prints it: '… durante un ensayo. MIGUEL
# ÁNGEL SOUTO' (read only where the line is a caption already: under the byline, over the text, or a figure's caption).
CAPITALS_CREDIT = re.compile(r"(?<![\s.](?-i:[A-ZÀ-Þ]))[.!?]\s+((?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)(?:\s(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)){0,3})$")
# (one word too, under a line already read as a caption: the paper's own name or an agency's, '… costa onubense. MAREA')
# The paper's code and its photographer closing a caption, as regional papers set them: '… le 19 juillet. ÉDC - Jean-Luc
# Sabatier', '… depuis 2009. CdG - Lucie Daroux'.
CODE_CREDIT = re.compile(rf"[.!?»”]\s+((?-i:[A-ZÀ-Þ][A-Za-zÀ-ÿ]{{0,3}}[A-ZÀ-Þ])\s[-–/]\s?{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})$")

# An agency closing a caption, with its photographer or not: "... on Tuesday. EFE/Ana Gil", "... (AFP)".
CAPTION_AGENCY = re.compile(r"(?<=[.!?)])\s+\(?([^\W\d_]{2,12}(?:\s*/\s*[^\W\d_][\w.'’ -]{1,40})?)\)?\s*$", re.I)

# A party's role under its name in a ruling's heading: the name above it is no title.
PARTY_ROLE = re.compile(r"^(?:\(?(?:claimants?|defendants?|appellants?|respondents?|applicants?|petitioners?|plaintiffs?|"
                        r"demandeu?r(?:esse)?s?|défendeu?r(?:esse)?s?|requérante?s?|appelante?s?|intimée?s?|"
                        r"kläger(?:in)?|beklagter?|antragsteller(?:in)?|antragsgegner(?:in)?|"
                        r"demandantes?|demandad[oa]s?|recurrentes?|recurrid[oa]s?|apelantes?|"
                        r"ricorrenti?|resistenti?|attor[ei]|convenut[oi])\)?|between:?|entre:?|zwischen:?|and|et|und|y|e|v\.?|vs\.?|contre|gegen|contra)$", re.I)

# A heading over an organisation's boilerplate at the end of a press release: "About the Valley Trust".
ABOUT_ORGANISATION = re.compile(r"^(?i:about|à propos d[eu]|à propos des|à propos d'|über|acerca de|sobre|a proposito di|"
                                r"chi è|chi siamo)\s*(?i:the |l'|la |le |les |die |den |das |el |los |il |lo |a |o |os |as )?"
                                r"[A-ZÀ-Þ][^.!?]{1,60}:?$")

# A press release's place and date opening its first paragraph: "Fenwick, 12 March 2025 – The trust ...".
PLACE_DATE_OPENING = re.compile(r"^([A-ZÀ-Þ][\w'’ .-]{1,40}?(?:,\s+[A-ZÀ-Þ][\w'’ .-]{1,30}?)?),?\s+(?:(?i:le|den|am|el|il|a)\s+)?"
                                r"([^–—/]{4,40}?)\s*(?:/[^/\s][^/]{1,30}/\s*)?(?:[-–—]+|\.)\s+(?=[A-ZÀ-Þ\"“«„])")
# (a wire's marker after the date, 'GRESHAM, England, Nov. 12, 2025 /BeaconWire/ --', goes with it)


# A state's name or motto heading every office's paper ('RÉPUBLIQUE FRANÇAISE', 'Liberté Égalité Fraternité'): the
# office under it issues the text, the state publishes nothing. And the second half of a name broken over two lines
# ('PRÉFET' / 'DE LA RÉGION'), which no publication's name begins with.
NO_PUBLISHER = re.compile(r"^(?:république française|liberté,? égalité,? fraternité|repubblica italiana|república portuguesa|"
                          r"bundesrepublik deutschland|republik österreich|confédération suisse|schweizerische eidgenossenschaft|"
                          r"royaume de belgique|reino de españa|"
                          r"(?:de la|de l['’]|of the|della|dello|degli|delle|von der)\s.*)$", re.I)
# A document's classification stamp over or under its pages, no publisher: 'CONFIDENTIAL', 'Internal use only',
# 'VERTRAULICH – NUR FÜR DEN DIENSTGEBRAUCH', 'Diffusion restreinte', 'Borrador'.
STAMP = re.compile(r"^(?:(?:strictly |highly |company |commercial(?:ly)? (?:in )?)?confidential|restricted|internal|(?:for )?internal "
                   r"use(?: only)?|not for (?:circulation|distribution|publication)\b.*|draft|embargoed|(?:streng )?vertraulich|"
                   r"nur für den (?:internen gebrauch|dienstgebrauch)|intern|entwurf|(?:strictement )?confidentiel|usage interne|"
                   r"diffusion (?:restreinte|limitée)|projet|document de travail|confidencial|uso interno|borrador|reservado|"
                   r"riservat[oa]|bozza|rascunho|documento de trabajo)(?:\s*[-–—:]\s*.{0,80})?$", re.I)
# A company's news page set after its name: 'AquaSpire Leisure Newsroom', 'Vallée Énergie – Salle de presse'.
NEWSROOM_TAIL = re.compile(r"\s*(?:\s[-–|]\s)?\s*(?:newsroom|news room|press ?room|media (?:centre|center|room)|press centre|"
                           r"press office|salle de presse|espace presse|sala de prensa|sala stampa|sala de imprensa|"
                           r"pressebereich|presseraum|pressezentrum|medienraum)$", re.I)
PUBLISHER_TAIL = re.compile(r"\s+(?:verlag(?:sgesellschaft|shaus)?|zeitungsverlag|mediengruppe|medienhaus|media group|"
                            r"publishing(?: group| company)?|newspapers)(?:,?\s+(?:gmbh(?:\s*&\s*co\.?\s*kg)?|kg|ag|ltd\.?|"
                            r"limited|pty\.? ltd\.?|plc|llc|inc\.?))?$", re.I)
