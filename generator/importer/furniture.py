"""Page furniture, in each language the importer reads: the lines a site sets around its text (navigation,
accounts, sharing, apps, consent banners, adverts, players, a printed story's jumps) and the sentences it speaks
to its reader in (cookies, subscriptions, rights), never the article's."""
from __future__ import annotations

import functools
import re

from .phrases import _any

# Page furniture: navigation, accounts, sharing, apps, cookies, adverts, newsletters.
# A printed story's jump from another page, over its continuation (and the jump's own headline).
JUMP_FROM_WORDS = (r"(continued )?from (page|p\.) \d+|(suite )?de la (page|une)( \d+)?|suite de la une|"
                   r"(fortsetzung )?von seite \d+|viene de (la )?(página|pág\.|portada) ?\d*|(continua )?da (pagina|pag\.) \d+|"
                   r"(continuação )?da (página \d+|capa)")
JUMP_FROM = re.compile(r"^(?:" + JUMP_FROM_WORDS + r")$", re.I)
# The links over a newsletter read in the browser or the mail ('View this email in your browser', 'Im Browser lesen
# · Weiterleiten'): furniture, and the sign that the clipping is a newsletter (newsletter.py).
_IN_BROWSER = (
    r"(view|read|open|see) (this|the|it)?\s*(e-?mail|newsletter|letter|issue|message)? ?(in|on) (your|a|the) (web )?browser",
    r"(view|read|see) (it |this )?(online|on the web)", r"forward( (this|it))?( (e-?mail|newsletter))?( to a friend)?",
    r"(weiterleiten|transférer|reenviar|inoltra|encaminhar|reencaminhar)",
    r"having trouble (viewing|reading) this( e-?mail)?\??.{0,40}",
    r"(voir|afficher|lire|consulter) (cet e-?mail |ce (courriel|message) |cette (lettre|newsletter|infolettre) |la (lettre|newsletter) )?"
    r"(dans (votre|le|un) navigateur|en ligne)",
    r"version (en ligne|web|navigateur)", r"(im|in ihrem) (web)?browser (anzeigen|ansehen|öffnen|lesen)",
    r"(diese |den )?(e-?mail|newsletter) im browser (anzeigen|ansehen|öffnen)", r"online (lesen|ansehen|anzeigen)", r"webversion",
    r"(ver|leer|abrir) (este (correo|e-?mail|boletín) |el boletín )?(en (el|tu|su) navegador|en línea|online)",
    r"(visualizza|leggi|apri|guarda) (questa (e-?mail|newsletter) |la newsletter )?(nel (tuo )?browser|online|sul web)",
    r"versione (web|online)", r"(ver|abrir|ler) (este (e-?mail|boletim) |a newsletter )?(no (seu |teu )?navegador|online)",
)
# A control's keyboard shortcut beside its label: 'Search (/)', 'Search ⌘K', 'Suche (Strg+K)'.
KEY_HINT = r"(?:\(?(?:⌘|ctrl|strg|cmd) ?\+? ?[a-z]\)?|\([/?.]\))?\s*"
# A radio's label over what it plays now (the programme's name on its line, or after a colon).
_ON_AIR = (r"(now playing|on air( now)?|live now|jetzt läuft|gerade läuft|jetzt on air|actuellement à l'antenne|à l'antenne|"
           r"en ce moment|sonando ahora|ahora suena|en antena|ora in onda|in onda( ora)?|a tocar agora|agora no ar|no ar)")
ON_AIR = re.compile(r"^" + _ON_AIR + r"\s*:?$", re.I)
CHROME = re.compile(r"^(?:" + _any(
    # a profile picture's text, read where the picture stood: 'Profilbild von Johannes Brugger', 'Profile photo of …'
    r"(profilbild|profilfoto|profile (photo|picture|image)|photo de profil|image de profil|foto (de|del) perfil|"
    r"imagen de perfil|(foto|immagine) (del|di) profilo|foto (do|de) perfil|avatar) (von|of|de|du|di|del|do|da|for) .{2,60}",
    # a newsletter platform's box over a post: 'Discover more from …', its count of subscribers, its terms
    r"discover more from .{2,60}", r"(over |more than )?[\d,.]+\+? (subscribers|abonnés|abonnenten|suscriptores|iscritti|assinantes)",
    r"by subscribing,? (i|you) agree.*", r"already have an account\?.*",
    # how to credit pictures offered on request, in a release's notes to editors
    r"(please credit|credit must be given to|merci de créditer|crédit photo obligatoire|bitte (geben sie|nennen sie) als quelle|"
    r"se ruega citar|si prega di citare)\b.*",
    # a login form's fields and links, pasted with a social network's page: 'Adresse e-mail ou téléphone', 'Mot de passe'
    r"(e-?mail|email address|phone|mobile number)( (address|or phone( number)?|or mobile number|or username))?",
    r"(adresse )?e-?mail( ou (numéro de )?téléphone)?", r"(e-?mail-adresse|e-?mail)( oder (telefonnummer|handynummer))?",
    r"(correo( electrónico)?|e-?mail)( o (número de )?(teléfono|móvil))?", r"(indirizzo )?e-?mail( o (numero di )?(telefono|cellulare))?",
    r"(endereço de )?e-?mail( ou (número de )?(telefone|telemóvel|celular))?", r"password|mot de passe|passwort|kennwort|contraseña|"
    r"palavra-passe|senha", r"(forgot(ten)? (your )?(password|account)|mot de passe oublié|informations de compte oubliées|"
    r"passwort vergessen|(has )?olvidado (la |tu )?contraseña|password dimenticata|esqueceu (a |sua )?(senha|palavra-passe))\s*\??",
    r"create (new |an )?account|créer (un )?(nouveau )?compte|(neues )?konto erstellen|crear (una )?cuenta( nueva)?|"
    r"crea (un )?(nuovo )?account|criar (nova )?conta",
    # a group's tabs on a social network, under its name
    r"discussions?", r"membres", r"members", r"mitglieder", r"miembros", r"membri", r"membros", r"fichiers", r"files",
    r"dateien", r"archivos", r"en vedette", r"featured", r"in evidenza", r"destacados",
    # a platform's count of unread notifications
    r"(nombre de notifications non lues|unread notifications|notifiche non lette|ungelesene benachrichtigungen|"
    r"notificaciones sin leer|notificações não lidas)\b.*",
    # a programme's presenter, named on its page beside the report's byline ('Présentation : Julie Mathieu')
    r"(présentation|presentation|presented by|presenter|hosted by|moderation|moderiert von|presentación|presenta|"
    r"presentazione|conduce|apresentação|apresenta)\s?:\s?(?-i:[A-ZÀ-Þ])[\w'’.-]+( (?-i:[A-ZÀ-Þ])[\w'’.-]+){1,2}",
    # a teleprinter's start and end of message around an agency's raw wire, its message number, priority and desk
    # ('APE0412 3 REG /APE-GE27'), its keywords slug ('GEN--FRA--Vosges-eau-barrage')
    r"zczc", r"nnnn", r"[a-z]{2,6}\d{3,}( \d)?( [a-z]{2,5})?( /[\w-]+)?", r"\w+(--[\w-]+){2,}",
    # a printed story's jump to or from another page
    r"(turn|continued|continues|story continues) (to|on) (page|p\.) \d+", r"(continued )?from (page|p\.) \d+", r"see (page|p\.) \d+",
    r"(suite|lire la suite) (en |à la |à |p\. ?)?page \d+", r"suite p\. ?\d+", r"(suite )?de la (page|une)( \d+)?",
    r"fortsetzung (auf|von) seite \d+", r"weiter auf seite \d+", r"(fortsetzung )?von seite \d+",
    r"(continúa|sigue) en (la )?(página|pág\.) \d+", r"viene de (la )?(página|pág\.|portada) ?\d*",
    r"(continua|segue) a (pagina|pag\.) \d+", r"(continua )?da (pagina|pag\.) \d+",
    r"continua na página \d+", r"(continuação )?da página \d+",
    # a language switch: 'FR   DE', 'Deutsch | Français | Italiano'
    r"(en|fr|de|it|es|pt|nl|rm|ca|eu|gl|english|français|deutsch|italiano|español|português|nederlands|rumantsch|català|"
    r"euskara|galego)",
    # a paywall's or a teaser's button, alone on its line: 'Continue reading', 'Weiterlesen', 'Lire la suite'
    r"(continue|keep) reading", r"weiterlesen", r"lire la suite", r"(seguir|continuar) leyendo", r"continua a leggere",
    r"continuar a ler",
    r"home( ?page)?", r"menu", r"(open|close) (the )?menu", r"search", r"skip to (the )?(main )?(content|navigation)", r"back to top",
    r"((website|site|member|members|subscriber|account|user) )?(sign ?in|sign ?up|log ?in)", r"sign out", r"log ?out", r"register",
    r"create (an )?account", r"my account", r"account",
    r"subscribe( now| today)?", r"((print|digital|newspaper|paper|gift) )?subscriptions?", r"(search|find) jobs", r"support us", r"newsletters?", r"e-?paper", r"podcasts?", r"videos?", r"live( tv)?", r"watch live",
    r"listen( live)?", r"more", r"close", r"share", r"tweet", r"email", r"e-mail", r"print", r"copy link", r"copied", r"save",
    r"share (this|on|via) .{0,30}", r"print (this )?(page|article)", r"(seite|artikel) drucken", r"fenster schließen", r"close (this )?window",
    r"imprimer (la|cette) page", r"fermer (la|cette) fenêtre", r"stampa (la )?pagina", r"imprimir (la|esta )?página", r"(partager|teilen|condividi|compartir|partilhar|compartilhar) (sur|auf|per|via|su|en|no|na|em) .{0,30}", r"follow us( on .{0,30})?", r"add to (my )?(favou?rites|reading list)", r"gift (this )?article",
    r"advertisement", r"advert", r"ad", r"sponsored( content)?",
    # a sponsor's line over sponsored content: 'In partnership with King River Skyway', 'Brought to you by …'
    r"(in partnership with|brought to you by|sponsored by|presented by|paid for by|en partenariat avec|présenté par|"
    r"in zusammenarbeit mit|präsentiert von|gesponsert von|en colaboración con|patrocinado por|presentado por|"
    r"in collaborazione con|sponsorizzato da|presentato da|em parceria com|patrocinado por|apresentado por) "
    r"[\w&'’ .-]{2,50}", r"promoted", r"partner content", r"paid (post|content)", r"ads by .{0,30}",
    r"open (in|the) app", r"ouvrir (dans l'|l')app(li(cation)?)?", r"(in der )?app öffnen", r"abrir (en|na) (la )?app",
    r"apri (nell'|l')app", r"get the app", r"become a member", r"devenez membre", r"mitglied werden", r"hazte (socio|miembro)",
    r"diventa (socio|membro)", r"torne-se membro", r"member-only story", r"\d[\d.,]*k? (followers|abonnés|follower|seguidores|seguaci)(\s*[•·]\s*\d[\d.,]*k? (following|abonnements|seguidos|seguiti))?", r"·",
    r"now playing", r"(up next|next|more|latest) videos?",
    # a station's player buttons and its schedule's items: 'Listen Live', 'ÉCOUTER EN DIRECT', 'On Air'
    r"listen (live|now|again)", r"(é|e)coute[rz]? (en direct|la radio)", r"(jetzt )?(live|radio) hören", r"livestream",
    r"escuch(ar|a) en (directo|vivo)", r"ascolta (la |in )?diretta", r"ouvir (em direto|ao vivo)", r"on air", r"à l'antenne",
    r"lecture en cours", r"(vidéos? suivantes?|plus de vidéos)",
    r"wird (jetzt )?abgespielt", r"(weitere|nächste|neueste) videos?", r"reproduciendo( ahora)?", r"(próximos|más) vídeos",
    r"in riproduzione", r"(altri|prossimi) video", r"a reproduzir", r"(mais|próximos) vídeos",
    r"(subtitles|subtitulos|subtítulos|sous-titres|untertitel|sottotitoli)", r"(full ?screen|pantalla completa|plein écran|vollbild|schermo intero|ecrã inteiro)",
    r"listen to (this )?article.{0,20}", r"(é|e)couter (cet |l')?article.{0,20}", r"(diesen )?artikel (an|vor)?hören.{0,20}",
    r"artikel vorlesen lassen", r"escuchar (esta |la )?(noticia|artículo|audio).{0,20}", r"ascolta (l'articolo|la notizia|questo articolo).{0,20}",
    r"ouvir (este |o )?(artigo|notícia|texto).{0,20}", r"(audio|podcast) (version|versión|versione|versão)", r"\d+ min(ute)?s? (read|listen)", r"reading time:? .{0,15}", r"(\d+ )?min de lecture",
    r"lesezeit:? .{0,15}", r"tiempo de lectura:? .{0,15}", r"(\d+ )?minut[io] di lettura",
    r"(temps|durée) de lecture:? .{0,15}", r"lesedauer:? .{0,15}", r"tempo di lettura:? .{0,15}", r"lectura:? \d+ min.{0,10}",
    r"(lecture|lettura|reading|lesezeit|lesedauer|lectura|leitura)\s?:?\s?\d+ min.{0,10}", r"leitura de \d+ min(utos|\.)?",
    r"\d+ min(utos|\.)? de leitura", r"registrati gratis\b.{0,80}", r"\d+ min(\.|uten)? lesezeit", r"\d+ min(\.|utos)? de lectura",
    r"lectura de \d+ min(\.|utos)?", r"\d+ min(\.|utes)? de lecture", r"\d+ min(\.|uti)? di lettura",
    r"(read|letto|lu|leído|lido|gelesen) in \d+ min(\.|utes?|uti|utos|uten|s)?", r"in \d+ min(\.|uten)? gelesen",
    # a consent banner's heading and buttons, in each language
    r"we value your privacy", r"your privacy( (choices|settings|matters|options))?", r"(manage )?(cookie|privacy) (settings|preferences|choices|options)",
    r"(accept|reject|allow|refuse) all( cookies)?", r"manage (my )?(preferences|choices|cookies)",
    r"(le )?respect de (votre|la) vie privée", r"(nous respectons )?votre vie privée", r"(paramètres|gestion|gérer) (des|les|mes) cookies",
    r"(paramétrer|personnaliser)( mes choix| les cookies)?", r"tout (accepter|refuser)",
    r"(individuelle )?datenschutz(einstellungen|-einstellungen|hinweis)?", r"(wir respektieren )?ihre privatsphäre", r"cookie-einstellungen",
    r"alle (akzeptieren|ablehnen)", r"zustimmen", r"ablehnen", r"einstellungen( verwalten)?",
    r"(respetamos )?tu privacidad", r"(configuración|ajustes|gestionar) (de )?(las )?(cookies|privacidad)", r"(aceptar|rechazar) todo",
    r"(rispettiamo )?la tua privacy", r"(impostazioni|preferenze|gestisci) (dei |sui |i )?cookie", r"(accetta|rifiuta) tutto",
    r"cookies?( (policy|settings|notice|consent|banner))?", r"privacy( policy| notice)?", r"confidentialité", r"privacidad",
    r"(informativa )?(sui |sull'uso dei )?cookie", r"ok(ay)?(, (i agree|got it|verstanden|d'accord|entendido|ho capito))?",
    r"j'accepte", r"je refuse", r"acepto", r"rechazo", r"accetto", r"rifiuto", r"i (agree|accept)", r"got it", r"(ich bin )?einverstanden",
    # fr
    r"accueil", r"rechercher", r"recherche", r"se connecter", r"connexion", r"s'abonner", r"abonnez-vous", r"mon compte", r"partager",
    r"imprimer", r"envoyer", r"publicité", r"contenu sponsorisé", r"écouter( cet article)?", r"offrir (cet )?article", r"en direct",
    r"suivre", r"sauvegarder", r"fermer", r"(aller|passer) (directement )?au contenu( principal)?", r"(retour en )?haut de (la )?page",
    r"retour en haut", r"menu principal", r"plus", r"voir plus",
    # de
    r"startseite", r"suche", r"anmelden", r"abmelden", r"einloggen", r"registrieren", r"mein konto", r"abonnieren", r"abo",
    r"teilen", r"drucken", r"anzeige", r"werbung", r"artikel (anhören|verschenken|merken)", r"schließen", r"merken",
    r"(direkt )?zu[rm] (haupt)?(inhalt|navigation|menü|suche|fußzeile)( springen)?",
    r"(aller|passer|accéder) (au|à la|directement au) (contenu|navigation|menu|recherche)( principale?)?",
    r"(ir|saltar|pasar) (al|a la) (contenido|navegación|menú|búsqueda)( principal)?",
    r"(vai|salta|passa) (al|alla) (contenuto|navigazione|menu|ricerca)( principale)?",
    r"(ir|saltar|pular|passar) para (o|a) (conteúdo|navegação|menu|pesquisa)( principal)?", r"(nach oben|zurück nach oben)", r"hauptmenü", r"menü", r"mehr",
    # es
    r"inicio", r"portada", r"buscar", r"búsqueda", r"iniciar sesión", r"regístrate", r"registrarse", r"mi cuenta", r"suscríbete",
    r"compartir", r"imprimir", r"publicidad", r"contenido patrocinado", r"escuchar( artículo)?", r"cerrar", r"guardar",
    r"(ir|saltar) al contenido( principal)?", r"volver (arriba|al inicio)", r"menú( principal)?", r"más", r"ver más",
    # it
    r"ricerca", r"cerca", r"accedi", r"registrati", r"il mio account", r"abbonati", r"condividi", r"stampa", r"pubblicità",
    r"contenuto sponsorizzato", r"ascolta( l'articolo)?", r"chiudi", r"salva", r"(salta|vai) al contenuto( principale)?",
    r"torna (su|in alto|all'inizio)", r"menù|menu principale", r"altro", r"leggi di più",
    # pt
    r"início", r"pesquisar", r"entrar", r"iniciar sessão", r"assinar", r"assine( já| agora)?", r"(a )?minha conta", r"partilhar",
    r"compartilhar", r"compartilhe", r"publicidade", r"conteúdo patrocinado", r"fechar", r"(saltar|ir|pular) para o conteúdo( principal)?",
    r"buscar", r"(fazer )?login", r"sair", r"cadastre-se", r"inscreva-se", r"imprimir", r"salvar", r"ouvir (notícia|matéria)",
    r"voltar ao topo", r"ver mais", r"ouvir( (este|o) artigo)?",
    # a platform's search box: 'Search Facebook', 'Rechercher sur LinkedIn'
    r"(?:search|rechercher(?: sur| dans)?|suchen(?: auf| in)?|buscar en|cerca su|pesquisar n[oa]) (?-i:[A-Z][\w.]*)",
    # an agency terminal's or a CMS's fields over the story: its slug, keywords, category, notes to editors
    r"(slug|keywords?|tags?|eds?|category|categories|priority|filter|mots-clés|catégories?|étiquettes|schlagw(ö|o)rte(r)?|"
    r"stichwörter|kategorien?|palabras clave|etiquetas|categorías?|parole chiave|categori(a|e)|categorias|palavras-chave|"
    r"topics?|argomenti|temi|thèmes|sujets|themen|"
    r"temas|tópicos|assuntos)\s?:.{0,80}",
    # an e-paper's page number, pasted with its text
    r"(page|seite|página|pagina|pág\.?|pag\.?)\s*\d{1,4}(\s*(of|von|de|di|sur|/)\s*\d{1,4})?",
    # a page's toolbar: show, hide or load some of what it holds ('Show only key moments', 'Nur Höhepunkte anzeigen')
    r"(show|hide|display|load|view) (only|all|more|fewer|less|the latest|latest|new|\d+)\b.{0,40}", r"refresh",
    r"(afficher|masquer|charger|voir) (uniquement|seulement|tout|tous|toutes|plus|moins|\d+)\b.{0,40}", r"actualiser",
    r"(nur|alle|mehr|weniger|\d+) .{0,40}(anzeigen|laden|einblenden|ausblenden)", r"aktualisieren",
    r"(mostrar|ocultar|cargar|ver) (solo|sólo|únicamente|todo|todos|todas|más|menos|\d+)\b.{0,40}", r"actualizar",
    r"(mostra|nascondi|carica|vedi) (solo|soltanto|tutti|tutte|altri|altre|di più|meno|\d+)\b.{0,40}", r"aggiorna",
    r"(mostrar|ocultar|esconder|carregar|ver) (apenas|só|somente|todos|todas|mais|menos|\d+)\b.{0,40}", r"atualizar",
    # a newsletter read in the browser: the links above it
    *_IN_BROWSER,
    # a consent banner's buttons, whatever they say beside the word (a line of at most six words)
    r"(?=(?:\S+\s+){0,5}\S+\s*$)[^.!?]{0,40}\bcookies?\b[^.!?]{0,40}", r"(alle|todo|tout|tutti|todos) (akzeptieren|aceptar|accepter|accetta|aceitar)",
    r"(accept|reject|refuse|decline) all", r"(continuer|continue|weiter|continuar|continua|prosegui) (sans|without|ohne|sin|senza|sem) "
    r"(accepter|accepting|agreeing|zuzustimmen|akzeptieren|aceptar|accettare|aceitar)", r"(tout )?(accepter|refuser)( tout)?", r"(alle )?(akzeptieren|ablehnen)",
    r"j['’]accepte|je refuse|ich stimme zu|ich lehne ab|i (agree|accept|decline|refuse)|acepto|rechazo|accetto|rifiuto|aceito|recuso",
    r"(cookie |privacy )?(settings|preferences|options)|param(è|e)tres|préférences|personnaliser|(cookie-?)?einstellungen|anpassen|"
    r"configuración|ajustes|personalizar|impostazioni|personalizza|preferenze|definições|configurações|preferências|"
    r"(manage|gérer|verwalten|gestionar|gestisci|gerir) ?(my |mes |meine |mis |le mie |as minhas )?(choices|options|choix|optionen|"
    r"opciones|opzioni|opções|preferences|préférences)?",
    r"(aceptar|rechazar)( todo)?", r"(accetta|rifiuta)( tutto| tutti)?", r"(aceitar|recusar|rejeitar)( tudo| todos)?",
    # (a pay-or-consent wall's other button: 'Reject and subscribe', 'Rechazar y suscribirse')
    r"(reject|decline|refuse|refuser|ablehnen|rechazar|rifiuta|rifiutare|rejeitar|recusar) (and|et|und|y|e) "
    r"(subscribe|pay|s'abonner|abonnieren|suscribirse|suscribirte|abbonati|abbonarsi|assinar|subscrever)",
    # a newsletter box's small print, wherever it stands ('We use your sign-up to provide content in ways you've consented
    # to … You can unsubscribe at any time.')
    r"we use your sign-?up to provide content .{0,400}",
    # an audio clip's link in the text ('Listen: Alan Kerr speaking to Morning Extra'), the sharing buttons' words
    r"(listen|listen again|écouter|écoutez|hören sie|anhören|escucha|escuchar|ascolta|ouvir|oiça)\s?:\s.{2,120}",
    r"copy link|copier le lien|link kopieren|link teilen|copiar (el )?enlace|copia (il )?link|copiar (o )?link",
    r"(artikel|beitrag|seite) teilen|(share|partager|compartir|condividi|partilhar) (this|the|cet|l'|este|el|questo|o) "
    r"(article|story|page|artículo|articolo|artigo)",
    r"(follow|folge|folgen sie|suivez|síguenos en|segui|siga) [\w&'’ .-]{2,40} (on|auf|sur|en|su|no|na) (facebook|x|twitter|"
    r"instagram|whatsapp|tiktok|youtube|linkedin|bluesky|threads|mastodon)",
    # the text's own continuation past an advertisement ('Story continues below', 'Article continues after advert')
    r"(story|article) continues (below|after (this )?(the )?advert(isement)?)",
    # a site's accessibility controls
    r"(font|text) size:?.{0,12}", r"schriftgr(ö|oe)(ß|ss)e:?.{0,12}", r"taille (du texte|des caractères|de police):?.{0,12}",
    r"tamaño (de (la )?)?(letra|fuente|texto):?.{0,12}", r"dimensione (del )?(testo|carattere):?.{0,12}",
    r"tamanho (da )?(letra|fonte|texto):?.{0,12}", r"(high )?contrast|kontrast|contraste|contrasto", r"leichte sprache",
    r"gebärdensprache", r"easy read", r"accessibility (options|settings|tools|menu)",
    r"facile à lire|facile à lire et à comprendre|falc", r"lectura fácil", r"lettura facile",
    r"(a[+\-−–]{0,2}\s*){1,3}", r"((high|hoher|alto|fort) )?(contrast|kontrast|contraste|contrasto)( (alto|élevé|elevado|elevato|hoch))?",
    # an agency's sign-off under its dispatch: the desk's initials, its end mark ('APL jmr/ck', 'CMP // JLG', 'Lusa/Fim')
    r"([a-z]{2,6} )?[a-z]{2,4} ?//? ?[a-z]{2,4}( ?//? ?[a-z]{2,4})?", r"[\w-]{2,12} ?/ ?(fim|fin|ende|end|ends|fine)",
    # the edition the reader chose ('Édition Mâcon', 'Ausgabe Kassel', 'Edizione di Pesaro'): neither a byline nor the outlet
    r"(édition|edition|ausgabe|edición|edizione|edição)( de| di| du| del| da| d')? ?[\w'’ -]{2,30}",
    # a site's own pages, in its menu
    r"about( us)?", r"contact( us)?", r"qui sommes-nous ?\??", r"nous (contacter|joindre)", r"über uns", r"kontakt", r"impressum",
    r"(quiénes somos|sobre nosotros)", r"contacto", r"chi siamo", r"contatti", r"quem somos", r"contactos?",   # the text-size buttons 'A+ A A-'
    # a radio's ticker of what it plays now: 'Now playing: Saturday Swap Shop with Bev Castellano'
    _ON_AIR + r"\s*[:|–-]\s*.{1,80}",
    # a link back to the list the page was opened from: '← Back to Library', '‹ Zurück zur Übersicht'
    r"[←‹]\s*\S+( \S+){0,4}", r"(back to|return to) (the |all )?(library|list|results|search results|overview|home( ?page)?|"
    r"feed|inbox|articles|stories|news)", r"zurück zu(r|m)? (übersicht|liste|startseite)",
    r"retour (à la liste|aux résultats|à l'accueil)",
    # an app's offer of its paid tier: 'Upgrade to Leafmark Plus', 'Go Premium', 'Passer à Premium'
    r"(upgrade|go|get|try|passer|passez|wechseln|pasa|passa|mude)( (to|à|zu|a|para))? [\w ]{0,24}(plus|premium|pro)", r"upgrade( now)?",
    # a button asking the reader to join: its verb, and at most 'free' or 'now' after it ('Iscriviti gratis →')
    r"(sign up|subscribe|register|join( us)?|s'inscrire|inscrivez-vous|abonnez-vous|je m'abonne|registrieren|abonnieren|"
    r"jetzt (registrieren|abonnieren|anmelden)|regístrate|suscríbete|únete|apúntate|iscriviti|registrati|abbonati|"
    r"assine|inscreva-se|registe-se|subscreva)( (for )?free| now| today| gratis| gratuitement| gratuit| kostenlos| jetzt| ahora| "
    r"gratuitamente| ora| subito| agora| grátis)?( ?[→›>»])?",
) + r")\s*" + KEY_HINT + r"[:.…»>|]*$", re.I)
IN_BROWSER = re.compile(r"^(?:" + _any(*_IN_BROWSER) + r")\s*[:.…»>|]*$", re.I)


# A press-release portal's notice that the issuer alone answers for the text: 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER
# AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS', 'The issuer is solely responsible for the content'.
_PORTAL_NOTICE = (r"originaltext[- ]presseaussendung", r"ausschlie(ß|ss)licher inhaltlicher verantwortung des aussenders",
                  r"\bissuer is solely responsible for (the|its|this) content",
                  r"\bsous la seule responsabilité de (l'émetteur|son auteur|l'expéditeur)",
                  r"\bresponsabilidad exclusiva del emisor", r"\bresponsabilità esclusiva dell'emittente")
PORTAL_NOTICE = re.compile(_any(*_PORTAL_NOTICE), re.I)
# A sentence speaking to the reader ('you', 'we', 'our') or of the site itself, in each language.
_READER = (r"^(?=.*\b(?:we|our|us|you|your|this (?:site|website|page)|nous|nos|notre|vous|votre|vos|ce site|wir|uns|unsere?[mnrs]?|"
           r"ihnen|ihre?[mnrs]?|diese (?:website|seite|webseite)|usamos|utilizamos|nuestr[oa]s?|usted|tus?|sus?|este sitio|"
           r"noi|usiamo|utilizziamo|nostr[aeio]|tuo|tua|tuoi|vostr[aeio]|questo sito|nós|nosso|nossa|você|vocês|sua|seu|este site)\b)")
# A meter of free articles: how many the reader has read of how many, or how many are left.
METER_READ = re.compile(r"\b(?:you(?:'ve| have) read|vous avez lu|sie haben|has leído|hai letto|(?:você )?leu)\s+(\d+)\s+"
                        r"(?:of|out of|articles? sur|sur|von|de|su)\s+(?:your |tus |sus )?(\d+)\s+"
                        r"(?:free|gratuits?|offerts?|kostenlosen|freien|art[ií]culos|articoli|artigos|artikeln)", re.I)
METER_LEFT = re.compile(r"\b(?:you have \d+ free (?:articles|stories) left|il vous reste \d+ articles? (?:gratuits?|offerts?)|"
                        r"sie haben noch \d+ (?:kostenlose|freie|gratis) artikel|(?:te|le) quedan \d+ art[ií]culos (?:gratis|gratuitos)|"
                        r"(?:ti )?(?:restano|rimangono) \d+ articoli gratuiti|(?:restam|faltam)(?:-lhe)? \d+ artigos gratuitos)", re.I)


def meter_running(text: str) -> bool:
    """A meter of free articles not yet used up ('You have read 2 of your 3 free articles this month'): over the page,
    page furniture; only a meter used up, or a notice where the text stops, makes a paywall."""
    read = METER_READ.search(text)
    return bool(read and int(read.group(1)) < int(read.group(2)) or METER_LEFT.search(text) and not re.search(r"\b0\b", text))


# The accessibility toolbar's own name, chrome beside its controls (a notice's 'Accessibility' section is the notice's).
ACCESSIBILITY = re.compile(r"^(?:accessibility|barrierefreiheit|accessibilité|accesibilidad|accessibilità|acessibilidade)$", re.I)

CHROME_SENTENCE = re.compile(_any(
    *_PORTAL_NOTICE,   # (a press-release portal's notice)
    # an agency's notice to its customers under a dispatch: who may use it, and that it is protected
    r"\burheberrechtlich geschützt\b", r"\bweiter(verbreitung|gabe)( an dritte)? (nur|ist (nicht gestattet|untersagt))",
    r"\bnutzung nur (für kunden|im rahmen)", r"\bredistribution (is )?(prohibited|not permitted)", r"\bfor (the )?use of subscribers only\b",
    r"\brediffusion (interdite|réservée)", r"\bprohibida su (redistribución|reproducción)", r"\bvietata la (ridistribuzione|riproduzione)",
    r"\bproibida a (redistribuição|reprodução)",
    # a letter's notice that a machine wrote it and signed for no one
    r"\b(wurde|ist) maschinell erstellt\b", r"\bohne unterschrift gültig\b", r"\bvalid without (a )?signature\b",
    r"\b(computer|automatically)[- ]generated (letter|document)\b", r"\bvalable sans signature\b", r"\bválid[oa] sin firma\b",
    r"\bvalid[oa] senza firma\b", r"\bválid[oa] sem assinatura\b",
    # a newsletter's box ('Get the biggest stories from Cornwall straight to your inbox'), a plea for support
    r"^get the (biggest|latest|top) .{0,60}\bstraight to your inbox\b", r"^local (news|journalism) needs (local |your )?support\b",
    r"^lokaljournalismus braucht (sie|dich|unterstützung)\b",
    # an outlet saying who pays for it ('The Wherry is funded by its readers', 'Le Replat est financé par ses membres')
    r"\b(is|are) (funded|paid for|supported|owned|financed) (entirely |mostly )?by (its|our|their) (readers|members|"
    r"subscribers|supporters|community)\b", r"\b(member|reader)-(funded|supported|owned)( newsroom| publication)?\b",
    r"\bfree to read because (its |our )?(readers|members|supporters|they)\b", r"\best financée? (à \d+ ?% )?par ses "
    r"(membres|lecteurs|lectrices|abonnés)\b", r"\bn'a ni publicité ni actionnaires?\b", r"\bse financia gracias a sus "
    r"(socias|socios|lectores|lectoras|suscriptores)\b", r"\bè fatt[oa] da volontari\b", r"\bé financiad[oa] pel[oa]s "
    r"(seus|suas) (membros|leitores|leitoras|assinantes)\b", r"\bsó foi possível graças aos nossos [\d .]+ (membros|assinantes|"
    r"leitores)\b", r"\bwird von (seinen|ihren) (lesern|leserinnen|mitgliedern) finanziert\b",
    r"\bwe take no advertising\b",
    # the newsroom asking for stories, a broadcaster's licence, an acknowledgement of country, a sign-up line
    r"^do you have a (story|news tip|tip)( for [\w'’ .-]{1,40})?\?", r"^(vous avez|avez-vous) (une info(rmation)?|un sujet|"
    r"une histoire)( à nous (signaler|proposer|raconter))? ?\?", r"^(haben sie|hast du) (eine geschichte|einen hinweis|"
    r"einen tipp|ein thema)( für uns)? ?\?", r"^¿(tienes|tiene usted|tiene) (una historia|una noticia|algo que contar)\b",
    r"^(hai|avete) (una notizia|una segnalazione|una storia)( da (segnalarci|raccontarci))? ?\?",
    r"^(tem|tens) (uma história|uma notícia|uma sugestão)( para nós)? ?\?", r"\bbroadcasts? under licen[cs]e from ofcom\b",
    r"\backnowledges? the [\w'’ ,-]{1,60}(traditional|original) (owners|custodians)\b", r"\bpays? (our )?respects? to "
    r"(their |its )?elders,? past(,)? (and )?present\b", r"\bby signing up to our (free )?(daily |weekly )?newsletter\b",
    r"^this is a (subscriber|member)s?-only (story|article)\b",
    # a gift link's banner: who gave the article, and that it reads in full
    r"^\W{0,3}(gifted|shared|sent) (to you )?by .{2,60}\b(subscriber|member)\b", r"\bgift links? (expires?|are valid)\b",
    r"^you can read this (article|story) (in full )?for free\b", r"^\W{0,3}(cet article|cette enquête) vous (est|a été) offert\b",
    r"^\W{0,3}(dieser artikel|dieser beitrag) wurde ihnen( von .{2,60})? geschenkt\b", r"^\W{0,3}(artículo|este artículo) "
    r"(te ha sido )?regalado por\b", r"^\W{0,3}(articolo|questo articolo) (ti è stato )?regalato da\b",
    r"^\W{0,3}(este )?artigo (foi )?oferecido por\b",
    # a plea for readers' support under the text
    r"\brely on (readers|supporters|members) like you\b", r"^(dir|ihnen) gefällt unser journalismus\b",
    r"\bsostienici con una donazione\b", r"\bapóia?-nos com um donativo\b", r"\bapóyanos con una donación\b",
    r"\bsoutenez-nous (par|avec) un don\b",
    # a rights notice in Portuguese: 'Reprodução proibida sem autorização …'
    r"\breprodução proibida\b",
    # a page's own date of change at its foot: 'Dernière mise à jour de cette page le …', 'Page last updated: …'
    r"^(dernière mise à jour de cette page|page last (updated|reviewed)|seite zuletzt aktualisiert|última actualización de "
    r"esta página|ultimo aggiornamento di questa pagina|última atualização desta página)\b",
    # a magazine's note that the article comes from one of its issues (the article keeps its own date)
    r"^this (article|story|feature) (is taken from|comes from|first appeared in|appears in) (the|our) [\w -]{0,20}(issue|edition)\b",
    r"^cet article (est )?(extrait|tiré|issu) (du|de notre) (numéro|magazine)\b",
    r"^dieser (artikel|beitrag) (stammt aus|ist in) (der|unserer) [\w-]{0,20}ausgabe\b",
    r"^este artículo (pertenece al|forma parte del|está extraído del|procede del) número\b",
    r"^questo articolo è (tratto|estratto) dal numero\b", r"^este artigo (faz parte da|foi publicado na) edição\b",
    r"^(sponsored|advertisement|promoted|partner content|paid (post|content)|anzeige|werbung|publicité|publi-?reportage|"
    r"publicidad|contenido patrocinado|pubblicità|contenuto sponsorizzato)\b\s*[:|·–—-]",
    # (a consent banner, whatever its order: the word and what it is used for, or by whom, speaking to the reader or of
    #  the site itself; an article reporting on a bakery's banner speaks of others)
    _READER + r".*\bcookies?\b.*\b(accept|agree|consent|settings|use|utilis|akzept|acept|accett)",
    _READER + r"(?=.*\bcookies?\b).*\b(utilis|use[sd]?\b|using|verwend|nutz|usamos|utiliz|accept|akzept|acept|accett|aceit|consent|"
    r"partenaires|partners?\b|socios|parceiros|audience|publicit|advert|werbung|anúncios|anuncios)", _READER + r".*\b(accept|reject) (all )?cookies\b",
    r"\bprivacy (policy|settings)\b", r"\bterms (of (use|service)|and conditions)\b", r"\bdownload (the|our) (free )?app\b",
    r"\bget it on google play\b", r"\b(download on|available on) the app store\b", r"\bapp store\b", r"\bgoogle play\b",
    r"\btéléchargez (l'|notre )application\b", r"\bapp herunterladen\b", r"\bdescarga (la|nuestra) app\b", r"\bscarica l'app\b",
    r"\b(already|not) a subscriber\b", r"\balready have an account\b", r"\b(sign|log) in to (continue|read|comment)\b",
    r"\bdéjà abonné\b", r"\bbereits abonnent\b", r"\bya (eres|soy) suscriptor\b", r"\bsei già abbonato\b",
    r"\b(sign up|subscribe) (to|for) (our|the) .{0,40}newsletter\b", r"\b(inscrivez-vous|abonnez-vous) à (notre|nos|la) .{0,30}newsletters?\b",
    r"\b(abonnieren sie|bestellen sie) (unseren|den) .{0,40}newsletter\b", r"\bmelden sie sich .{0,40}newsletter an\b",
    r"\b(suscríbete|apúntate) a (nuestra|nuestro|la|el) .{0,40}(newsletter|boletín)\b",
    r"\b(iscriviti|abbonati) alla (nostra )?.{0,30}newsletter\b",
    r"\b(inscrivez-vous|abonnez-vous) à (notre|nos|la) (lettre d'information|infolettre|lettre quotidienne|bulletin)\b",
    r"\b(suscríbete|apúntate) a (nuestro|el) boletín\b", r"\b(iscriviti|abbonati) al (nostro )?notiziario\b",
    r"\b(abonnieren sie|bestellen sie) (unseren|den) .{0,30}(rundbrief|infobrief)\b",
    # an old site's note on the browser it was made for: 'Sito ottimizzato per Internet Explorer 8 e risoluzione 1024x768'
    r"^(this site is |site |sito |sitio |website )?(best viewed|optimi[sz]ed for|ottimizzato per|optimisé pour|optimiert für|"
    r"optimizado para|otimizado para)\b.{0,60}\b(internet explorer|firefox|chrome|browsers?|navigateur|\d{3,4} ?x ?\d{3,4})\b",
    # a donation appeal: 'Our reporting is free to read because readers like you support it. Give today.'
    r"\bbecause readers like you\b", r"\b(give|donate) today\b", r"\bgrâce à des lecteurs comme vous\b",
    r"\bdank leser(innen)? wie (ihnen|dir)\b", r"\bgracias a lectores como (tú|usted)\b", r"\bgrazie a lettori come te\b",
    # a licence's terms under an agency's story: 'Weiterverbreitung nur mit Lizenz.'
    r"\bweiterverbreitung (nur|ausschließlich) mit\b", r"\b(redistribution|republication) (is )?(only|prohibited|not permitted)\b",
    r"\b(diffusion|redistribution) (interdite|soumise à)\b", r"\bprohibida su (reproducción|redistribución|distribución)\b",
    r"\bvietata la (riproduzione|ridistribuzione|diffusione)\b",
    # a page's counter of its readers: '1523 lecturas', '2.431 Aufrufe'
    r"^\d[\d.,]* (lecturas|lectures|reads|views|visite|visualizações|leituras|aufrufe|mal gelesen)$",
    # the site's rights notice under the text: 'Dieser Text ist urheberrechtlich geschützt.'
    r"^(this|our) (text|article|story|content|material) (is|are) (protected by|subject to) copyright\b",
    r"^(ce|cet|le|notre) (texte|article|contenu) est protégé par le droit d'auteur\b",
    r"^(dieser|der) (text|artikel|beitrag|inhalt) ist urheberrechtlich geschützt\b",
    r"^(este|el) (texto|artículo|contenido) está protegido por (los )?(derechos de autor|copyright)\b",
    r"^(questo|il) (testo|articolo|contenuto) è protetto (dal|da) (diritto d'autore|copyright)\b",
    r"^(este|o) (texto|artigo|conteúdo) está protegido por (direitos de autor|copyright)\b",
    # a page's feedback prompt: 'Was this page useful?', 'Quanto sono chiare le informazioni su questa pagina?'
    r"^(was|is) this (page|article|information) (useful|helpful|clear)\b", r"^did this (page|article) help\b",
    r"^(cette page|cet article|ces informations|cette information) (vous )?(a|ont|est|sont|était|étaient)(-t-(il|elle|elles))? ?"
    r"(été )?(utiles?|aidée?)\b",
    r"^(war|ist|sind) (diese seite|dieser artikel|diese informationen?) (hilfreich|nützlich|verständlich)\b",
    r"^¿?(te|le|os) (ha )?(resultado|sido|parece) útil (esta página|este artículo|esta información)\b",
    r"^¿?(es|fue|ha sido) útil (esta página|este artículo|esta información)\b",
    r"^quanto sono chiare le informazioni\b", r"^(questa pagina|queste informazioni) (ti )?(è|sono) (stata |state )?(utile|utili|chiare)\b",
    r"^(esta página|este artigo|esta informação) (foi|é) útil\b",
    r"\b(da|from|de|von) 1 (a|to|à|bis|até) 5 (stelle|stars|étoiles|sternen?|estrellas|estrelas)\b",
    # a prompt after the text: "Did you enjoy this article?"
    r"^(did you (like|enjoy)|enjoyed) this (article|story|newsletter)\b", r"^vous avez aimé (cet article|cette lettre)\b",
    r"^(hat|haben) ihnen (dieser artikel|dieser beitrag|dieser newsletter) gefallen\b",
    r"^¿?(te|le) (ha )?gustado este (artículo|boletín)\b", r"^ti è piaciuto questo articolo\b",
    r"\b(enter|type) your e-?mail\b", r"\bto comment,? (you must|please)\b", r"\bcomments? (are|is) (closed|moderated)\b",
    r"\bbe the first to (comment|reply)\b", r"\byour (comment|e-?mail address) will\b", r"\bsoyez le premier à\b",
    r"\b(get|unlock|enjoy) unlimited access\b", r"\bfor (less than|only|just) [$€£]\s?\d", r"\baccès illimité\b",
    r"\bunbegrenzte[nr]? (zugriff|zugang)\b", r"\bacceso ilimitado\b", r"\baccesso illimitato\b", r"\bacesso ilimitado\b",
    r"\bwe use cookies\b", r"\bnous utilisons des cookies\b", r"\bwir verwenden cookies\b", r"\butilizamos cookies\b",
    r"\butilizziamo (i )?cookie\b", r"\bwir nutzen cookies\b", r"\b(diese|unsere) (website|webseite|seite) (verwendet|nutzt) cookies\b",
    r"\b(usamos|empleamos) cookies\b", r"\beste (sitio|portal)( web)? (utiliza|usa) cookies\b", r"\bquesto sito (utilizza|usa) (i )?cookie\b",
    r"\beste (site|sítio|portal) (usa|utiliza) cookies\b", r"\b(utilizamos|usamos) cookies\b",
    # (browsing on is consent, a banner says: 'Ao continuar a navegar está a concordar com …', 'En poursuivant votre navigation …')
    r"\b(ao|se) continuar a navegar\b", r"\bal (continuar|seguir) navegando\b", r"\ben poursuivant (votre|la) navigation\b",
    r"\bcontinuando (a navigare|la navigazione)\b", r"\bby continuing to (browse|use) (this|our|the) (site|website)\b",
    r"\bwe (and our (\d+ )?partners )?(use|store) cookies\b", r"\byour privacy (is important to us|matters to us)\b",
    r"\bvotre vie privée (nous importe|est importante)\b", r"\bihre privatsphäre ist uns wichtig\b",
    r"\btu privacidad (es importante|nos importa)\b", r"\bla tua privacy è importante\b", r"\briproduzione vietata\b", r"\bthis (site|website) uses cookies\b", r"\bce site utilise des cookies\b",
    r"\bhazte suscriptor\b", r"\bsans engagement\b", r"\bsin compromiso\b", r"\bohne (mindest)?laufzeit\b",
    r"\bsenza vincoli\b", r"\bcancel any ?time\b", r"\bjederzeit kündbar\b", r"\boffre (spéciale|d'essai|découverte)\b",
    r"(\b(abo\w*|abbonat\w*|abonn\w*|suscri\w*|subscri\w*|hazte|offre|offer|angebot|prova|trial|iscri\w*|only|just|seulement|nur|"
    r"solo|por|pour|für|from|dès|ab|da|per|a partir de|desde)\b.{0,25}?|(?=.*\b(first|premier|primer|primo|ersten)\b))"   # (an offer, not a sum in the news)
    r"\d+\s?(€|euros?|\$|£)\s*(/|per|par|pro|al|le|el|il|the|for|for the|pour|im|en el|por|ao)?\s*(first |premier |primer |primo |ersten )?"
    r"(month|mois|monat|mes|mese|mês|semaine|week|woche|semana|settimana)",
    r"(?:^|[.!?]\s+)(receive|get|recevez|recibe|ricevi|erhalten sie)\b.{0,50}\b(every|chaque|cada|ogni|jeden|each) (morning|day|evening|week|"
    r"matin|jour|soir|semaine|mañana|día|noche|semana|mattina|giorno|sera|settimana|morgen|tag|abend|woche)\b",
    r"\bin your inbox\b", r"\b(sign me up|je m'abonne|je m'inscris|ich abonniere|jetzt abonnieren|me suscribo|"
    r"quiero suscribirme|mi iscrivo|mi abbono)\b", r"(?:^|[.!?]\s+)(receive|get|recevez|recevoir|erhalten sie|recibe|recibir|ricevi|ricevere) (our|nos|notre|unseren?|nuestr[oa]s?|"
    r"la nostra|le nostre|i nostri|il nostro)\b.{0,60}\b(by|par|per|por|via|als) (e-?mail|courriel|correo( electrónico)?|mail)\b", r"\bdans votre boîte (mail|aux lettres|e-mail)\b", r"\bin ihr(em)? postfach\b",
    r"\ben tu (correo|bandeja)\b", r"\bnella tua (casella|email)\b",
    # a sign-up box's own lines: 'Get the biggest Lanarkshire stories by email', 'We will use your email address only for …'
    r"(?:^|[.!?]\s+)(get|receive) (the|all the|our) .{0,50}\b(by|via) e-?mail\b",
    r"\bwe (will|'ll) (only )?use your e-?mail( address)?\b", r"\bnous (n'|n’)?utiliserons votre adresse (e-?mail|électronique|courriel)\b",
    r"\bwir (werden|verwenden|nutzen) ihre e-?mail-?adresse\b", r"\butilizaremos (tu|su) (dirección de )?(correo|e-?mail)\b",
    r"\butilizzeremo (il tuo|la tua) (indirizzo )?(e-?mail|di posta)\b", r"\butilizaremos o (seu|teu) (endereço de )?e-?mail\b",
    r"\bsend (us )?(corrections|a correction|your tips)\b", r"\bpage last (edited|updated|modified)\b", r"\bclick here to\b",
    r"\b(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"tutti i diritti riservati)\b", r"\bcliquez ici\b", r"\bhier klicken\b", r"\bhaga clic aquí\b", r"\bclicca qui\b",
    r"\bsupport (our|independent) journalism\b", r"^((this|the) (work|article|story|text) is licensed under (a |the )?|licen[cs]ed? ?:\s*|licencia ?:\s*|lizenz ?:\s*)?creative commons\b", r"\brepublish (our|this) (stories|story|article)\b",
    r"\b(republier|reproduire) (nos|cet) (articles?|contenus?)\b", r"\b(unsere )?(artikel|beiträge) (übernehmen|weiterverbreiten)\b",
    r"\brepublica (nuestras|nuestros|este) (historias|artículos|artículo)\b", r"\bripubblica (i nostri|questo) (articoli|articolo)\b", r"\bsoutenez (notre|le) journalisme\b",
    r"^(click|tap) (here )?to (enlarge|expand|zoom)", r"^(cliquez|appuyez) (ici )?pour agrandir", r"^zum vergrößern (klicken|tippen)",
    r"^(haz|pulsa) clic (aquí )?para ampliar", r"^(clicca|tocca) per ingrandire", r"^(view|voir|ver|vedi|bildergalerie) (the |la |le |die |\w+ )?(gallery|galerie|galería|galleria|fotos?|photos|bilder)\b",
    r"^\d+ (photos|fotos|foto|bilder|images)$",
    # a rights notice, in each language (not a credit: it names no one)
    r"\briproduzione riservata\b", r"\breproduction (interdite|réservée)\b", r"\bnachdruck (verboten|nur mit)\b",
    r"\bprohibida (la|su) reproducción\b", r"\b(all )?rights reserved\b", r"\bderechos reservados\b", r"\bdiritti riservati\b",
    # a wire's tracking code ("agency:250307-930-398127/2")
    r"\b[a-z]{2,10}:\d{6,}[-/]\d+",
    # a price before its period ("from £1 a week", "ab 2,99 € im Monat" is above)
    r"\b(from|for|only|just|ab|nur|für|dès|à partir de|pour|desde|por|solo|da|a partire da)\s+(€|\$|£)\s?\d{1,3}(?:[.,]\d{2})?\s*"
    r"(a|an|per|/|par|pro|al|à la|le|the|im|en el|each)?\s*(first |premier |primer |primo |ersten )?"
    r"(week|month|semaine|mois|woche|monat|semana|mes|settimana|mese)\b",
    # a newsletter prompt inside the text
    r"\b(subscribe to|sign up (for|to)|abonnieren sie|abonnez-vous à|inscrivez-vous à|suscríbete a|apúntate a|iscriviti a|abbonati a)\b.{0,30}\bnewsletter",
    r"\bnewsletter\b.{0,20}\b(abonnieren|bestellen|anmelden)\b",
), re.I)


@functools.lru_cache(maxsize=8192)
def chrome_sentence(text: str) -> bool:
    """The line holds one of the site's sentences to its reader (CHROME_SENTENCE). Cached: a line is asked about
    several times as the reader reads the page's zones, and the pattern is the importer's costliest."""
    return bool(CHROME_SENTENCE.search(text))


# Rows of a sports site's live scores, a market ticker's, a video player's over the story.
# Two sides, each ending or starting with a name, and their score: 'Real Zaragoza 1 - 0 Cádiz CF' (not '… at 4:00 am').
SCORE = re.compile(r"^[^\W\d][^\d]{0,40}?\b[A-ZÀ-Þ][\w.'’-]*\s\d{1,3}\s?[-–:]\s?\d{1,3}\s[A-ZÀ-Þ][^\d]{0,40}$")
MINUTE = re.compile(r"^(?:min\.?\s?\d{1,3}['’]?|\d{1,3}['’]|ht|ft|half[- ]time|full[- ]time|descanso|final|entretiempo|"
                    r"mi-temps|halbzeit|intervallo|fim|intervalo)$", re.I)   # a live score's minute or stage
VIDEO_LABEL = re.compile(r"^(?:watch|video|vídeo|vidéo|ver|mira|regarder|guarda|assista|veja|sehen sie|video ansehen|"
                         r"en vídeo|en vidéo|im video|in video|em vídeo)\s?:\s*\S", re.I)
# (the time alone, or after the player's button and its label, '▶ Listen to our 8am bulletin  0:00 / 1:24': its playhead
#  at 0:00, or a play mark first)
PLAYER_TIME = re.compile(r"^(?:(?:▶|►|⏵)\s*(?:\S.{0,80}?\s)?|(?:\S.{0,80}?\s)?(?=0:00\s*/))?\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*"
                         r"\d{1,2}:\d{2}(?::\d{2})?$|^[▶►⏵⏸■]$")
DURATION_END = re.compile(r"[^\W\d]\s{2,}\d{1,2}:\d{2}$|\s\(\d{1,2}:\d{2}\)$")   # ('Cacabelos celebra …  1:48': a video's length)
# A site's weather widget in its top bar: a place and its temperature first ('Rimouski 3 °C Vents NE 60 km/h').
WEATHER_WIDGET = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*(?: [\w'’.-]+){0,3}\s+)?[-−]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?!\w)")
TICKER = re.compile(r"[-+−±▲▼]\s?\d+(?:[.,]\d+)?\s?%")   # a price's change, signed

# A player's button over the text ('Écouter cet article'): the time under it is the recording's length, not a live entry's.
LISTEN = re.compile(r"^(?:listen to (this )?(article|story)|(é|e)couter (cet |l')?article|(diesen )?artikel (an|vor)?hören|"
                    r"escuchar (esta |la )?(noticia|artículo|audio)|ascolta (l'articolo|la notizia|questo articolo)|"
                    r"ouvir (este |o )?(artigo|notícia|texto))\b", re.I)
