"""People's names, in every form social workers write them.

"Léa MARTIN", "MARTIN Léa", "Mme Dupont", "Mme R.", "F. Rousseau", "Dr Benali", "la petite Léa",
"Jean-Pierre de La Fontaine", "M. le Bihan", "N'Diaye", "m. vasseur" typed in lower case, a first
name alone. Three sources meet:
- rules over the words: titles and family words announce a name, a first name from the INSEE
  lists starts one, capitalised or upper-case surnames around it extend it;
- the spaCy model's PER entities, trimmed of titles and checked against the keep-lists;
- propagation: once a word is known to be a name in a text, its other occurrences are too.
When in doubt on a plausible name, mask: a masked common word costs a little reading, a leaked
name costs a family its secrecy. Places, institutions, job titles, and people or brands that
name a law, a theory or a school ("loi Taquet", "Dolto", "collège Jean Moulin") are kept.
"""

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from concertons.geo import communes
from concertons.redaction import gazetteers as gz
from concertons.redaction import nlp
from concertons.redaction.spans import PLACEHOLDER, PLACEHOLDERS, Label, Span, merge

# "Nelson Mandela", "avenue Nelson-Mandela": a street joins the words with hyphens.
# A work in quotes, and its author, where the sentence speaks of films, songs or books: public names, not
# the people of a testimony ("lectures : « Les Naufragés » de Patrick Declerck", "on a projeté « Moi, Daniel
# Blake »"); not a report's title ("la note « situation de Karim B. » de Mme Durand").
_WORK = re.compile(
    r"«[^»\n]{1,80}»(?:[ \u00a0]*,?[ \u00a0]*(?:de|d['’]|par)[ \u00a0]+"
    r"(?!(?:M|Mme|Mlle|Mr|Dr|Me|Maître|Madame|Monsieur)\b)(?-i:[A-ZÀ-Ý][\w'’-]+)"
    r"(?:[ \u00a0]+(?-i:[A-ZÀ-Ý][\w'’-]+)){0,2})?"
)
_CULTURE = re.compile(
    r"\b(?:projet[ée]|projection|chant[ée]|chanson|film|livre|roman|pi[èe]ce de th[ée][aâ]tre|s[ée]rie|documentaire|"
    # (not "lu", "extrait", "auteur": "j'ai relu l'écrit « synthèse » de Karine Dupont" is a colleague's, the
    # "auteur présumé : « Nono »" a suspect)
    r"album|lectures|cin[ée]|th[ée][aâ]tre|[ée]crivain|romancier|romanci[èe]re)s?\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _works(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _WORK.finditer(text):
        # the cue stands in the same sentence, at most WORK_CUE_REACH characters before the quote
        window_start = max(0, match.start() - WORK_CUE_REACH)
        breaks = [found.end() for found in _SENTENCE_BREAK.finditer(text, window_start, match.start())]
        if _CULTURE.search(text, breaks[-1] if breaks else window_start, match.start()):
            spans.append(match.span())
    return spans


WORK_CUE_REACH = 200


_FAMOUS = re.compile(rf"(?<!\w){gz.phrase_alternation(gz.FAMOUS_PHRASES, blank='[ -]')}(?!\w)", re.IGNORECASE)
_CIVILITY = r"(?:m|mr|mme|mlle|madame|monsieur|mademoiselle)"
# Someone bears the famous name: "Mme Saint-Louis", "MARTIN Ange-Gabriel", "Le père, Marcel Pagnol".
_BEARER_BEFORE = re.compile(
    rf"(?:(?i:\b{_CIVILITY}\.?)"
    r"|\b(?!(?:PLACE|RUE|AVENUE|BOULEVARD|BD|ALL[ÉE]E|QUAI|COURS|IMPASSE|CHEMIN|ROUTE|SQUARE|PARVIS|ESPLANADE|"
    r"COLL[ÈE]GE|LYC[ÉE]E|[ÉE]COLE|SALLE|CENTRE|ESPACE|MAISON|GYMNASE|STADE|H[ÔO]PITAL|FOYER)\b)(?-i:[A-ZÀ-Ý]{2,})"
    rf"|(?i:\b(?:{'|'.join(sorted(gz.KIN_WORDS, key=len, reverse=True))})[ \t]*,))[ \t]*$"
)


# "Victor Hugo Mbala": a family name after the famous one
_BEARER_AFTER = re.compile(r"[ \t]+(?-i:[A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]{2,})\b")


@lru_cache(maxsize=16)
def _famous_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text cites a famous phrase (tokenize() leaves its words out; names_no_one reads it again)."""
    return tuple(
        match.span()
        for match in _FAMOUS.finditer(text)
        if not _BEARER_BEFORE.search(text, max(0, match.start() - 30), match.start())
        and not _BEARER_AFTER.match(text, match.end())
    )


_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?|\d+|[^\w\s]")
_ELISION = re.compile(r"(?i)(?P<prefix>jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’](?P<rest>.+)")
# Where a new sentence, line or list item starts, a capital letter says nothing about a name.
_SENTENCE_END = frozenset('.!?…:;\n\r«»"“”—–-•*()[]')

TITLES = gz.word_set(
    """
    m mr mme mmes mlle mlles madame mesdames monsieur messieurs mademoiselle dr docteur docteure
    pr professeur professeure me maître maitre dona mm
    """
)
# Particles inside family names ("de La Fontaine", "van der Berg", "Ben Ali", "le Bihan").
# Particles that open a family name even in lower case: "2. el amrani", "dos santos" (not "de").
FOREIGN_PARTICLES = gz.word_set(
    "van von der den di da dos das del della dela ben bin ibn el al abd ould mac ait aït"
)
PARTICLES = gz.word_set("de du des d' d’ la le les l' l’") | FOREIGN_PARTICLES
ARTICLES = gz.word_set("la le les l' l’")
_INITIAL_AFTER = re.compile(r"\.?[ \t](?-i:[A-Z])\.(?!\w)")
_LOWER_INITIAL_AFTER = re.compile(r"[ \t](?![ay]\.)[a-z]\.(?![\w.])")
# Small words between two parts of one name: "Maria do Céu", "Khadijetou bint Brahim".
_FOREIGN_BRIDGES = FOREIGN_PARTICLES | gz.word_set("do bint binti abu ag")
_BRIDGES = _FOREIGN_BRIDGES | gz.word_set("de du des")
# A family name with its Arabic article or filiation, typed in lower case first: "al-Khatib".
_PARTICLE_PREFIXED = re.compile(r"(?:al|el|ad|ag|ben|bin|bint|abd|abu|ibn|ould)[-‘’'][A-ZÀ-Ý‘’']")
# Words that stand beside a name without being part of it, even capitalised ("Mamie Rose").
# Months and feasts that are names too ("Mai Nguyen", "Jean-Robert Toussaint"), and what dates them.
_DATE_WORDS = gz.word_set("en de depuis fin début mi jusqu'en à pour vers dès")
# A first name's and a family name's initials, each with its dot: "K. B.", "M.-C. L.", "M.K." (not the
# title "M." then an initial: a title is followed by a blank).
# "K. B.", "M.-C. L.", "J-M. D."
# "Th. R.", "Ch. M.": a first name's first two letters, as French abbreviates Thierry, Charles or Philippe (not
# the degree, "un Ph. D.")
_INITIALS = re.compile(
    r"(?<![\w.])(?!Ph\.[ \u00a0]?D\.)(?-i:[A-Z]|Ch|Ph|Th)(?:\.(?:-(?-i:[A-Z])\.)?|-(?-i:[A-Z])\.)[ \u00a0]?(?-i:[A-Z])\.(?![\w.])"
)
# Before initials typed without a blank, a thing's determiner: "payé par C.B.", "la P.J."
_THING_DETERMINER = re.compile(
    r"\b(?:la|le|les|une?|sa|son|ses|ma|mon|en|par|des|du)[ \u00a0]+$", re.IGNORECASE
)
_THING_BEFORE_LETTERS = re.compile(
    r"\b(?:b[âa]t(?:iment)?|salle|escalier|esc|porte|bloc|annexe|cat[ée]gorie|type|groupe|classe|plan|"
    r"pi[èe]ces?|articles?|points?)\.?[ \u00a0]+$",
    re.IGNORECASE,
)
# Abbreviations written the same way: nota bene, post-scriptum, the Official Journal.
# What a child calls a parent: never a name after another family word ("mon mari papa").
_PARENT_WORDS = gz.word_set("papa maman mama papy papi mamie mami tonton tata mari femme père mère")
# "M. X.", "M. Y.": a title before a placeholder letter.
_NOT_INITIALS = frozenset(
    {"N.B.", "P.S.", "J.O.", "S.A.", "C.Q.F.D.", "M.X.", "M.Y.", "M.Z."}
    # date of birth, attachment, OK, and the short titles of social work's trades
    | {"D.N.", "P.J.", "O.K.", "A.S.", "E.S.", "M.E.", "T.S.", "C.R.", "I.P.", "R.H.", "U.E."}
)
# First names cited as names, in the same sentence: "des prénoms comme Prince, Princesse ou Fidèle",
# "les prénoms donnés comme un message : Fidèle, Prince, Merveille".
_FIRST_NAMES_WORD = re.compile(r"pr[ée]nom", re.IGNORECASE)
_NAMES_CITED = re.compile(
    r"\bpr[ée]noms?\s+(?:comme|tels?\s+que|donn[ée]s|du\s+type|qui)\b[^.!?\n]{0,100}$",
    re.IGNORECASE,
)
# ... or after the list: "Aimé, Désiré, Fortuné, Modeste : ailleurs, les prénoms disent ce qu'on
# espère", "Rose, Chance, Merveille, Prince : des prénoms qu'on voit souvent".
_NAMES_CITED_AFTER = re.compile(
    r"^(?:[ \t]*(?:,|et|ou)[ \t]*[A-ZÀ-Ý][\w'’-]*)*[ \t]*(?::|—|–)[^.!?\n]{0,40}?\b(?:des|les|ces|nos|de)\s+pr[ée]noms\b",
)
# Greetings and thanks are family names too ("Bonjour", "Merci"), never beside a first name.
_GREETINGS = gz.word_set("bonjour bonsoir salut coucou hello merci cher chère chers chères bravo")
_FILLERS = gz.word_set("ben bah bon alors")
# Family words of the elders, before a first name: "Mama Zaïnaba", "zia Maria", "tatie Nadia"
_LEADING_KIN = gz.word_set(
    "mama zia zio tatie tata tonton mamie mamy papi papy mémé pépé granmoun gramoun coco bacoco manman"
    " opa oma opi omi nonna nonno abuela abuelo babcia dziadek ziu pani batono kalbatono grann maman"
)
_LOWER_GREETINGS = _GREETINGS | gz.word_set("hey yo slt cc bjr bsr courage bises bisous biz stp svp")
# Particles that are articles: an acronym after them is an organisation ("de l'ADAR"), not a family name
_ARTICLE_PARTICLES = ARTICLES | gz.word_set("du des")
_ACRONYM_LENGTH = 6
_NEVER_NAME_PARTS = (
    PARTICLES | TITLES | gz.KIN_WORDS | gz.ROLE_WORDS | gz.FUNCTION_WORDS | _LOWER_GREETINGS | {"man"}
)
# Determiners before a capitalised word make it a thing: "la Marine nationale", "une Mercedes".
DETERMINERS = gz.word_set(
    "la le les l' l’ un une des du au aux ce cet cette ces sa son ses ma mon mes ta ton tes notre votre leur leurs"
)
# After a name at the start of a sentence, these say the name is the subject: "Claire a appelé".
SUBJECT_FOLLOWERS = gz.word_set(
    """
    a est était avait sera aura va vient fait dit pense veut peut doit m' me m’ nous vous lui leur
    s' se s’ n' ne n’ y en et ont sont ira avait devait pouvait voulait refuse demande explique
    revient reviennent repart sort sortent vit vivent dort dorment écrit boit suit rit
    """
)
# Endings of feminine adjectives, adverbs and verb forms: after "la famille", not a family name.
_NOT_A_NOUN = ("e", "es", "ment", "ait", "ent", "ont", "ra", "ez", "é", "és", "i", "is")
# Endings of adverbs and participles: "jeanne maintenant", "mme jeanne hospitalisée".
_NOT_A_NAME = ("ment", "ait", "aient", "é", "ée", "és", "ées")
_OF = frozenset({"de", "d'", "d’", "du", "des"})
_QUANTIFIERS = gz.word_set(
    "aucun aucune chaque plusieurs quelques certains certaines tout toute tous toutes nul nulle"
    " deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille"
)
# What fills a form's field that is left empty: "Nom : Non renseigné", "Prénom : inconnu".
_EMPTY_FIELD = gz.word_set("non inconnu inconnue idem néant neant nc nr ras sans aucun aucune vide")
# Words that qualify a child rather than name it: "la petite rose", "la jeune fille", "la famille".
# "un monsieur", "une dame": a person not named, whatever follows.
_INDEFINITE = frozenset({"un", "une", "ce", "cette"})
_QUALIFYING_KIN = frozenset({"petit", "petite", "jeune", "famille"})
# "saint andré", "St Denis": what follows names a saint or a town, and they are no first names.
# (and in Catalan, Corsican or Spanish: "Sant Jordi", "Santa Maria", "San Ghjuvanni", "Sant Joan")
_SAINTS = frozenset({"saint", "sainte", "st", "ste", "sant", "santa", "santu", "san"})
# Where one goes, before a place named with its article: "il traîne à l'Alma"
_TO_A_PLACE = frozenset({"à", "a", "vers", "depuis", "sur"})
# The time stamp of a message in a copied chat: "[07:02] ", "[10h42] ".
_SPEAKS_IN_PERSON = re.compile(r"[ \t]?:[^\n]*?\b(?:tu|t['’]|toi|je|j['’]|jsuis|chui)", re.IGNORECASE)
# "Marine: visite au terrain", and in a chat copied from a phone, the name then the time on its own line
# ("tof 19:02") or before the message ("fafa 08:47 : je m'en occupe")
_SPEAKER_LINE = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_][\w'’-]{1,30})(?:[ \t]?:[ \t]+\S|[ \t]+\d{1,2}[:h]\d{2}[ \t]*(?:$|:[ \t]+\S))",
    re.MULTILINE,
)
# A greeting, then "c'est" (or "c", "ici", "moi c'est") at a message's start: a name follows.
_OPENING_GREETING = r"(?:^|\n)[ \t]*(?:bonjour|bonsoir|bjr|bsr|slt|salut|coucou|allo|allô|hello)\b"
_INTRODUCTION = re.compile(
    _OPENING_GREETING + r"[^\n.!?]{0,20}?"
    r"\b(?:c['’][ \t]?est|c|ici|moi c['’][ \t]?est)[ \t]+$",
    re.IGNORECASE,
)
_GREETING = re.compile(_OPENING_GREETING, re.IGNORECASE)
_THAT_AFTER = re.compile(r"[ \t]+qu(?:e\b|['’])", re.IGNORECASE)
# What opens a line in capitals and a colon and is nobody's initials: "RE: réunion", "OJ : budget"
# (and a rota's days: "LUN : AS1\nMAR : AS2 + CESF")
_NOT_SPEAKER_INITIALS = gz.word_set(
    "RE TR FW FWD CC CCI CR OJ ODJ PJ OBJ REF MSG QS NOM LUN MAR MER JEU VEN SAM DIM"
)
# The time stamp before a speaker in a copied chat: "[07:02] ", "[lun. 08:02] ", "[12/11 09:40] ", and a
# phone's export, "12/11/2026 09:40 - ".
_CHAT_TIME = re.compile(
    r"(?:\[\s*(?:(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?\s+)?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s+)?"
    r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:,?\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\s*\]"  # and "[22:14, 18/07/2025] "
    r"|(?:^|\n)\d{1,2}/\d{1,2}/\d{2,4},?\s+(?:à\s+)?\d{1,2}:\d{2}\s+-)\s*$"
)
_CHAT_TIME_REACH = 24
# "[sam. 10:12]", "mar 14h": a day, shortened, before a time or a date
_DAY_SHORTENED = frozenset({"lun", "mar", "mer", "jeu", "ven", "sam", "dim"})
_TIME_OR_DATE_AFTER_DAY = re.compile(r"\.?[ \t]+\d{1,2}(?:[:h]\d{2}|/\d{1,2})")
# Frequent verb forms that are also given names, which the lexicon does not know as verbs.
_VERB_FORMS = gz.word_set(
    """
    aura auront aurait sera seront serait ira fera pourra devra saura verra viendra doit peut veut sait
    fait vit dit part sort met suit vient tient prend attend rend entend répond perd voit reçoit
    """
)
_LIST_ENDS = frozenset({",", ":", ";", ".", "et", "ou", "…", "!", "?"})
_PRONOUNS = gz.word_set("moi toi lui elle nous vous eux elles son sa ses leur leurs")
# Before "la" or "le" and a capitalised word, the thing's preposition: "de la Seine", "à la Poste", "par le Nord".
_ARTICLE_S_PREPOSITIONS = gz.word_set("de à a par pour sur sous dans vers en depuis jusqu'à")
# Words after which the next capitalised word (or a first name in lower case) is a person.
# Family words (gz.KIN_WORDS) and roles (gz.ROLE_WORDS) are added below with their determiners.
ANNOUNCERS = (
    r"prénommée?|s['’]appelle|s['’]appellent|dénommée?|surnommée?|dite?|alias|signée?|(?<=elle )signe|(?<=il )signe|"
    r"cordialement|"
    # "tout le monde l'appelle Memo", "on l'appelle « Niam Tub »"
    r"l['’]appel(?:le|lent|ait|aient)(?:\s+(?:aussi|encore|toujours|souvent|parfois|tous|toutes))?|"
    r"appele[zr]-moi|"  # "il dit « appelez-moi Bob »"
    # "que les autres appellent « Bébé »": a name given in quotes (not "il m'appelle « akka »": what he calls me)
    r"(?<![mt]['’])(?<!nous )(?<!vous )(?:appel|surnom{1,2})(?:e|le|ent|lent|ait|aient)(?:\s+(?:tous|toutes|ici))?(?=\s*[«\"“])|"
    # "la cheffe appelle Sandrine « Choupette »": the nickname in quotes after the name of whom she calls so
    r"(?<![mt]['’])appel(?:le|lent|ait|aient)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+(?=\s*[«\"“])|"
    # "un résident connu sous le surnom de « Le Belge »" (not "c'est le surnom de Kenza": whose it is)
    r"surnom\s+(?:de|d['’])(?=\s*[«\"“])|(?<=sous le )surnom\s+(?:de|d['’])|"  # "connu sous le surnom de Sniper"
    # "sa fille, que tout le quartier appelle Zozo", "qu'ils appellent Pépito": whom others call so
    # (not "ce que les collègues appellent Bercy": a thing)
    # ("le père Dragan qu'on appelle tous Gaga")
    r"(?<!\bce )\bqu(?:e\s+|['’])(?:[^\W\d_]+\s+){1,3}?appel(?:le|lent|ait|aient)(?:\s+(?:tous|toutes))?(?=\s)(?!\s*[«\"“])|"
    r"concernant|concerne|"
    # "msg à caro 8h12 :", "message de wojcik sur le répondeur": the one a message is written to, or by
    r"(?:msg|message|sms|texto|mail|vocal)\s+(?:à|a|pour|de|d['’])|"
    # "une certaine fleur", "un nommé Prince": whatever word follows is a name
    r"(?:un|une)\s+(?:certaine?|nomm[ée]e?)(?=\s)|"
    r"l['’]AF|la TISF|l['’]AS|"
    # Form fields: "Nom : Traoré", "Prénom(s) : Adama", "Nom d'usage : Diallo"; a program's screen
    # copied with a tab after the field ("Nom d'usage\tRAHARIMALALA").
    r"(?:nom|noms)(?:\s+(?:de famille|d['’]usage|usage|de naissance|naissance|de jeune fille|marital))?(?:\s*:|\t)|"
    r"pr[ée]noms?(?:\(s\))?(?:\s*:|\t)|"
    # dictated, in lower case and one blank: "mme rakotomalala prénom hanitra"; not "PRENOM     DATNAIS"
    r"(?<!le )(?<!un )(?<!son )(?<!leur )(?-i:pr[ée]nom)(?=[ ](?:[^ ]|$))"
)
# "nom sylla prenom awa": a form dictated in one breath, the family name between its field and the next
_DICTATED_NAME = re.compile(r"(?<![\w'’])(?-i:nom)[ ](?P<name>[^\W\d_][\w'’-]+)[ ](?-i:pr[ée]nom)\b")
# Announcers after which the name may come with "de": "le dossier de Léa", "la mère de Louna".
# ("le dossier mdph de moussa": the scheme may stand between)
TOPICS = (
    r"(?:le\s+)?dossier(?:\s+(?-i:[a-z]{2,5}|[A-Z]{2,5})(?=\s+d))?|(?:le\s+)?rapport|(?:la\s+)?situation|sit\.|(?:la\s+)?synth[èe]se|le suivi|"
    r"les époux|la fratrie|la VAD|la visite|(?:l['’])?audience"  # "audience lemaire décalée au 12/03"
)
_POSSESSIVE = r"(?:(?:la|le|les|l['’]|sa|son|ses|ma|mon|mes|ta|ton|tes|leur|leurs|notre|nos|votre|vos)\s*)?"
_LOWER_WORD = r"(?-i:[a-zàâäçéèêëîïôöûùüÿœæ]+)"
# Adjectives that complete a role: "l'assistante familiale", "la référente sociale".
_ROLE_ADJECTIVES = gz.word_set(
    """
    familial familiale social sociale spécialisé spécialisée specialise specialisee principal principale
    territorial territoriale scolaire médical médicale medical medicale judiciaire départemental
    départementale departemental departementale municipal municipale adjoint adjointe référent
    référente referent referente technique administratif administrative éducatif éducative educatif
    educative coordinatrice coordinateur remplaçant remplaçante remplacant remplacante intérimaire
    interimaire stagiaire spé spe
    """
)
# What may stand between a role and the name: "le capitaine de gendarmerie", "la cheffe de service",
# "le juge des enfants", "l'assistante familiale", "la référente sociale".
_ROLE_COMPLEMENT = (
    # "l'éducatrice de la maison", not the article alone: "une collègue de la Somme" is from the département
    rf"(?:\s+(?-i:(?:de|du|des|d['’]|aux?)\s*(?:la\s+|l['’])?)(?!(?:la|le|les)\b){_LOWER_WORD}|"
    rf"\s+(?-i:{'|'.join(sorted(_ROLE_ADJECTIVES, key=len, reverse=True))}))?"
)


def _alternatives(words: frozenset[str]) -> str:
    """The words and their spellings without accents ("mere", "educatrice"), longest first, as a tree."""
    return gz.phrase_alternation(words | {gz.fold(word) for word in words}, blank=" ")


# "chez les Payet", "la famille Traoré": an article may stand between the announcer and the name.
_ANNOUNCER = re.compile(
    r"(?:^|(?<=[\s(,;:'’]))(?:(?:"
    # ("fam." is the family shortened: "fam. Stojanović :")
    rf"(?P<kin>{_POSSESSIVE}(?:{_alternatives(gz.KIN_WORDS)})(?:(?<=fam)\.)?)|"
    rf"(?P<role>{_POSSESSIVE}(?:{_alternatives(gz.ROLE_WORDS)}){_ROLE_COMPLEMENT})|"
    rf"(?P<topic>{TOPICS}))(?P<of>\s+des|\s+de|\s+d['’])?|"
    rf"(?P<other>chez|{ANNOUNCERS}))"
    # "Maman (Gracia)", "l'appelle « Memo »": the name may stand in brackets or quotes
    r"\s*[,:]?\s*(?:[(«\"“]\s*)?(?:les\s+)?$",
    re.I,
)
# Announcers that give a name, whatever word it is: "l'appelle Memo", "surnommée Puce".
_SO_CALLED = r"une?\s+(?:certain|nomm)"
_NAMING = re.compile(
    rf"l['’]appel|appel(?:le|lent|ait|aient)\b|appele[zr]-moi|surnom|prénomm|{_SO_CALLED}|qu(?:e\s+|['’])(?:[^\W\d_]+\s+){{1,3}}?appel",
    re.IGNORECASE,
)
_MESSAGE = re.compile(r"(?:msg|message|sms|texto|mail|vocal)\s", re.IGNORECASE)
_CALLED = re.compile(rf"s['’]appell|{_SO_CALLED}", re.IGNORECASE)
_QUOTE = re.compile(r"[(«\"“]")
# "Gérard Le Floch, dit Bigoudi, sous le porche": a nickname set apart by commas, whatever word it is; or after
# a name and its initial ("Mamadou S. dit Pistache (n° MNA…)"), or before a birth ("Mamadou dit Doudou, né en 2020")
_COMMA_NICKNAME = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?:[ \t]*,|[ \t]+(?-i:[A-Z])\.|[ \t]+(?=\S+[ \t]+\S+[ \t]*,[ \t]*n[ée]e?[ \t]))"
    r"[ \t]*(?:dite?|alias)[ \t]+(?P<nick>(?-i:[A-ZÀ-Ý])[\w'’-]+)[ \t]*[,)(]"
)
_NICKNAMED = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?:[ \t]+|[ \t]*\([ \t]*)(?:dite?|alias)[ \t]*[«\"“][ \t]*$"
)
_APPOSED_QUOTE = re.compile(r",\s*[«\"“]\s*$")
# Words of which one stands among the few words before any announcer: the pattern is tried only
# there (searching it before every word would cost more than all the other rules).
_ANNOUNCER_WORDS = frozenset(
    {gz.fold(word) for word in gz.KIN_WORDS | gz.ROLE_WORDS}
    | set(
        gz.word_set(
            """
            dossier rapport situation suivi epoux fratrie vad visite chez concernant concerne prenomme prenommee
            appelle appellent denomme denommee surnom surnomme surnommee surnomment surnommait surnommaient dit dite
            alias signe signee
            cordialement af tisf as nom noms prenom prenoms usage naissance marital appelle appellent
            msg message sms texto mail vocal appelez appeler
            appelait appelaient certain certaine nomme nommee
            """
        )
    )
)
_LEADING_ROLES = gz.ROLE_WORDS | gz.JOB_TITLES
_FOLDED_ROLES = frozenset(gz.fold(role) for role in _LEADING_ROLES)
# A thing named right after its kind or its maker: "le logiciel Gaspard", "une Renault Zoé"; a storm, a procedure
# ("la tempête Alex", "après le cyclone Belal", "en procédure Dublin").
_THING_NAMED_RIGHT_BEFORE = re.compile(
    r"\b(?:(?:le|la|l['’]|du|au|notre|nouveau|nouvelle)[ \t]*(?:logiciel|application|appli|plateforme|fichier)"
    r"|(?:temp[êe]te|cyclone|ouragan|proc[ée]dure|export|extraction|traitement|enceinte[ \t]+connect[ée]e|enceinte)"
    r"|(?-i:Renault|Peugeot|Citro[eë]n|Dacia|Toyota|Fiat|Opel|Volkswagen|Nissan|Ford)"
    # a player's name on a shirt: "un maillot floqué Payet", "en t-shirt Rambo"
    r"|floqu[ée]e?s?|maillot|t-shirt|tee-shirt"
    # a ship: "le trois-mâts Belem", "la frégate Hermione"
    r"|trois-m[âa]ts|voilier|navire|paquebot|fr[ée]gate|chalutier"
    # a disease, a scale or a method named after its author: "questionnaire de Conners", "échelle de Hoehn et Yahr"
    # (not "l'arrêt maladie de Pauline")
    # (a clinical sign only with its "de": "le signe de Babinski"; "elle signe Solène" is her name)
    r"|(?:(?:syndrome|(?<!arrêt )(?<!arret )maladie|myopathie|dystrophie|questionnaire|[ée]chelle|approche|m[ée]thode|"
    r"p[ée]dagogie|classification|test)(?:[ \t]+(?:de|d['’]))?|signe[ \t]+(?:de|d['’]))"
    r"(?:[ \t]*(?-i:[A-ZÀ-Ý])[\w'’-]+[ \t]+et)?"
    # a hospital or a foundation named after someone: "le CHOG Franck-Joly", "la Fondation Père Favron"
    r"|(?:(?-i:CHU?|CHS|CHR|CHG|CHOG|CHI|EPSM|GHU)|h[ôo]pital|clinique|fondation|institut)"
    r"(?:[ \t]+(?-i:P[èe]re|M[èe]re|Saint|Sainte|Docteur|Dr|Professeur|Pr))?"
    # a court's decision named after a party: "l'arrêt Dehaene"
    r"|(?:l['’]|un[ \t]+)arr[êe]t"
    # a union's federation: "CFDT Santé-Sociaux", "SUD Santé Sociaux"
    r"|(?-i:CGT|CFDT|FO|SUD|UNSA|CFTC|FSU|CGC)(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]*)?[ \t]"
    # what a brand's name follows in a shopping list: "un paquet de Pépito" (not "le pot de Chantal", "la boîte de Kévin")
    r"|(?:paquets?|sachets?|tablettes?|bouteilles?|packs?|barquettes?)[ \t]+(?:de|d['’])"
    # a brand after the product it sells: "l'huile Lesieur à 4 €", "le lait Gallia", "les couches Pampers"
    r"|(?:l['’]|de[ \t]+l['’])huile|(?:le|du)[ \t]+(?:lait|beurre|savon|dentifrice|shampo(?:o|oi|i)ng|gel[ \t]+douche)"
    r"|(?:les|des)[ \t]+(?:couches|c[ée]r[ée]ales|lingettes|petits[ \t]+pots|compotes|lasagnes)"
    r"|(?:un|le|des|les)[ \t]+sandwichs?)[ \t]*\Z",
    re.IGNORECASE,
)
# Places counted in a list: "Hérault 44 ; Gard 27 ; Aude 13".
_COUNT_AFTER = re.compile(r"[ \t]+\d{1,6}(?![\d/.:h])")
_PLACE_NAME = r"(?P<place>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t](?:de|du|des|et)[ \t][\w'’-]+)?)"
_COUNTED_PLACE_BEFORE = re.compile(rf"{_PLACE_NAME}[ \t]+\d{{1,6}}[ \t]*[;,][ \t]*$")
_COUNTED_PLACE_AFTER = re.compile(rf"[ \t]*[;,][ \t]*{_PLACE_NAME}[ \t]+\d")
# A determiner before a bare "rapport", "dossier", "situation" ("un rapport sévère", "cette situation").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:un|une|ce|cet|cette|du|au|mon|ton|son|ma|ta|sa|notre|votre|leur|chaque|quel|quelle)\s+$",
    re.IGNORECASE,
)
# An indefinite article before a family word: "un enfant désiré" is any wanted child.
_INDEFINITE_BEFORE = re.compile(r"\b(?:un|une|des)\s+$", re.IGNORECASE)
# The first words of the places named in several words ("New" York, "Rio" de Janeiro)
_PLACE_OPENERS = frozenset(place.split()[0] for place in gz.PLACES if " " in place)
# A shop named "Chez …": "le bar Chez Nanou", "au snack « Chez Fatou »"
_SHOP_SIGN = re.compile(
    r"\b(?i:bar|caf[ée]|restaurant|resto|snack|brasserie|bistrot|pizzeria|[ée]picerie|boutique|salon|"
    r"boulangerie|guinguette|cantine|buvette|camion|food[ -]?truck|enseigne)[ \t]*[«\"“]?[ \t]*Chez[ \t]+$"
)
# Words before a brand's name: "chez Zara", "une Mercedes", "de Sephora".
_BRAND_BEFORE = gz.word_set("chez une un la le les de d' d’ du des en à au aux sa son ma mon ta ton leur")
# How the names of peoples end in the plural (a family's name after "des" stays singular: "des Renard").
_PEOPLES = ("ais", "ois", "iens", "iennes", "ains", "aines", "ols", "oles", "ans", "anes", "ites")
_ANNOUNCER_REACH = 5  # words: "le capitaine de gendarmerie de", "Nom de jeune fille :"
# Between a role and its complement: "le juge des enfants", "le capitaine de gendarmerie".
_ROLE_LINKS = frozenset({"de", "du", "des", "d'", "d’", "au", "aux"})
_FIELD = re.compile(r"(?:nom|pr[ée]nom)s?(?:\(s\))?[^:\t\n]*[:\t]\s*$", re.I)
# After these, a capitalised word names a place: "à Nancy", "secteur de Lourdes", "94100 Saint-Maur".
_PLACE_WORDS = (
    r"à|a|au|aux|en|sur|vers|près de|proche de|depuis|commune|ville|village|secteur|"
    r"département|territoire|agence|antenne|mds|cms|ccas|ase|caf|cpam|pmi|mdph|mairie|hôtel de ville|"
    r"tribunal(?: judiciaire| de proximité)?|préfecture|prefecture|sous-préfecture|gendarmerie|"
    r"commissariat|prison|conseil départemental"
)
_PLACE_CONTEXT = re.compile(
    rf"(?:\b(?:{_PLACE_WORDS})\s*(?:de |d['’])?|\b(?:de|d['’]|du)\s*|\b\d{{5}}\s+)$", re.IGNORECASE
)
# The same without a bare "de": "le père de Anaïs", "le dossier de Allan" are people even where a
# commune has their name; "à Allan", "commune de Valence", "la mairie de Nevers" are places.
# One initial standing for someone after a word for a person: "la famille B.", "la jeune S.", "l'enfant
# M." ("Mme R." is a title's; X, Y and Z are placeholders).
# A name spelt out letter by letter, as said on the phone: "S I N C L A I R", "M comme Marcel B comme Bernard A Y E"
_SPELT_LETTER = r"(?-i:[A-Z])(?:[ \t]+comme[ \t]+(?-i:[A-ZÀ-Ý][a-zà-ÿ]+))?"
_SPELT = re.compile(rf"(?<![\w'’.-]){_SPELT_LETTER}(?:[ \t]*[,-]?[ \t]+{_SPELT_LETTER}){{2,}}(?![\w'’])")
# In a note, what comes right after a name: a detail of the person ("mme sandrine olive tel 06…", "ddn", "nee en")
DETAIL_CUES = gz.word_set(
    "tel tél ddn nir nee née ne né secu sécu port portable mail adresse domicile dossier n° num numéro iban rib"
)
_CLEAR_AS = re.compile(
    r"[ \t]+comme[ \t]+(?:de[ \t]+l['’][ \t]*eau|du[ \t]+cristal|le[ \t]+jour)", re.IGNORECASE
)
# Where "me" in lower case may be "Maître" before a lawyer's name: after a comma, a bracket, a preposition or a verb
# of calling ("avec me morel,", "contacter me blanc.")
_BEFORE_A_LAWYER = gz.word_set(", ( : ; avec par à a chez de et pour contacter appeler appelé voir vu selon")
_LAWYER_WORDS = gz.word_set("avocat avocate avocats avocates")
# A sentence that translates a word of another language: "en wolof", "ça veut dire", "c'est le mot qu'une dame m'a appris"
_GLOSS = re.compile(
    rf"\ben[ \t]+(?:{'|'.join(map(re.escape, sorted(gz.LANGUAGES | {'dari'}, key=len, reverse=True)))})\b|"
    r"\b(?:ça|ca|qui|cela|mot)[ \t]+(?:veut|voulait)[ \t]+dire\b|\bsignifie\b|"
    r"\bc['’]est[ \t]+le[ \t]+mot\b",
    re.IGNORECASE,
)
# Things lettered: "bâtiment B.", "salle C."
_LETTERED_THINGS = gz.word_set(
    "bâtiment batiment bât bat salle porte escalier esc aile niveau couloir bloc tour entrée catégorie categorie cat"
)
# Titles written out, never abbreviated: a dot after them is a sentence's.
_TITLE_WORDS = gz.word_set(
    "monsieur madame mademoiselle docteur docteure maître maitre professeur professeure"
)
# "Le chien s'appelle Sultan, le chat Grisou, le perroquet Coco", "la tempête Ciaran": an animal's or a storm's
# name, not a person's
_PETS = (
    r"chien|chienne|chiot|chat|chatte|chaton|perroquet|perruche|canari|lapin|cheval|jument|poney|hamster|"
    r"tortue|poisson|furet|cochon[ \t]+d['’]inde|cochon|âne|ane|chèvre|chevre"
)
# A birth said right after a name: "Avril, née le 29/04/2026", "Zidane (né en 2016)"
_BORN_AFTER = re.compile(r"[ \t]*[,(]?[ \t]*n[ée]e?(?:\(e\))?[ \t]+(?:le|en)[ \t]+\d", re.IGNORECASE)
_DAYS = gz.word_set("lundi mardi mercredi jeudi vendredi samedi dimanche lun ven dim")
# A forwarded mail's headers, in English too: "To: <fsl@…>", "Subject: Dette locative"
_MAIL_HEADERS = gz.word_set("to from subject cc cci bcc sent date objet de envoyé reply")
_BIRTH_DATE_AT = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b")
_TIME_AFTER_MONTH = re.compile(r"[ \t]*(?:prochain|dernier|\d)", re.IGNORECASE)
# Words before a month or a feast that mean the time: "en Avril", "fin Juin", "depuis Noël"
_TIME_BEFORE = gz.word_set("en de d' d’ du le la mois début fin mi depuis dès avant après jusqu'en jusqu’en")
# Words before a feast that is the holiday: "il passera Noël", "depuis Pâques"
_HOLIDAY_BEFORE = _TIME_BEFORE | gz.word_set("passer passera passé passe fêter fêtera fêté fête")
# Who else a pet's sentence may name: "le chat de la dame, elle s'appelle…" names the lady
_PEOPLE_WORDS = gz.word_set("monsieur madame mr mme homme femme dame propriétaire maître maîtresse")
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PET_BEFORE = re.compile(
    rf"\b(?:tempête|tempete|cyclone|ouragan|{_PETS})(?:[ \t]+(?:s['’]appel(?:le|ait)|nommée?|appelée?))?"
    r" *[«\"“]? *\Z"
    # "son chien, un staff croisé, il s'appelle Tyson", "le cochon, qui s'appelle Napoléon"
    rf"|\b(?:{_PETS})\b(?P<between>[^.!?\n]{{0,40}}?)\b(?:il|elle|qui)[ \t]+s['’]appel(?:le|ait)[ \t]*[«\"“]?[ \t]*\Z",
    re.IGNORECASE,
)
# A work's title or author, or a type of person named after a character: "la chanson de Renaud", "le film
# Tanguy", "c'est un vrai Tanguy"; "Tanguy, le film"
_WORK_OR_TYPE_BEFORE = re.compile(
    r"(?:\b(?:chansons?|films?|romans?|albums?|tubes?|po[èe]mes?|s[ée]ries?|t[ée]l[ée]films?|livres?)(?:[ \t]+(?:de|d['’]))?"
    r"|\b(?:un|une)[ \t]+(?:vraie?|v[ée]ritable)"
    r"|\bjou(?:e|es|er|ons|ez|ent|ait|aient|é)[ \t]+les"  # "on joue les Cassandre"
    # "ils ont chanté du Soprano et du Vianney", "fan de Jul": a singer's songs, an idol
    r"|\b(?:chant\w*|[ée]cout\w*|fredonn\w*)[ \t]+(?:du|de[ \t]+la)(?:[ \t]+[\w'’-]+[ \t]+(?:et|ou)[ \t]+(?:du|de[ \t]+la))?"
    r"|\bfans?[ \t]+(?:de|du)"
    r"|\b(?:d[ée]guisements?|costumes?|d[ée]guis[ée]e?s?[ \t]+en)(?:[ \t]+(?:de|d['’]))?)[ \t]*[«\"“]?[ \t]*$",  # "le déguisement d'Elsa"
    re.IGNORECASE,
)
_WORK_AFTER = re.compile(
    r"[ \t]*[»\"”]?[ \t]*,[ \t]*(?:le|la|un|une)[ \t]+(?:film|s[ée]rie|chanson|livre|roman|bd|dessin[ \t]+anim[ée]|"
    # ("Bruno, le personnage de Cassel")
    r"[ée]mission|pi[èe]ce|t[ée]l[ée]film|album|personnage|h[ée]ros|h[ée]ro[ïi]ne)\b",
    re.IGNORECASE,
)
_KIN_FOLDED = frozenset(gz.fold(word) for word in gz.KIN_WORDS)
# Words of another language said or glossed in quotes (_said_word): at most this many, after a verb of saying or
# before a gloss; not what someone is called, after "dite" or "pour les voisins".
MAX_SAID_WORDS = 4
_HONORIFICS = frozenset(gz.fold(word) for word in gz.KIN_WORDS) | gz.word_set(
    "mama dona doña tia tio tonton tata mamie papi"
)
_NICKNAME_CUES = re.compile(
    # ("Mamadou S. dit Pistache": after an initial)
    r"\bdites?[ \t]*$|(?<![\w'’])(?-i:[A-ZÀ-Ý])[\w'’-]*\.?[ \t]+dit[ \t]*$",
    re.IGNORECASE,
)
_CALLED_BY = re.compile(
    r"[ \t]*pour[ \t]+(?:(?:les|la|le|l['’]|ses|sa|son|tout[ \t]+le)[ \t]*(?:voisin|enfant|intime|coll[èe]gue|copain|copine|ami|gens|"
    r"jeune|petit|autre|r[ée]sident|[ée]quipe|famille|quartier|monde)|mme\b|m\.|madame|monsieur|mlle)",
    re.IGNORECASE,
)
_SAYING_BEFORE = re.compile(
    r"(?:\b(?:m['’]a|a|me|m['’]|te|lui|nous|vous|leur|il|elle|on|ils|elles)[ \t]+(?:a[ \t]+)?dit|\bdire|\bdisent|\bdisait|"
    r"\bdisaient|\br[ée]p[èe]tent?|\bdit[ \t]+en[ \t]+partant)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_GLOSS_AFTER = re.compile(
    r"[ \t]*(?:=|\((?![ \t]*\d)|pour[ \t]+(?:le|la|les|l['’]|dire|maman|papa)\b|,?[ \t]*(?:ça|ca|qui|cela)[ \t]+veut[ \t]+dire)",
    re.IGNORECASE,
)
# "L'association s'appelle Espérance", "un âne de médiation qui s'appelle Parfait", "notre voiture de service
# s'appelle Titine", "le chien de la famille d'accueil s'appelle Victor", "le jardin partagé du CCAS, baptisé
# « Clémentine »": a thing's or an animal's name. Words may complete the thing before the verb; not after
# "qui", which names the last of them ("le chien de la voisine qui s'appelle Paula").
_THINGS = (
    r"association|asso|projet|dispositif|logiciel|application|appli|bateau|vedette|navire|mascotte|peluche|poupée|"
    r"doudou|voiture|véhicule|vehicule|camion|camionnette|minibus|bus|jardin|potager|salle|section|local|"
    r"machine|imprimante|photocopieuse|photocopieur|fax|ordinateur|robot|plateforme|opération|operation|campagne|"
    r"programme|fichier|plante|bâtiment|batiment|unité|unite|"
    # places to sleep or be welcomed: "la halte de nuit s'appelle Le Phare"
    r"halte|épicerie|epicerie|journal|"
    r"crèche|creche|micro-crèche|"  # "notre crèche s'appelle Les Petits Loups"
    r"âne|ane|chien|chienne|chat|chatte|cheval|jument|poney|lapin|perroquet|poisson|tortue|poule|chèvre|chevre|"
    r"vache|brebis|mouton|cochon|taureau|veau|paon|salers|charolaise|montb[ée]liarde"
)
_NAMED_THING_BEFORE = re.compile(
    rf"\b(?:{_THINGS})s?"
    r"(?:(?:[ \t]+de[ \t]+[\w'’-]+)?[ \t]+qui"
    # an adjective, then up to two complements: "partagé du CCAS", "de la famille d'accueil"
    r"|(?:[ \t]+(?!(?:qui|il|elle|ils|elles|on|je|tu|nous|vous|la|le|les|sa|son)\b)(?-i:[a-zàâäçéèêëîïôöûùüÿœ]+))?"
    r"(?:[ \t]+(?:de|du|des|d['’])[ \t]*(?:la[ \t]+|l['’][ \t]*)?[\w-]+(?:[ \t]+d['’][ \t]*[\w-]+)?){0,2})"
    r"[ \t]*,?[ \t]+(?:s['’]appel(?:le|ait|lent|aient)|qu['’]on[ \t]+appel(?:le|ait)|appel[ée]e?s?|baptisée?s?|surnommée?s?|nommée?s?)"
    r"[ \t]*[«\"“]?[ \t]*"
    # …and the names listed after the first: "les salles s'appellent Lilas, Glycine et Capucine"
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+)){0,6}\Z"
    # "une collègue a appelé sa plante Espérance": the thing after the verb
    rf"|\b(?:appel[ée]e?|baptis[ée]e?|surnomm[ée]e?|renomm[ée]e?)[ \t]+(?:sa|son|notre|leur|la|le|l['’])[ \t]*(?:{_THINGS})"
    r"(?:[ \t]+(?-i:[a-zàâäçéèêëîïôöûùüÿœ]+))?"  # "il a appelé son poisson rouge griezmann"
    # "renommé l'imprimante du 2e « Bernadette »"
    r"(?:[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des)[ \t]*[\w-]+)?[ \t]*[«\"“]?[ \t]*\Z"
    # "les chambres portent des noms de fleurs depuis la rénovation : Rose, Lilas, Iris": names of a kind, listed
    r"|\b(?:(?:portent|ont|prennent|re[çc]oivent)[ \t]+(?:des|les)[ \t]+noms[ \t]+(?:de|d['’])[ \t]*[^\W\d_]+[^:\n.]{0,30}"
    # "l'animatrice fait deviner des prénoms de fleurs : Rose, Violette, Capucine"
    r"|(?:des|les)[ \t]+(?:pr[ée])?noms[ \t]+(?:de|d['’])[ \t]*(?:fleurs|arbres|oiseaux|couleurs|pierres|fruits|saints|"
    r"saintes|plan[èe]tes|rivi[èe]res|montagnes|villes|artistes|peintres|po[èe]tes|musiciens|[ée]crivains)[^:\n.]{0,30}"
    # "la classe a voté les noms : Caramel, Tempête et Galette" (the calves')
    r"|(?:vot[ée]|choisi|trouv[ée])[ \t]+(?:les|des|leurs)[ \t]+noms)[ \t]*:[ \t]*"
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+)){0,6}\Z",
    re.IGNORECASE,
)
# "Rose, Violette, Capucine : c'est le nom des trois unités de vie", "Rose, Claire, Pierre : ce sont les noms des
# trois salles": a list of things' names
_LISTED_THINGS_NAMES_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*[\w'’-]+)*(?:[ \t]+et[ \t]+[\w'’-]+)?[ \t]*[:,][ \t]*(?:c['’]est|ce[ \t]+sont)[ \t]+les?[ \t]+"
    r"(?:sur)?noms?[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|d['’]une?|de[ \t]+(?:nos|ces))[ \t]*"
    r"(?:(?:deux|trois|quatre|cinq|six|sept|huit|\d+)[ \t]+)?(?P<noun>(?-i:[a-zàâäçéèêëîïôöûùüÿœ]+))",
    re.IGNORECASE,
)
# "Rose, Blanche et Violette, ce sont les trois vaches qu'on voit au col": things or animals listed by name
_LISTED_THINGS_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*[\w'’-]+)*(?:[ \t]+et[ \t]+[\w'’-]+)?[ \t]*[:,][ \t]*(?:c['’]est|ce[ \t]+sont)[ \t]+"
    r"(?:les?|la|l['’]|nos|mes|leurs?)[ \t]*(?:(?:deux|trois|quatre|cinq|six|\d+)[ \t]+)?"
    rf"(?:{_THINGS})s?\b",
    re.IGNORECASE,
)
# "Océane, c'est le nom de la vedette", "L'Olive, c'est le surnom du minibus": a thing's name ("c'est le surnom
# du petit", "de Kenza" name people)
_THING_S_NAME_AFTER = re.compile(
    r"[ \t]*[»”\"]?[ \t]*,[ \t]*c['’]est[ \t]+le[ \t]+(?:sur)?nom[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|d['’]une?|de[ \t]+(?:notre|nos|ce|cette))"
    r"[ \t]*(?P<noun>(?-i:[a-zàâäçéèêëîïôöûùüÿœ]+(?:-[a-zàâäçéèêëîïôöûùüÿœ]+)*))"
    r"(?:[ \t]+(?P<next>(?-i:[a-zàâäçéèêëîïôöûùüÿœ]+)))?",
    re.IGNORECASE,
)
# People a nickname may belong to ("le surnom du petit", "du vieux"); before a noun, an adjective of the thing
# ("le surnom du vieux photocopieur")
_PERSON_NOUNS = frozenset(
    gz.fold(word)
    for word in gz.KIN_WORDS
    | gz.ROLE_WORDS
    | gz.JOB_TITLES
    | gz.word_set("petit petite gamin gamine bébé môme vieux vieille jeune gros grosse grand grande")
)
_ADJECTIVES_BEFORE = gz.word_set(
    "petit petite vieux vieille jeune gros grosse grand grande nouveau nouvelle beau belle"
)
_SAINTS_DAY = re.compile(r"(?-i:Saint|Sainte|saint|sainte)-")
_FEAST_BEFORE = re.compile(r"\b(?:la|le)[ \t]+$", re.IGNORECASE)
_TO_LITTLE_PLACE = re.compile(
    r"\b(?:vers|dans|depuis|jusqu['’][àa])[ \t]+la[ \t]+petite[ \t]+$", re.IGNORECASE
)
_FEASTS = gz.word_set("toussaint chandeleur pentecôte pentecote")
# The last part of a name with particles, elided: "du Plessis d'Argentré", "de Boisgelin d'Audigné".
_ELIDED_PARTICLE_AFTER = re.compile(r"[ \t]+d['’](?-i:[A-ZÀ-Ý])[^\W\d_]+(?:-[^\W\d_]+)*")
_PARTICLE_INSIDE = re.compile(r"[ \t](?:de|du|des)[ \t]+(?-i:[A-ZÀ-Ý])")
_CAPITAL_THEN_DOT = re.compile(r"[A-ZÀ-Ý]\.")
_INITIAL_AFTER_PERSON = re.compile(
    # "la psy S. a été mutée", "le juge T.": a role, then the initial of its holder's name
    rf"(?:(?i:(?<![\w-])(?:{_alternatives(gz.KIN_WORDS | gz.ROLE_WORDS | gz.JOB_TITLES | gz.word_set('mineur mineure usager usagère patient patiente bénéficiaire situation fratrie'))}))"
    # "l'AS M. n'a pas respecté" (not "l'AS M. Dupont", a title)
    r"|(?<![\w-])(?-i:AS|ASS|ES|IDE))"
    # "l'éduc spé S. a démissionné", "l'assistante sociale R."
    rf"(?:[ \u00a0]+(?i:{'|'.join(sorted(_ROLE_ADJECTIVES, key=len, reverse=True))}))?"
    r"(?:[ \u00a0]+de(?![ \u00a0]+M\.))?"  # "la remplaçante de F. arrive lundi" (not "la veuve de M. …": Monsieur)
    # (nor "le voisin M. [personne]": the title before a masked name, as a second masking reads it)
    r"[ \u00a0]+(?P<initial>(?-i:[A-WÀ-Ý])\.)(?![\w.-]|[ \u00a0](?-i:[A-Z])\.|(?<=M\.)[ \u00a0]+(?:(?-i:[A-ZÀ-Ý])|\[))"
)
# "situation FOURNIER : pas de place", "RE: expulsion GHEDIRA": a family's name in capitals after the word
# of its file, with no determiner (an order of the day, an e-mail's subject).
_PUNCTUATION_NEXT = re.compile(r"[ \t]*(?:[:,;.)(]|$)", re.MULTILINE)
_CASE_THEN_CAPITALS = re.compile(
    r"\b(?:situations?|dossiers?|familles?|fratries?|expulsion|suivis?|signalements?|placements?|audiences?|synth[èe]se|"
    r"enqu[êe]te|vad|visite|m[ée]nage)[ \t]+(?:de[ \t]+)?(?P<name>(?-i:[A-ZÀ-Ý]{3,}(?:[-'’][A-ZÀ-Ý]{2,})?))(?![\w’'-])",
    re.IGNORECASE,
)
# A family's name after the word of its file, closing the phrase: "1. Situation Fontaine : la mère refuse…",
# "AEMO Chaouch : Adam accepte".
_CASE_THEN_NAME = re.compile(
    r"\b(?:situations?|dossiers?|familles?|vad|(?-i:AEMO|AED|MJIE|IOE))[ \t]+(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?))"
    r"(?=[ \t]*(?:[:(–]|-[ \t]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# A household named by its family name after a plural article: "les Petit ont enfin eu leur logement", "la mère
# des Rivière", "accordée aux Roux". The singular shows the name: words take their plural there ("les bergers").
_HOUSEHOLD = re.compile(
    r"(?<![\w'’-])(?i:les|des|aux)[ \u00a0]+(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?))"
    r"(?![\w'’-]|[ \u00a0]+(?-i:[A-ZÀ-Ý]))"  # not "les Petit Poucet", "des Nations Unies"
)
# …and in lower case, before what the household does: "les moreau vivent au lieu-dit…"
_LOWER_HOUSEHOLD = re.compile(
    r"(?<![\w'’-])(?i:les)[ \u00a0]+(?P<name>(?-i:[a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)?))(?=[ \u00a0]+(?:vivent|habitent|sont|"
    r"ont|n['’]ont|ne|viennent|partent|refusent|demandent|attendent|dorment|squattent|arrivent|étaient|avaient)\b)"
)
_INSTITUTION_PHRASE = re.compile(
    r"(?:france|p[ôo]le)[ \t]+(?:travail|emploi|services|t[ée]l[ée]com)\b"
    r"|(?-i:SARL|SAS|SASU|EURL|SCI|SNC)\b",  # "SARL Bois du Vallespir": a firm, named by its legal form
    re.IGNORECASE,
)
_ALL_OF_THEM = re.compile(r"\b(?:tous|toutes)\b", re.IGNORECASE)
# What may stand before a clause's subject
_CLAUSE_OPENERS = frozenset(
    {".", ",", ";", ":", "!", "?", "\n", "et", "mais", "puis", "alors", "que", "qu'", "car", "donc"}
)
_HOUSEHOLD_CUE = re.compile(
    r"\b(?:vad|visite|m[èe]re|p[èe]re|parents|enfants|fils|fille|gamins|a[îi]n[ée]e?|cadette?|chez)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
# "rue des Tanneurs", "la Maison des Ados": a street's or a place's name goes on after "des"
_PLACE_BEFORE_ARTICLE = re.compile(
    r"\b(?:rue|avenue|av|bd|boulevard|allée|allee|impasse|chemin|place|quai|square|cours|route|résidence|residence|"
    r"cité|cite|quartier|lotissement|hameau|maison|foyer|ehpad|parc|jardin|clos|villa|domaine|hôtel|hotel)\.?"
    r"(?:[ \u00a0]+[a-zà-ÿ]+)?[ \u00a0]*$",  # "quartier prioritaire des Chartreux"
    re.IGNORECASE,
)
# "avec S., 7 mois, sans carnet de santé": an initial, then the child's age.
# (or its birth date in brackets: "les enfants de Mme K. : D. (2015), L. (03/2018)")
_INITIAL_BEFORE_AGE = re.compile(
    # ("les enfants (T. 8 ans, L. 5 ans)": the comma may be missing)
    r"(?<![\w.-])(?P<initial>(?-i:[A-LN-Z])\.)[ \u00a0]*(?:(?:[,(][ \u00a0]*)?\d{1,2}[ \u00a0]*(?:ans?|mois|semaines|jours)\b"
    r"|\([ \u00a0]*(?:[01]?\d/)?(?:19|20)\d\d[ \u00a0]*\))"
)
# "K., la secrétaire, a été mutée", "C. (la CESF du secteur nord)": an initial before the role it stands for.
_INITIAL_BEFORE_ROLE = re.compile(
    r"(?<![\w.-])(?P<initial>(?-i:[A-WÀ-Ý])\.)[ \u00a0]*[,(][ \u00a0]*(?:(?:la|le|l['’]|notre|ma|mon|sa|son|leur)[ \u00a0]*)?"
    # "L., la cadette, reste au domicile": a family word too; "C. (CESF) absente"
    rf"(?i:{_alternatives(gz.ROLE_WORDS | gz.JOB_TITLES | gz.KIN_WORDS)})\b"
)
# "A. a parlé de son ex", "son ex, J., qui la suit": an initial that acts, or set apart before "qui", at a
# sentence's or a clause's start ("M." is a civility; "point B. est" a thing: see _THING_BEFORE_LETTERS).
_INITIAL_ACTS = re.compile(
    # (not after another initial: "le bâtiment B. C. est fermé")
    # or after a conjunction: "Quand B. est partie", "lorsque S. a appelé"
    r"(?:^|(?<=[.;:!?,][ \u00a0])|(?<=\n)|(?<=\b[Qq]uand[ \u00a0])|(?<=\b[Ll]orsque[ \u00a0])|(?<=\b[Mm]ais[ \u00a0])"
    r"|(?<=\b[Pp]uis[ \u00a0])|(?<=\bque[ \u00a0])|(?<=\bqu['’]))(?<![A-Z]\.[ \u00a0])(?P<initial>(?-i:[A-LN-WÀ-Ý])\.)"
    r"(?:[ \u00a0]+(?:a|est|était|avait|dit|va|vient|ne|n['’]|s['’]|se|m['’]|me|nous|lui|leur|refuse|explique|"
    r"demande|raconte|pleure|parle|veut|pense|part|partait|revient|rentre|sort|arrive|dort|fugue|crie|frappe|"
    r"répond|appelle|rappelle|reste|vit|habite)\b|[ \u00a0]*,[ \u00a0]*(?:qui|que)\b)"
    # "je me suis battu avec K. au self": after "avec", a letter and its dot, a lower-case word after them
    r"|(?<=\b[Aa]vec[ \u00a0])(?P<companion>(?-i:[A-LN-WÀ-Ý])\.)(?=[ \u00a0]+(?-i:[a-zà-ÿ]))"
)
# A first name right after a verb of meeting or calling, with no determiner: a French noun would
# need one ("j'ai vu chance hier", "tu previens claire ?", "penser à appeler modeste").
_CONTACT_VERB = (
    r"vue?s?|revue?s?|appeler|appel[ée]e?|rappeler|rappel[ée]e?|pr[ée]viens|pr[ée]vient|pr[ée]venir|pr[ée]venue?|"
    r"contacter|contact[ée]e?|crois[ée]e?|rencontr[ée]e?|re[çc]ue?|accompagn[ée]e?|raccompagn[ée]e?|"
    r"emmen[ée]e?|joindre|jointe?|relancer|relanc[ée]e?|r[ée]cup[ée]r[ée]e?|r[ée]cup[ée]rer"
)
_AFTER_CONTACT = re.compile(
    rf"\b(?:{_CONTACT_VERB})[ \t]+(?P<name>[^\W\d_][\w’'-]*[^\W\d_])\b"
    r"(?=[ \t]*(?:[,.;:!?)]|$|\n|et\b|hier\b|ce\b|cet\b|demain\b|pour\b|avec\b|aujourd|au\b|[àa]\b))",
    re.IGNORECASE,
)
# Words that follow these verbs as words: "voir clair", "vu juste", "reçu double".
_NOT_CONTACTED = gz.word_set("clair juste double grand loin net rouge flou venir large gros bon")
# "Noël (le fils, 16 ans)", "France (cheffe de service)": a first name before the role it stands for;
# "le père (Innocent)": after it.
# (and the acronyms of a post in an e-mail's copies: "Cc : Pierre (DGS); Élus CCAS")
_ROLE_AFTER_WORD = (
    gz.KIN_WORDS
    | gz.ROLE_WORDS
    | gz.JOB_TITLES
    | gz.word_set("dgs dgas dga drh daf dg as es eje cesf tisf idec")
)
# A numbered or bulleted line of a list: "1. ", "- ", "• ".
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-•*–])[ \t]*$")
_BRACKETED_WORD = re.compile(r"[ \t]*\([ \t]*(?P<word>(?-i:[a-zà-ÿ])[\w'’-]+)[ \t]*[),]")
_BRACKETED_NAME = re.compile(r"[ \t]*\([ \t]*(?P<word>[^\W\d_][\w'’-]+)[ \t]*\)")
# What people do, by its ending: "évaluatrice", "ergothérapeute", "coordinateur", "juriste".
_JOB_ENDING = re.compile(r"(?:trice|teur|thérapeute|logue|iste|icien|icienne)$")
_NAME_BEFORE_ROLE = re.compile(
    r"(?<![\w’'-])(?P<name>(?-i:[A-ZÀ-Ý])[\w’'-]+)[ \t]*\([ \t]*(?:(?:la|le|l['’]|sa|son|leur|notre|ma|mon)[ \t]*)?"
    rf"(?:{_alternatives(_ROLE_AFTER_WORD)})\b",
    re.IGNORECASE,
)
_ROLE_BEFORE_NAME = re.compile(
    rf"\b(?:{_alternatives(gz.KIN_WORDS)})[ \t]*\([ \t]*(?P<name>(?-i:[A-ZÀ-Ý])[\w’'-]+)[ \t]*\)",
    re.IGNORECASE,
)
# A signature: a name alone on the line after a closing ("Merci,\nAurore").
_SIGNATURE = re.compile(
    r"\b(?:merci(?: beaucoup| bcp)?|bien [àa] vous|bonne (?:journ[ée]e|soir[ée]e|semaine)|[àa] bient[ôo]t|"
    r"amicalement|bises|bisous|salutations(?: distingu[ée]es)?|sinc[èe]rement)[ \t]*[,.!]?[ \t]*\n[ \t]*"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w.-]+)?)[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
# The last line of a message signed with a first name and a post: "Clémence, éducatrice PJJ", "J-P, ASH de nuit",
# or a place in the family, on the last line or after a dash: "Je suis furieuse. — Clémence, petite-fille et aidante".
_SIGNED_WITH_POST = re.compile(
    r"(?:\n[ \t]*(?:[—–-][ \t]*)?|[.!?][ \t]+[—–][ \t]*)(?P<name>(?-i:[A-ZÀ-Ý])[\w'’]*(?:-(?-i:[A-ZÀ-Ý])[\w'’]*)?)[ \t]*,[ \t]*"
    r"(?P<post>(?-i:[A-Z]{2,6}\b)|[^\W\d]+(?:-[^\W\d]+)*)[^\n]{0,50}$"
)
# "(J.-P.)": the initials of a compound first name, alone; "av. J.-C." is the era.
# "J.-P.", "J-P." (then the family name, if any)
_COMPOUND_INITIALS = re.compile(r"(?<![\w.-])(?-i:[A-Z])\.?-(?-i:[A-Z])\.(?![\w-])")
# The letters of a compound first name standing for a colleague: Jean-Baptiste "JB", Marie-Claire "MC" or "M-C".
_COMPOUND_FIRST_NAME_LETTERS = re.compile(r"J[BCFLMPY]|M[CLHNJF]|[A-Z]-[A-Z]")
_BARE_COMPOUND_INITIALS = re.compile(r"(?<![\w.-])(?-i:[A-Z])-(?-i:[A-Z])(?![\w.-])")
# ("On a fini sur Florence, la ville, où…")
_PLACE_SAID_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:c['’]?[ \t]?est[ \t]+l[àa][ \t]+(?:qu|o[ùu]\b)|la[ \t]+ville\b)", re.IGNORECASE
)
_ERA_BEFORE = re.compile(r"\b(?:av|apr|avant|apr[èe]s)\.?[ \u00a0]*$", re.IGNORECASE)
# A maiden name after "née" (capitalised, unlike "née le 3 mars", "née à Lyon"): "Mme Germaine POULAIN,
# née VASSEUR le 2 novembre 1931", "née Lefebvre Ginette".
_MAIDEN_NAME = re.compile(
    r"(?<![\w-])(?:n[ée]e|NÉE|NEE)[ \u00a0]+(?P<particle>(?:de|du|des)[ \u00a0]+|d['’])?"
    r"(?P<name>(?-i:[A-ZÀ-Ý][^\W\d_]*(?:['’-][^\W\d_]+)*)(?:[ \u00a0](?-i:[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*))?)"
)
_LOWER_MAIDEN_NAME = re.compile(r"(?<![\w-])n[ée]e[ \u00a0]+(?P<name>(?-i:[a-zà-ÿ][a-zà-ÿ'’-]+))(?![\w'’-])")


def _is_compound_first_name(text: str) -> bool:
    parts = text.split("-")
    return len(parts) > 1 and all(len(part) > 1 and gz.first_name_tier(part) for part in parts)


_BIRTH_DATE_NEXT = re.compile(r"[ \u00a0]+(?:le|en)[ \u00a0]+\d")
# The letters that stand for a family name in lower case ("leila b"): not words nor elided pronouns ("a", "m").
_LOWER_INITIALS = frozenset("bfghkprvwz")
# A verb's negation, and the adverbs that follow a verb: "andre passe plus", "mme even passe tous les jours".
_NEGATIONS = frozenset({"pas", "plus", "jamais", "rien"})
_AFTER_A_VERB = _NEGATIONS | {
    "tous",
    "toujours",
    "souvent",
    "encore",
    "beaucoup",
    "trop",
    "peu",
    "vite",
    "chaque",
}
# The nouns of a kind of thing: "un prénom de fleur", "une odeur de rose".
_KINDS = gz.word_set("prénom prenom nom bouquet couleur odeur parfum goût gout forme type genre sorte espèce")
# A relative said right after a first name opening a sentence: "Rose, la fille de…", "Avril et sa mère…".
_NOT_RESUMED = (
    gz.FUNCTION_WORDS
    | _CLAUSE_OPENERS
    | gz.word_set(
        "si quand comme lorsque depuis ensuite enfin bref voilà aussi pourtant parfois souvent toujours jamais ici là "
        "demain hier maintenant même encore déjà bien"
    )
)
_RESUMED_BY_PRONOUN = re.compile(r"[ \t]+(?:il|elle)[ \t]+(?!y\b)(?-i:[a-zà-ÿ])", re.IGNORECASE)
_KIN_APPOSED = re.compile(
    # ("Marin le pere, Viorica la mere": each one's place in the family)
    rf"[ \t]*,?[ \t]+(?:(?:la|le|l['’])[ \t]*(?:{_alternatives(gz.KIN_WORDS)})(?:[ \t]+(?:de|du|d['’])|[ \t]*,)"
    rf"|et[ \t]+(?:sa|son|ses)[ \t]+(?:{_alternatives(gz.KIN_WORDS)}))(?![\w'’-])"
    # "Placide, peux-tu reprendre la VAD ?": the colleague spoken to
    r"|[ \t]*,[ \t]*(?:peux-tu|pourrais-tu|tu[ \t]+peux|tu[ \t]+pourrais|est-ce[ \t]+que[ \t]+tu|as-tu|tu[ \t]+as)\b",
    re.IGNORECASE,
)
# A relative said in brackets after a word no dictionary has: "ibou (son pote) dit qu'il a plus de traitement".
_KIN_IN_BRACKETS_AFTER = re.compile(
    rf"[ \t]*\([ \t]*(?:son|sa|leur|mon|ma|le|la|l['’])[ \t]*(?:{_alternatives(gz.KIN_WORDS)})[ \t]*\)",
    re.IGNORECASE,
)
# A lower-case initial standing for someone after a word that leads to a person: "entretien avec k. ce matin", "il
# dit que d. l'a mis dehors" (not the letters of abbreviations: "p." page, "s." century, "m." monsieur, "c." circa)
_LOWER_INITIAL_LED = re.compile(
    r"(?<![\w'’])(?:avec|que|qu['’]|pour|chez|vu|voir|appel[ée]|rappel[ée])[ \t]+(?P<initial>[bdfghjknqrtvwxz]\.)(?=[ \t]+[a-zà-ÿ])"
)
# An initial set between commas after a place in the family: "la plus grande, K., dormait chez une copine"
_INITIAL_APPOSED_TO_KIN = re.compile(
    # ("le compagnon de celle-ci, S., au-dessus de la boulangerie")
    rf"\b(?:{_alternatives(gz.KIN_WORDS)}|grande?|derni[èe]re?|a[îi]n[ée]e?)(?:[ \t]+de[ \t]+(?:celle|celui)-ci)?"
    r"[ \t]*,[ \t]*(?P<initial>(?-i:[A-ZÀ-Ý])\.)[ \t]*,",
    re.IGNORECASE,
)
# A family's initial after its members, a verb after it: "les deux aînés K. sont placés depuis mardi"
_INITIAL_AFTER_KIN = re.compile(
    rf"\b(?:{_alternatives(gz.KIN_WORDS)})[ \t]+(?P<initial>(?-i:[A-LN-WÀ-Ý])\.)"
    r"(?=[ \t]+(?:sont|est|a|ont|vont|va|étaient|était|sera|seront)\b)",
    re.IGNORECASE,
)
# An initial spoken to, opening a quoted mail or a message: "« C., je te rappelle que les écrits…»", "Bonjour B., tu peux".
_ADDRESSED_INITIAL = re.compile(
    r"(?:[«\"“]|^|\b(?i:bonjour|bonsoir|coucou|salut|cher|ch[èe]re))[ \t\u00a0]*(?P<initial>[A-WÀ-Ý]\.)[ \t]*,"
    r"(?=[^\n.]{0,40}?(?<![\w'’])(?i:tu|te|t['’]|toi|vous|je|j['’])(?![\w'’]))",
    re.MULTILINE,
)
# Initials signing a message after its last sentence: "« non. CB »", "ton évaluation approche. MOA »", "tu
# prioriseras. SL\n"
_SIGNED_INITIALS = re.compile(r"(?<=[.!?])[ \t]+(?P<initials>[A-Z]{2,3})[ \t]*(?=[»\"”]|\n|$)")
# Letters that end a message and sign no one: "Merci. CR", "Vu. ODJ", "à mardi. ASAP"
_SIGN_NO_ONE = frozenset(
    {"CR", "ODJ", "AG", "FYI", "ASAP", "TBC", "CDT", "STP", "SVP", "BIZ", "PJ", "NB", "PS"}
)
# Pronouns elided before a verb: "je t'envoie" typed "je tenvoie".
_ELIDED = frozenset("jtmsn")
_WIDOWHOOD = gz.word_set("veuve veuf vve épouse epouse ép.")
# A married name after the birth name, whatever word it is: "Mme Larrieu ép. Saint-Martin", "DUPUIS épouse LAVAL".
_MARRIED_NAME = re.compile(
    r"(?P<before>(?-i:[A-ZÀ-Ý][\w'’-]+))(?:[ \t]+|[ \t]*\([ \t]*)(?:ép\.|[ée]pouse|[ée]p\.|vve\.?|veuve)[ \t]+"
    r"(?P<name>(?-i:[A-ZÀ-Ý][^\W\d_]*(?:['’-][^\W\d_]+)*))",
    re.IGNORECASE,
)
# A case's parties: "Affaire KALONJI c/ MBUYI", "Martin c/ CAF du Nord" (not the institution)
_PARTIES = re.compile(r"(?P<first>(?-i:[A-ZÀ-Ý][\w'’-]+))[ \t]+c/[ \t]*(?P<second>(?-i:[A-ZÀ-Ý][\w'’-]+))")
# A birth name in brackets after the name used: "Mme Lemoine (Charpentier de naissance)".
_BIRTH_NAME_IN_BRACKETS = re.compile(
    r"(?P<before>(?-i:[A-ZÀ-Ý])[\w'’-]+)[ \t]*\([ \t]*"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:['’-][^\W\d_]+)*)[ \t]+de[ \t]+naissance[ \t]*\)"
)
# A name with its birth date in brackets, whatever word it is: "Sofia (DDN 22/11/2015)", "Rose (née le …)";
# not a place ("à Lyon (née le …)").
# A mail's or a chat's contact as the software writes it, family name first: "À : Fontaine, Marion <marion…>",
# "[09:02] Benali, Nadia (DEF-MDS Roubaix Est)"
_SURNAME_COMMA_FIRST_NAME = re.compile(
    r"(?:^|(?<=[\n:;\]]))[ \t]*(?P<name>(?P<surname>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t](?-i:[A-ZÀ-Ý])[\w'’-]+)?),"
    r"[ \t](?P<first>(?-i:[A-ZÀ-Ý])[\w'’-]+))(?=[ \t]*(?:<|\(|\n|;|$))"
)
_ADDRESS_BRACKET_AFTER = re.compile(r"[ \t]*<")
_NAME_BEFORE_BIRTH = re.compile(
    r"(?<![\w'’-])(?<!à )(?<!a )(?<!en )(?<!au )(?P<name>(?-i:[A-ZÀ-Ý][^\W\d_]+(?:-[^\W\d_]+)*))"
    r"[ \t]*\([ \t]*(?:DDN|DN|n[ée]e?(?:\(e\))?[ \t]+le\b|°)"
)
# Adjectives said before a first name: "la petite lea", "le grand karim".
_BEFORE_NAMES = gz.word_set("petit petite grand grande jeune vieux vieille pauvre cher chère gros grosse")
_AT_BEFORE = re.compile(r"\bà\s+$", re.IGNORECASE)
# Film characters whose name is a family's too ("la ferme Tanguy", "les Tanguy"): a type only after "un", "une", "des"
_CHARACTER_TYPES = gz.word_set("tanguy")
_PLAYS = gz.word_set("fait fais faire faisait joue jouer jouait")
_TYPE_ADJECTIVES = gz.word_set("petit petite vrai vraie véritable veritable nouveau nouvelle sacré sacrée")
# "… à Florence puis à Adélaïde", "à Laval, à Margaux": one more stop of the same trip
_THEN_TO = re.compile(r"(?:\bpuis|\bet|\bou|,)[ \t]+(?:à|a)[ \t]+$", re.IGNORECASE)
_FILE_OF = re.compile(
    r"\b(?:dossiers?|demandes?|notifications?)[ \t]+(?-i:[A-Z]{2,6})[ \t]+(?:de|d['’])[ \t]*$", re.IGNORECASE
)
# "entre Florac et Mende", "entre Mende et Florac"
_BETWEEN = re.compile(r"\bentre[ \t]+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*[ \t]+et[ \t]+)?$", re.IGNORECASE)
# "partie vivre à Florence", "les CM2 partent à Florence", "un séminaire européen à Florence": a trip or a stay
# leads to a town; "j'ai parlé à Florence" is a person (kept for towns only lists know as such).
_TRIP_WORDS = (
    r"\b(?:vi(?:vre|t|vent|vait)|habit\w*|install[ée]e?s?|d[ée]m[ée]nag\w*|pars|part(?:ir|s|t|ent|i|ie|is|ies|ait|aient)|"
    r"all(?:er|[ée]e?s?|ait|aient)|va|vont|ira|iront|retour|s[ée]jour\w*|voyage\w*|vacances|congés|conges|"
    r"s[ée]minaire|congr[èe]s|colloque|conf[ée]rence|[ée]tudi\w*|stage|erasmus|exil[ée]e?s?|d[ée]placements?|"
    r"sorties?|excursions?|escales?|p[èe]lerinages?|week-ends?)"
)
_TRIP_TO = re.compile(rf"{_TRIP_WORDS}(?:[ \t]+[\w'’-]+){{0,2}}[ \t]+à[ \t]+$", re.IGNORECASE)
# "de Lens à Hénin-Beaumont en passant par Liévin", "le train via Florence": a town on the way
_PASSING_THROUGH = re.compile(r"(?:\ben[ \t]+passant[ \t]+par|\bvia)[ \t]+$", re.IGNORECASE)
# "au congrès de Florence", "le traité de Nice": an event named after its town
_EVENT_HELD_IN = re.compile(
    r"\b(?:congr[èe]s|colloque|s[ée]minaire|sommet|assises|festival|carnaval|trait[ée]|accords?|conventions?)"
    r"[ \t]+(?:de|d['’])[ \t]*$",
    re.IGNORECASE,
)
_TRIP_BEFORE = re.compile(rf"{_TRIP_WORDS}\b[^.;!?\n]*$", re.IGNORECASE)
# A country right after a word: "Adelaide, en Australie", "Florence (Italie)".
_COUNTRY_AFTER = re.compile(
    r"(?:,\s*(?:en|au|aux)\s+|\s*\(\s*)(?P<country>[A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+)?)"
)
_REFERENCE_INITIALS = re.compile(
    r"\b(?i:[NV]/[ \t]?r[ée]f|(?:nos|vos|notre|votre)[ \t]+r[ée]f(?:[ée]rence)?s?)\.?[ \t]*:?[ \t]*"
    r"(?P<first>[A-Z]{2,3})[ \t]*/[ \t]*(?P<second>[A-Z]{2,3})\b"
)
_INITIALS_WITH_ME = re.compile(
    r"(?<!\w)(?P<list>[A-Z]{2,3}(?:[ \t]*,[ \t]*[A-Z]{2,3})*)[ \t]*,?[ \t]+(?i:ou|et)[ \t]+(?i:moi|toi)\b"
)
_THANKS_TO = re.compile(r"\bgr[âa]ce[ \t]+[àa][ \t]*$", re.IGNORECASE)
_STRONG_PLACE_CONTEXT = re.compile(
    # "les familles de Régina" (a commune of Guyane): people of a place, where one family is someone's
    # ("car au départ d'Albert à 8h": where a trip starts)
    rf"(?:\b(?:{_PLACE_WORDS}|au départ|collègues|collegues|équipes?|equipes?|familles|habitants|habitantes|riverains|"
    r"villages|écoles|ecoles|routes|quartiers)\s*(?:de |d['’])?|\b\d{5}\s+)$",
    re.IGNORECASE,
)
# Names of schools, hospitals, streets and laws are institutions: "collège Jean Moulin", "loi Taquet"
# (on the same line: a word ending a line names no one on the next).
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:plus|moins)[ \t]*$", re.IGNORECASE)
_NAMED_PLACE = re.compile(
    # ("l'école élémentaire Paul Langevin", "l'école maternelle Jules Ferry")
    r"\b(?:amphi|amphithéâtre|amphitheatre|collège|college|lycée|lycee|(?:école|ecole)(?:\s+(?:élémentaire|elementaire|maternelle|primaire))?|"
    r"groupe scolaire|hôpital|hopital|clinique|centre|"
    r"arr[êe]t(?:[ \t]+(?:de[ \t]+)?(?:bus|tram|m[ée]tro))?|station|"  # a stop: "à l'arrêt Victor Basch"
    r"centre hospitalier(?: universitaire| régional)?|centre p[ée]nitentiaire|maison d['’]arr[êe]t|"
    r"centre social|centre maternel|centre parental|crèches?|creches?|ehpad|foyer|maison|salle|gymnase|stade|médiathèque|"
    r"mediatheque|bibliothèque|chu|ch|ime|itep|mecs|chrs|esat|sessad|camsp|cmpp|"
    r"résidence|residence|cité|cite|quartier|place|"
    r"rue|avenue|boulevard|bd|bld|bvd|av|allée|allee|impasse|chemin|quai|square|pont|parc|jardin|gare|station|musée|musee|"
    # "le FJT Clément-Ader", "le club Léo-Lagrange", "l'unité Matisse", "lhopital edouard herriot"
    r"fjt|club|unité|unite|pavillon|lh[ôo]pital|site|"
    r"(?:lac|rivière|riviere|fleuve|baie|anse|vallée|vallee|plage|col|pic|puy|mont|massif)\s+(?:de\s+la|de|du|des|d['’])|"
    r"complexe\s+sportif|piscine|"  # "au complexe sportif Jesse Owens"
    r"universit[ée]|università|"
    r"cours|route|esplanade|promenade|mission|commission|"  # "le cours Julien", "la mission Laforcade"
    r"métro|metro|loi|lois|rapport|accords?|pacte|plan|méthode|methode|pédagogie|pedagogie|fondation|association|"
    r"institut|prix|abbé|saint|sainte|syndrome|maladie de|maladie d['’]|théorie de|théories de|amendement|"
    r"(?:syndrome|test|échelle|echelle|méthode|methode|loi|principe|complexe|effet|modèle|modele|lésion|lesion|fracture|"
    r"score|grille|courbe|signe|enc[ée]phalopathie|s[ée]quence|r[ée]flexe|man[œo]e?uvre|[ée]preuve|classification|"
    r"crit[èe]res|scl[ée]rose|chor[ée]e|sarcome|lymphome|tumeur)\s+(?:de|d['’])|"
    r"(?:[ée]pilepsie|maladie|syndrome)\s+(?:de\s+)?type|"  # "une épilepsie type Lennox-Gastaut"
    r"pyramide de|lycée professionnel|établissement|etablissement|service|dispositif|"
    r"cyclones?|temp[êe]tes?|ouragans?|op[ée]ration|course|"  # (the race too: "course Odyssea")
    r"(?:quartier|cité|cite|résidence|residence|lotissement|zone|hameau|lieu-dit|bâtiment|batiment|immeuble|"
    r"tour|domaine|villa|ehpad|foyer|clos|parc|gare)s?\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’]|les|le|la|l['’]))[ \t]*"
    # "l'IME Les Iris", "le foyer Les Glycines": the place's name opens with its article
    r"(?:(?-i:Les|La|Le|L['’])[ \t]*)?$",
    re.IGNORECASE,
)
_TITLE_RIGHT_BEFORE = re.compile(rf"\b(?:{_CIVILITY}|dr)\.?[ \t]+$", re.IGNORECASE)
# "mesures Laforcade", "la réforme Taquet": what a public figure's name stands for
_FIGURE_S_MEASURE_BEFORE = re.compile(
    r"\b(?:mesures?|r[ée]formes?|revalorisations?|primes?|d[ée]crets?|circulaires?)[ \t]+$", re.IGNORECASE
)
_BARE_AGE = re.compile(r"\d{1,2}[ \t]*ans\b")
_AGE_AFTER = re.compile(r"\s+(?:a|aura|avait)\s+\d{1,2}\s+ans\b", re.IGNORECASE)
_ROOM_IN_BRACKETS_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?:chambre|ch\.?|chb|lit)[ \t]*(?:n[°º][ \t]*)?\d", re.IGNORECASE
)
# The parts of an establishment and its groups are named after stones, colours, flowers: "l'aile Azur",
# "le groupe Émeraude", "les groupes Topaze et Opale" (a word-like first name there names the unit).
_UNIT_NAMED = re.compile(
    r"\b(?:ailes?|unités?|unites?|pavillons?|groupes?|modules?|villas?|maisonnées?|maisonnees?|ateliers?|"
    r"local|locaux|espaces?|b[âa]timents?|secteurs?|salles?|sections?)[ \t]+"
    r"(?:(?-i:[A-ZÀ-Ý])[\w-]+(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+))*$",
    re.IGNORECASE,
)
_HOME_OF = re.compile(r"\b(?:foyer|ehpad)\s+(?:de|d['’])\s*$", re.IGNORECASE)
# "née à Tunis", "arrivé de Kaboul", "originaire de Conakry": a town abroad, not a person.
# A birth sign right after a name: "Victoire, née le…", "Sofia (DDN …)", "Mackenson (° 2008)".
# Where a form's value ends: "Nom : Moreau Jessica, née le…", "…Jessica (AS)", at the line's end.
_FIELD_VALUE_END = re.compile(r"[ \t]*(?:[,;(\n]|$)")
_BIRTH_AFTER = re.compile(r"\s*[,(]?\s*(?:n[ée]e?\b|ddn\b|dn\b|°|date de naissance)", re.IGNORECASE)
_ORIGIN = re.compile(
    r"\b(?:n[ée]e?s?|arriv[ée]e?s?|originaires?|venue?s?|rentr[ée]e?s?|retourn[ée]e?s?|parti(?:e|s|es)?|"
    r"réfugi[ée]e?s?|exil[ée]e?s?|vit|vivait|vivent|habit\w*|passée?s?|transit[ée]?)\b"
    r"(?:[^.;!?\n]|\.(?=\d)){0,30}\b(?:à|a|de|d['’]|depuis|par|en)\s*$",  # "né le 02.02.2010 à"
    re.IGNORECASE,
)
MAX_NAME_WORDS = 5
_NICKNAME_LENGTH = 5
_AT_HOME_OF = re.compile(r"\b(?i:chez)[ \t]+(?:(?i:la|le)[ \t]+)?(?-i:[A-ZÀ-Ý])")
# A chat copied from Teams or a phone: the name, the time, then the message ("fafa 10:44\n", "bene 18:03 : rentrée")
_TEAMS_SPEAKER = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+(?-i:[A-Z])\.)?)[ \t]+\d{1,2}[:h]\d{2}[ \t]*(?::[ \t]|\n)"
)
# "chez la Marthe", "tout le monde l'appelle la Nénette": a first name with its article, as the countryside says it
_AT_SOMEONE_S = re.compile(
    r"\b(?i:chez|appel(?:le|lent|ait|aient))[ \t]+(?:[«\"“][ \t]*)?(?i:la|le)[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[a-zà-ÿ]+)\b"
)
# A bracket set apart after a name is skipped up to this many words: "Jade (J. dans les écrits) a…"
_BRACKET_REACH = 12
_PLACE_FIELD = re.compile(
    r"\b(?:commune|lieu|ville|pays|nationalit[ée]|d[ée]partement|r[ée]gion)\b[^:\n]{0,25}:\s*$", re.IGNORECASE
)
# What ends a form's label: "PRENOM :", "NE(E) LE :", "Prénom(s) :" (not "Mme Diallo : elle a dit").
_FIELD_WORDS = gz.word_set(
    """
    nom noms prenom prenoms ne nee nes nees ddn dn adresse domicile tel telephone portable mail courriel ref
    referent referente lieu date naissance nir sexe age enfant mere pere motif decision situation
    """
)
_FIELD_LABEL_END = re.compile(
    r"(?:\([a-zA-Z]{1,2}\))?(?:\s+(?i:le|de|du|d'usage|de naissance|de jeune fille))?[ \t]*:(?!\d)"
)


# Endings of French nouns and adjectives: a lower-case word with one is a word the lexicon lacks
# ("neuropédiatrie", "pédopsychiatrique"), not a name.
_FRENCH_SUFFIX = re.compile(
    r"(?:tion|sion|ment|ique|isme|iste|logie|iatrie|graphie|th[ée]rapie|it[ée]|eur|euse|oire|ance|ence|ible|able)$"
)


# Before a list of places, a list of people: "À Lyon, Karine et Paul", "avec Rome, Léa et Paul".
_PREPOSITIONS = gz.word_set(
    "à a de d' du des en sur pour avec chez vers dans par sans entre après avant depuis"
)
# Small words of a heading in capitals: "ANGE OU DÉMON ?" (not "EST", "AVEC": "MARINE EST EN ARRÊT", "KARINE
# AVEC SON FILS" are people; "ET", "DE", "LE" join names: "MARIE ET PAUL", "ANGE LE GOFF").
_HEADING_WORDS = gz.word_set("ou ni")
# Before an acronym, not a name: "des NAO", "certains IRIS".
_PLURAL_DETERMINERS = gz.word_set("des les aux ces certains certaines plusieurs quelques nos vos leurs")


class _lazy:  # noqa: N801 (used as a decorator, like functools.cached_property)
    """functools.cached_property without its lock: Python 3.11 takes a lock on every first read,
    a third of the rules' time on the words of a text (3.12 dropped the lock)."""

    def __init__(self, function: Callable):
        self.function = function
        self.name = function.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


def _is_family_name_alone(word: str) -> bool:
    """A family name the lists know that is no French word, no place and no acronym: "camara", "Nguyen"
    (not "(kabyle)", "(tisf)", "(Lyon)", "(ASE)", "(at)")."""
    return (
        bool(gz.surname_tier(word))
        and (len(word) > 2 or word[0].isupper())
        and not word.isupper()
        and not gz.is_french_word(word)
        and not gz.is_place(word)
        and word.lower() not in gz.FUNCTION_WORDS
    )


def _joins_name(gap: str) -> bool:
    """Whether what stands between two words lets them be one name: blanks on one line, a hyphen.
    A line break, a tab or three blanks separate a form's or a table's fields, never the parts of a name."""
    return gap.strip() in {"", "-"} and "\n" not in gap and "\t" not in gap and "   " not in gap


def names_the_place(text: str, start: int, end: int) -> bool:
    """A name said again as the place or the body it also is: "Sa fille Lorraine vit en Lorraine", "La maman,
    Kenya, n'est jamais allée au Kenya", "Prénom : Nancy … Lieu de naissance : Nancy (54)", "M. France radié de
    France Travail"."""
    if _INSTITUTION_PHRASE.match(text, start) or _LAW_BEFORE.search(text, max(0, start - 24), start):
        return True  # ("la loi Evin": a law named after a public figure, whoever else bears the name)
    name = text[start:end]
    if text[max(0, start - 3) : start].lower() in {"au ", "du "} and gz.is_place(f"Le {name}"):
        return True  # "VAD ce matin au Robert chez Mme Robert": Le Robert, a commune
    if not (gz.is_place(name) or gz.is_world_town(name)):
        return False
    if (
        _IN_BEFORE.search(text, max(0, start - 4), start)
        or _BIRTHPLACE_BEFORE.search(text, max(0, start - 64), start)
        or _PLACE_BEFORE.search(text, max(0, start - 32), start)
        or (gz.is_region(name) and _REGION_ARTICLE_BEFORE.search(text, max(0, start - 6), start))
    ):
        return True
    if not (code := _DEPARTEMENT_AFTER.match(text, end)):
        return False
    # "(54)"; "(97411)", a commune's code, its département's figures first
    departement = code[1][:3] if code[1].startswith("97") and len(code[1]) == 5 else code[1][:2]
    return bool(communes.lookup(name, departement))


_LAW_BEFORE = re.compile(
    r"\b(?:lois?|amendement|circulaire|d[ée]cret|r[ée]forme|directives|jurisprudence)[ \t]+(?:dite?[ \t]+)?$",
    re.IGNORECASE,
)
# What says a place without doubt (where "à Nancy" may be said to her): "65100 Lourdes", "vient de Dijon", "monté à
# Paris", "au CHRU de Nancy", "la maison d'arrêt de Dijon"
_PLACE_BEFORE = re.compile(
    r"(?:\b\d{5}|\b(?:vien[st]|viennent|venue?s?|originaire|arriv[ée]e?s?|revenue?s?|mont[ée]e?s?|habite|habitent|vit|vivent"
    r"|parti[es]?|partent|partir|aller|all[ée]e?s?|va|vont|rentr[ée]e?s?|d[ée]m[ée]nag[ée]e?s?|install[ée]e?s?|pr[èe]s"
    r"|enterr[ée]e?s?|v[ée]cu|vivre|pr[ée]vue?s?"
    r"|CHRU?|CHU|TJ|TGI|tribunal|cour[ \t]+d['’]appel|maison[ \t]+d['’]arr[êe]t|universit[ée]|ville|commune|gare"
    r"|pr[ée]fecture|mairie|sanctuaires?)[ \t]+(?:à|a|au|de|d['’]|du|en|pour)?|"
    + _TRIP_WORDS
    + r"[ \t]+(?:à|a))[ \t]*$",
    re.IGNORECASE,
)
_REGION_ARTICLE_BEFORE = re.compile(r"\b(?:la|en|de[ \t]+la|dans[ \t]+l[ea])[ \t]+$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"(?<!\w)(?:en|au|aux)[ \t]+$", re.IGNORECASE)  # no one is "en" or "au" someone
_BIRTHPLACE_BEFORE = re.compile(
    # ("née Marie-Luce Lafortune le 1er mai 1941 à Sainte-Rose": her birth name, the day, then the place)
    r"(?:\bn[ée]e?s?[ \t]+(?:(?-i:[A-ZÀ-Ý])[\w'’-]+[ \t]+){0,3}(?:le[ \t]+(?:[\d/.]{6,10}|1er|\d{1,2})(?:[ \t]+\w+[ \t]+\d{4})?[ \t]+)?à"
    r"|\blieu[ \t]+de[ \t]+naissance[ \t]*:?)[ \t]*$",
    re.IGNORECASE,
)
_DEPARTEMENT_AFTER = re.compile(r"[ \t]*\((\d[\dAB](?:\d{3})?)\)")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    sentence_start: bool
    # Never part of a name: glued to letters or digits ("j1EO": a code), the word of a placeholder
    # ("[personne]": masked already), or of a famous name kept on purpose ("Jean Jaurès").
    inert: bool = False

    @_lazy
    def lower(self) -> str:
        return self.text.lower()

    @_lazy
    def folded(self) -> str:
        return gz.fold(self.text)

    @property
    def is_alpha(self) -> bool:
        return self.text[0].isalpha() and not self.inert

    @_lazy
    def has_name_shape(self) -> bool:
        """Written as names are: "Léa", "LÉA", "léa", "Jean-Pierre", "N'Diaye", "McKenzie"; not
        "UÉESœQè" or "èUJ", which garbage input is made of (and which a second reading of a masked
        text, with its neighbours turned into placeholders, could take for names)."""
        parts = [part for part in _NAME_PARTS.split(self.text) if part]
        if not all(_part_has_name_shape(part) for part in parts):
            return False
        if len(parts) > 1:
            if all(len(part) <= 2 for part in parts):
                # "F-RÀ"; but "Ti-Jo": "ti", little, makes nicknames in the Antilles and La Réunion
                return parts[0] == "Ti" and parts[1][0].isupper() and parts[1][1:].islower()
            # "JEAN-PIERRE", "jean-pierre", "Jean-Pierre", "Abd-el-Kader"; not "NÉ-qè"
            if parts[0].isupper() and len(parts[0]) > 1:
                return all(part.isupper() for part in parts)
            if parts[0].islower():
                # "jean-claude", and "jean-Claude", "lou-Anne" typed sloppily
                return all(part.islower() or (part[0].isupper() and part[1:].islower()) for part in parts)
        return True

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and len(self.text) >= 2

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_lower(self) -> bool:
        return self.text[0].islower()

    @_lazy
    def first_name_tier(self) -> int | None:
        if self.lower.startswith(("saint-", "sainte-", "st-", "ste-")) or self.lower in {
            "saint",
            "sainte",
            "st",
            "ste",
        }:
            return None  # "Saint-Louis", "Sainte-Marie", "saint andré": towns and saints
        if tier := gz.first_name_tier(self.text):
            return tier
        if not _NAME_PARTS.search(self.text):
            return None  # one part, which the lists do not know
        parts = [part for part in _NAME_PARTS.split(self.text) if part]
        if any(part.lower() in gz.FUNCTION_WORDS for part in parts):
            return None  # "Fort-de-France": a place's name, not first names joined
        if len(parts) > 1:  # "Marie-Kélia": a hyphenated first name made of known ones
            tiers = [gz.first_name_tier(part) for part in parts]
            if all(tiers):
                return max(tiers)
        return None

    @_lazy
    def is_written_by_ear(self) -> bool:
        """gz.is_word_written_by_ear() in lower case, or glued to its elided article or pronoun ("lassistante",
        "jattendai"); never a first name or a family name."""
        if not self.is_lower or self.folded in gz.NICKNAMES:
            return False  # (capitalised, "Nevada, l'aînée" or "Raph:" is a name, even opening a sentence)
        lower = self.lower
        if gz.is_word_written_by_ear(lower):
            return True
        return (
            len(lower) > _MIN_GLUED_LENGTH
            and lower[0] in _GLUED_BY_EAR
            and lower[1] in _ELISION_VOWELS
            and not gz.first_name_tier(lower)
            and (gz.surname_tier(lower) or gz.VERY_RARE) == gz.VERY_RARE
            and not (gz.first_name_tier(lower[1:]) or gz.surname_tier(lower[1:]))  # "jmartin", a login
            and (gz.is_french_word(lower[1:]) or gz.is_word_written_by_ear(lower[1:]))
        )

    @_lazy
    def surname_tier(self) -> int | None:
        return gz.surname_tier(self.text)

    @_lazy
    def is_word(self) -> bool:
        """An ordinary French word: in the lexicon, and not a given name first of all."""
        lower = self.lower
        if gz.is_common_word_name(lower) or lower in gz.FUNCTION_WORDS or lower in gz.CALENDAR:
            return True
        if (
            "-" in lower
            and self.is_lower
            and all(gz.is_french_word(part) for part in lower.split("-") if part)
            and not (_is_compound_first_name(lower) and all(len(part) > 2 for part in lower.split("-")))
        ):
            return True  # "lui-même", "peut-être"; "Mercier-Barbier" is a family name, "ange-mathieu" a first name
        if self.is_lower and len(lower) > 4 and lower[0] in _ELIDED and gz.is_verb_form(lower[1:]):
            return True  # "tenvoie", "jappelle", "menvoie": a pronoun glued to its verb, typed fast
        if self.is_written_by_ear:
            return True  # "jé bezoin de mé papié", "lassistante", "Maintenan", "absant": a family's letter
        if not gz.is_french_word(self.text) or self.folded in gz.NICKNAMES:
            return False  # "ete", "greve" typed without accents are words too; "mimi" is a colleague
        tier = self.first_name_tier
        return tier is None or tier > gz.UNCOMMON or (tier > gz.COMMON and gz.is_verb_form(lower))

    @_lazy
    def is_ambiguous(self) -> bool:
        """A first name that is also a word: "Claire", "Rose", and the adjectives and participles
        "Aimé", "Désiré", "Fortuné" (a name only where the context says a person is meant)."""
        lower = self.lower
        if self.is_word or gz.is_common_word_name(lower):
            return True
        return lower.endswith(("é", "ée", "és", "ées")) and gz.is_common_word(lower)

    @_lazy
    def is_verb(self) -> bool:
        if self.lower.endswith("ez") and self.surname_tier:
            return False  # "martinez", "lopez": family names before forms of "martiner", "loper"
        return gz.is_verb_form(self.text)

    @_lazy
    def is_famous_surname(self) -> bool:
        """A famous name that families bear too ("Zola", "Lacan"), not a brand ("Excel")."""
        return self.lower in gz.FAMOUS_WORDS and bool(self.surname_tier)

    @_lazy
    def is_institution(self) -> bool:
        return (
            gz.is_institution(self.text)
            or self.text in gz.PLACES
            or self.lower in gz.CALENDAR
            or self.lower.rstrip(".") in TITLES
            or self.lower in gz.JOB_TITLES
        )


_NAME_PARTS = re.compile(r"[-'’]")
_CAMEL_PREFIXES = ("Mc", "Mac", "Di", "De", "Da", "Du", "Le", "La", "Van", "Von", "Fitz")


def _part_has_name_shape(part: str) -> bool:
    if len(part) == 1:
        return part.isupper()  # "J-P"; not "p-Dma"
    if len(set(part.lower())) == 1:
        return False  # "NIR au format 1 AA MM DD CCC OOO KK": a form's mask, one letter repeated
    if part.islower() or part.isupper() or (part[0].isupper() and (len(part) == 1 or part[1:].islower())):
        return True
    # "McKenzie", "DiCaprio", "LeBlanc"
    return any(
        part.startswith(prefix) and _part_has_name_shape(part[len(prefix) :]) and part[len(prefix)].isupper()
        for prefix in _CAMEL_PREFIXES
        if len(part) > len(prefix)
    )


_MIN_GLUED_LENGTH = 6  # (not "mimine", a nickname, for "m'imine")
_ELISION_VOWELS = frozenset("aeiouyhéèêâîô")
_GLUED_BY_EAR = frozenset("jtmsnld")  # "lassistante", "jattendai", "dexplication"
_ELIDED_WORDS = frozenset({"aujourd", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu", "presqu"})


def tokenize(text: str) -> list[Word]:
    placeholders = [match.span() for match in PLACEHOLDER.finditer(text)] if "[" in text else []
    kept = placeholders + list(_famous_spans(text))
    if "«" in text:
        kept += _works(text)
    words: list[Word] = []
    boundary = True
    for match in _TOKEN.finditer(text):
        start, token = match.start(), match.group()
        gap = text[words[-1].end : start] if words else ""
        if "\n" in gap:
            boundary = True
        if (elision := _ELISION.fullmatch(token)) and not _is_name_elision(elision):
            split = start + len(elision["prefix"]) + 1
            words.append(Word(start, split, text[start:split], boundary))
            start, token, boundary = split, elision["rest"], False
        end = start + len(token)
        if (
            len(token) > 2
            and token[-1] in "'’"
            and not text[end : end + 1].isalnum()
            and token[:-1].lower() not in _ELIDED_WORDS
        ):
            # "'reste encore un peu ma Sandrine'", "'situation stable'": a closing quote, not an elision
            token, end = token[:-1], end - 1
        glued = (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
        # "[n° de dossier]èDa", "[n° de dossier]’Kzœ": what touches a placeholder touched the detail
        # it replaced ("0456èDa", "12Y’Kzœ"), so a second reading of the masked text sees it as the
        # first did
        glued = glued or (start >= 2 and text[start - 1] in "'’" and text[start - 2] == "]")
        glued = glued or (start and text[start - 1] == "]") or (end < len(text) and text[end] == "[")
        inert = glued or (kept and any(left <= start < right for left, right in kept))
        words.append(Word(start, end, token, boundary, bool(inert)))
        # A placeholder's brackets end no sentence: the detail it hides did not.
        boundary = token in _SENTENCE_END and not (
            placeholders and any(left <= start < right for left, right in placeholders)
        )
    return words


def _is_name_elision(elision: re.Match) -> bool:
    """N'Diaye, D'Souza, O'Neil, M'Bemba: an upper-case letter, an apostrophe, a capitalised name; typed in
    lower case ("n'diaye"), a known family name whose rest is no French word ("n'importe")."""
    if elision["prefix"] in {"N", "D", "O", "M"} and elision["rest"][:1].isupper():
        return True
    return (
        elision["prefix"] in {"n", "d"}
        and elision["rest"].islower()
        and gz.surname_tier(elision.group()) is not None
        and not gz.is_french_word(elision["rest"])
        and not gz.is_verb_form(elision["rest"])
    )


_QUOTE_MARKS = (("«", "»"), ("“", "”"), ('"', '"'))


def _quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the quotation holding text[start:end] opens and closes on its line, whatever its marks."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for opening_mark, closing_mark in _QUOTE_MARKS:
        before = text[line_start:start]
        if opening_mark == closing_mark:
            if before.count(opening_mark) % 2 == 0:
                continue
            opening = line_start + before.rindex(opening_mark)
        else:
            opening = text.rfind(opening_mark, line_start, start)
            if opening < 0 or closing_mark in text[opening:start]:
                continue
        closing = text.find(closing_mark, end, line_end)
        if closing >= 0:
            return opening, closing
    return None


# "le papa Mbappé", "sa fille Cosette": a parent or a child, then the name right after (not "son père (Parkinson)",
# "mari Parkinson": a disease)
_PARENT_JUST_BEFORE = re.compile(
    r"\b(?:l[ea]|les|sa|son|ses|leur|leurs)[ \t]+(?:papa|maman|fils|fille|famille|fratrie|fr[èe]re|s(?:œ|oe)ur)[ \t]+$",
    re.IGNORECASE,
)
# "le rapport Nicol de 2015", "le rapport Dupont (2019)"
_YEAR_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*|de[ \t]+|du[ \t]+)?(?:19|20)\d\d\b")


class Finder:
    """The person spans of one text: from_rules(), from_entities(), then propagate() over both."""

    def __init__(self, text: str):
        self.text = text
        self.words = tokenize(text)
        self.starts = [word.start for word in self.words]

    # -- rules over the words --------------------------------------------------------------------

    def from_rules(self) -> Iterator[Span]:
        words = self.words
        index = 0
        while index < len(words):
            found = (
                self._after_title(index)
                or self._chat_speaker(index)
                or self._line_speaker(index)
                or self._self_introduction(index)
                or self._initial(index)
                or self._hyphenated_initials(index)
                or self._lower_family(index)
                or self._after_announcer(index)
                or self._from_first_name(index)
                or self._before_kin_in_brackets(index)
                or self._compound_first_name_letters(index)
                or self._lone_surname(index)
            )
            if found:
                first, last, source = found
                yield Span(words[first].start, words[last].end, Label.PERSON, source)
                index = max(index, last) + 1
            else:
                index += 1
        for match in _TEAMS_SPEAKER.finditer(self.text):
            if _may_speak(match["name"].split()[0]):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:chat-speaker-time")
        for match in _AT_SOMEONE_S.finditer(self.text):
            name = match["name"]
            # (called so, even a word: "l'appelle la Nénette"; not "chez le Boucher")
            called = match.group()[:4].lower() != "chez"
            # (or a name no list has, that no dictionary has either, where one is called so: "l'appelait « la
            # Bronia »"; not "j'appelle le Samu")
            named = self.text[max(0, match.start() - 2) : match.start()] in {"l'", "l’"}
            unknown = (
                called
                and named
                and not (
                    gz.is_french_word(name.lower())
                    or gz.is_common_word(name.lower())
                    or gz.is_institution(name)
                )
            )
            # (a word in quotes is a thing's nickname: il l'appelle « la Princesse », his car)
            quoted = _QUOTE.search(match.group()) is not None
            if (
                (gz.first_name_tier(name) or unknown)
                and ((called and not quoted) or not gz.is_common_word(name.lower()))
                and not gz.is_place(name)
            ):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:at-someone-s")
        # (the patterns of a capital and its dot are tried only where the text has one: each scans the whole text,
        # two of them for every family word)
        capital_initials = _CAPITAL_THEN_DOT.search(self.text) is not None
        for pattern, source, needs_capital in (
            (_INITIAL_AFTER_KIN, "rule:initial", True),
            (_INITIAL_APPOSED_TO_KIN, "rule:initial", True),
            (_LOWER_INITIAL_LED, "rule:initial", False),
            (_ADDRESSED_INITIAL, "rule:addressed-initial", True),
        ):
            if needs_capital and not capital_initials:
                continue
            for match in pattern.finditer(self.text):
                yield Span(match.start("initial"), match.end("initial"), Label.PERSON, source)
        for match in _SIGNED_INITIALS.finditer(self.text):
            letters = match["initials"]
            lower = letters.lower()
            if not (
                letters in _SIGN_NO_ONE
                or gz.is_institution(letters)
                or lower in gz.FUNCTION_WORDS
                or gz.is_common_word(lower)
            ):
                yield Span(
                    match.start("initials"), match.end("initials"), Label.PERSON, "rule:signed-initials"
                )
        for match in _SURNAME_COMMA_FIRST_NAME.finditer(self.text):
            surname, first = match["surname"], match["first"]
            parts = surname.split()
            if (
                # one family name, not a list of people ("Présents : Sandrine, Momo (éduc)", "Rose Thiam, Pascal")
                (len(parts) == 1 or parts[0].lower() in PARTICLES)
                # (a family name, more than a first name: "Benali", not "Sandrine")
                and (gz.first_name_tier(parts[-1]) or gz.VERY_RARE + 1)
                > (gz.surname_tier(parts[-1]) or gz.VERY_RARE)
                and gz.first_name_tier(first)
                and (gz.surname_tier(parts[-1]) or not gz.is_common_word(surname))
                # ("Lille, France": a place, unless the contact's address follows)
                and (not gz.is_place(surname) or _ADDRESS_BRACKET_AFTER.match(self.text, match.end()))
                and surname.lower() not in gz.FUNCTION_WORDS
            ):
                yield Span(
                    match.start("name"), match.end("name"), Label.PERSON, "rule:surname-comma-first-name"
                )
        for match in _NAME_BEFORE_BIRTH.finditer(self.text):
            # ("Madame (née le 3.II.1968)": a title, the person unnamed)
            if match["name"].lower() not in gz.FUNCTION_WORDS | TITLES | gz.KIN_WORDS:
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:name-before-birth")
        for match in _LOWER_MAIDEN_NAME.finditer(self.text):
            name = match["name"]
            # "madame schmitt née weber": typed in lower case, a family name the lists know (a frequent one if it is
            # a word too), no place
            tier = gz.surname_tier(name)
            if (
                tier
                and (tier == gz.COMMON or not gz.is_common_word(name))
                and name not in gz.FUNCTION_WORDS
                and not gz.is_place(name.title())
            ):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:maiden-name")
        for match in _MAIDEN_NAME.finditer(self.text):
            words = match["name"].split()
            while words and (words[-1].lower() in gz.FUNCTION_WORDS or words[-1].lower() in gz.CALENDAR):
                words.pop()
            # "née Le Goff": a capitalised particle starts a name; "née À Lyon" is a place
            particle = len(words) > 1 and words[0].lower() in PARTICLES
            end = match.start("name") + len(" ".join(words))
            if (
                words
                and (particle or words[0].lower() not in gz.FUNCTION_WORDS)
                and not (match["particle"] and gz.is_place(words[0]))
                and (
                    not (gz.is_place(" ".join(words)) or gz.is_place(words[0]))
                    # "née Cazals le 9 octobre 1936": a family name that is also a town, then the date
                    or _BIRTH_DATE_NEXT.match(self.text, end) is not None
                    # "née RIVIÈRE": a family name in capitals (a town of birth comes after "à")
                    or all(word.isupper() and len(word) > 2 for word in words)
                    # "Madame veuve Lecœur, née Hamelin, demeure…": set apart by commas after her name
                    or (
                        self.text[: match.start()].rstrip(" \t").endswith(",")
                        and self.text[end : end + 1] == ","
                    )
                )
            ):
                # "née de Kersauson": the particle with the name (not "née d'Alger", a place)
                start = match.start("particle") if match["particle"] else match.start("name")
                yield Span(start, end, Label.PERSON, "rule:maiden-name")
        for match in _CASE_THEN_CAPITALS.finditer(self.text):
            name = match["name"]
            unknown_acronym = len(name) < 4 and not gz.surname_tier(name)  # "situation IOE"
            # "Situation RIVIÈRE :", "dossier FONTAINE,": a frequent family name that is also a word, the case's
            # word not in capitals (not a heading: "SITUATION FAMILIALE", "DOSSIER PETIT ENFANCE")
            family = (
                gz.surname_tier(name) == gz.COMMON
                and not match.group().split()[0].isupper()
                and _PUNCTUATION_NEXT.match(self.text, match.end()) is not None
            )
            if not (
                unknown_acronym
                or gz.is_institution(name)
                or (gz.is_common_word(name.lower()) and not family)
                # "RIVIÈRE", "FONTAINE" are words, places and families
                or (gz.is_place(name.title()) and not (family and gz.is_common_word(name.lower())))
            ):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:case-then-capitals")
        for match in _MARRIED_NAME.finditer(self.text):
            # after a name, not "Son épouse", "La veuve Clicquot"
            if not {match["before"].lower(), match["name"].lower()} & gz.FUNCTION_WORDS:
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:married-name")
        for match in _REFERENCE_INITIALS.finditer(self.text):
            # "N/Réf. : NR/FL": the initials of the writer and of the one who typed the letter
            for group in ("first", "second"):
                if not gz.is_institution(match[group]):
                    yield Span(match.start(group), match.end(group), Label.PERSON, "rule:reference-initials")
        for match in _INITIALS_WITH_ME.finditer(self.text):
            # "AK, FD ou moi ?": colleagues by their initials, counted with the writer
            for initials in re.finditer(r"[A-Z]{2,3}", match["list"]):
                if not gz.is_institution(initials.group()):
                    start = match.start("list") + initials.start()
                    yield Span(start, start + len(initials.group()), Label.PERSON, "rule:initials-with-me")
        for match in _COMMA_NICKNAME.finditer(self.text):
            if match["name"].lower() not in gz.FUNCTION_WORDS:
                yield Span(match.start("nick"), match.end("nick"), Label.PERSON, "rule:nickname")
        for match in _PARTIES.finditer(self.text):
            for party in ("first", "second"):
                name = match[party]
                if not (
                    # (a party is seldom a town: "ROCHE c/ ROCHE" are two people, though Roche is a commune)
                    gz.is_institution(name) or gz.is_region(name.title()) or name.lower() in gz.FUNCTION_WORDS
                ):
                    yield Span(match.start(party), match.end(party), Label.PERSON, "rule:parties")
        for match in _BIRTH_NAME_IN_BRACKETS.finditer(self.text):
            # after a name, not "Sourd (sourd de naissance)"
            if not gz.is_common_word(match["before"].lower()):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:birth-name")
        for match in _CASE_THEN_NAME.finditer(self.text):
            name = match["name"]
            # a family name that is also a word or a town, where the lists know it as a family name
            if gz.surname_tier(name) and not (gz.is_institution(name) or name.lower() in gz.CALENDAR):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:case-then-name")
        for match in _HOUSEHOLD.finditer(self.text):
            if self._names_household(match):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:household")
        for match in _LOWER_HOUSEHOLD.finditer(self.text):
            name = match["name"]
            # a word after "les" takes its plural ("les jumeaux ont"); a family's name stays singular, or ends so in
            # no dictionary ("les dupuis ont")
            if (
                gz.surname_tier(name)
                and (name[-1] not in "sxz" or not (gz.is_french_word(name) or gz.is_common_word(name)))
                and name not in gz.FUNCTION_WORDS  # "tous les quatre sont venus"
                and not gz.is_place(name)
            ):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:household")
        for match in _SPELT.finditer(self.text):
            letters = "".join(c for c in re.sub(r"comme\s+\w+", "", match.group()) if c.isupper())
            if gz.is_institution(letters):
                continue  # "dossier M D P H": an acronym dictated
            if len(letters) >= 4 or (len(letters) >= 3 and "comme" in match.group()):
                yield Span(match.start(), match.end(), Label.PERSON, "rule:spelt")
        # (the initials' patterns are tried only in a text where a capital letter and a dot stand together)
        initials = capital_initials
        for match in _INITIAL_BEFORE_AGE.finditer(self.text) if initials else ():
            yield Span(match.start("initial"), match.end("initial"), Label.PERSON, "rule:initial-before-age")
        for match in _INITIAL_AFTER_PERSON.finditer(self.text) if initials else ():
            yield Span(
                match.start("initial"), match.end("initial"), Label.PERSON, "rule:initial-after-person"
            )
        yield from self._word_names_in_context()
        for match in _INITIAL_ACTS.finditer(self.text) if initials else ():
            if not _THING_BEFORE_LETTERS.search(self.text, max(0, match.start() - 30), match.start()):
                group = "initial" if match["initial"] else "companion"
                yield Span(match.start(group), match.end(group), Label.PERSON, "rule:initial-acts")
        for match in _INITIAL_BEFORE_ROLE.finditer(self.text) if initials else ():
            if not _THING_BEFORE_LETTERS.search(self.text, max(0, match.start() - 30), match.start()):
                yield Span(
                    match.start("initial"), match.end("initial"), Label.PERSON, "rule:initial-before-role"
                )
        for match in _DICTATED_NAME.finditer(self.text):
            if match["name"].lower() not in gz.FUNCTION_WORDS:
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:dictated-name")
        for match in _COMPOUND_INITIALS.finditer(self.text):
            before = self.text[max(0, match.start() - 30) : match.start()]
            if not (_ERA_BEFORE.search(before) or _THING_BEFORE_LETTERS.search(before)):
                yield Span(match.start(), self._surname_after(match.end()), Label.PERSON, "rule:initials")
        # "J-M Kowalczyk": without their dots, the initials need the family name after them
        for match in _BARE_COMPOUND_INITIALS.finditer(self.text):
            if (end := self._surname_after(match.end())) > match.end():
                yield Span(match.start(), end, Label.PERSON, "rule:initials")
        # "transmis à K. B. pendant mon absence", "la collègue M.-C. L.": initials standing for someone
        for match in _INITIALS.finditer(self.text):
            letters = match.group().replace(" ", "").replace("\u00a0", "")
            before = self.text[max(0, match.start() - 30) : match.start()]
            compact = letters == match.group()
            if (
                letters not in _NOT_INITIALS
                and not _THING_BEFORE_LETTERS.search(before)
                and not (compact and _THING_DETERMINER.search(before))
            ):
                yield Span(match.start(), match.end(), Label.PERSON, "rule:initials")

    def _in_foreign_quote(self, index: int) -> bool:
        """ "« Jërëjëf, waaye dafa metti »", "« Se Deus quiser »": a sentence of another language quoted (three
        words or more, two thirds of them no French word) names nobody; a nickname in quotes is one or two
        words ("« Ti Kev »"). Nor does a word of another language the sentence translates ("Teranga, l'hospitalité
        en wolof", "Kolay gelsin, me dit le papa : « que ton travail soit facile » en turc")."""
        return self._in_quoted_foreign_sentence(index) or self._glossed(index)

    def _glossed(self, index: int) -> bool:
        word = self.words[index]
        if word.first_name_tier or word.surname_tier or word.is_word:
            return False
        start = max(self.text.rfind(mark, 0, word.start) for mark in ".!?\n") + 1
        if len(re.findall(r"[^\W\d_]+", self.text[start : word.start])) > 2:
            return False  # the word translated opens the sentence, not "Mme Nowak (dite « Jadzia ») compte en polonais"
        ends = [position for mark in ".!?\n" if (position := self.text.find(mark, word.end)) >= 0]
        return _GLOSS.search(self.text, start, min(ends, default=len(self.text))) is not None

    def _public_report(self, index: int) -> bool:
        """ "(le rapport) Piveteau", "El Khomri": a public report's author; "(le rapport) Nicol de 2015": a public
        figure's family name, dated (data/public_figures.txt)."""
        word = self.words[index]
        following = self.words[index + 1] if index + 1 < len(self.words) else None
        if word.lower in PARTICLES | {"el"} and following is not None:
            word = following  # "El Khomri", "de Gaulle"
        if any(part in gz.PUBLIC_REPORT_AUTHORS for part in word.folded.split("-")):
            return True  # "le rapport Bianco-Lamy"
        return word.folded in gz.public_figures_family_names() and bool(
            _YEAR_AFTER.match(self.text, word.end)
        )

    def _opens_quote(self, index: int) -> bool:
        """The word is the first of a quote, capitalised as a sentence's first word is."""
        word = self.words[index]
        if (
            not self.text[max(0, word.start - 3) : word.start]
            .rstrip(" \u00a0\u202f")
            .endswith(("«", '"', "“"))
        ):
            return False  # most words open no quote: the cheap test first
        quote = _quote_around(self.text, word.start, word.end)
        return quote is not None and not self.text[quote[0] : word.start].strip(' \u00a0\u202f«"“')

    def _in_quoted_foreign_sentence(self, index: int) -> bool:
        """ "« Jërëjëf, waaye dafa metti »", "il m'a dit \"trabalhei a vida toda\"", "en créole « an pa ka kouri »"."""
        word = self.words[index]
        if (quote := _quote_around(self.text, word.start, word.end)) is None:
            return False
        opening, closing = quote
        if _GLOSS.search(self.text, max(0, opening - 25), opening):
            return True  # the language is named before the quote
        first, last = bisect.bisect_left(self.starts, opening), bisect.bisect_left(self.starts, closing)
        quoted = [w for w in self.words[first:last] if w.is_alpha]
        foreign = [
            w
            for w in quoted
            # (a word only by ear is Creole as well: "« Na poin d'lo dan la kaz »")
            if w.lower in gz.FOREIGN_WORDS
            or not ((w.is_word and not w.is_written_by_ear) or w.lower in gz.FUNCTION_WORDS)
        ]
        return len(quoted) >= 3 and 3 * len(foreign) >= 2 * len(quoted)

    def _surname_after(self, end: int) -> int:
        """Where a family name written right after initials ends ("P.-Y. Le Du"), or end if none is."""
        index = bisect.bisect_left(self.starts, end)
        if index >= len(self.words) or self.text[end : self.words[index].start] != " ":
            return end
        following = self.words[index]
        if not following.is_capitalised or (following.is_word and not following.surname_tier):
            return end
        last = self._extend_name(index, lower_ok=False, titled=True)
        return end if last is None else self.words[last].end

    def _word_names_in_context(self) -> Iterator[Span]:
        """First names that are also words, where the sentence says a person is meant."""
        for match in _AFTER_CONTACT.finditer(self.text):
            name = match["name"]
            lower = name.lower()
            # Capitalised with no determiner, even a word is a name there ("vu Bison, il dort…"): a French
            # noun would need one.
            nickname = (
                name[0].isupper()
                and name[1:].islower()
                and not (gz.is_place(name) or gz.is_institution(name))
            )
            if (
                (gz.first_name_tier(name) or nickname)
                and lower not in _NOT_CONTACTED
                and lower not in gz.FUNCTION_WORDS
                and lower not in gz.CALENDAR
                and lower not in TITLES
            ):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:contacted")
        famous = _famous_spans(self.text)
        for pattern in (_NAME_BEFORE_ROLE, _ROLE_BEFORE_NAME):
            for match in pattern.finditer(self.text):
                if (
                    gz.first_name_tier(match["name"])
                    and not gz.is_institution(match["name"])
                    # "école Jules Ferry (directrice)": the school's sender, not a person named Ferry
                    and not any(start <= match.start("name") < end for start, end in famous)
                ):
                    yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:name-and-role")
        if (signed := _SIGNED_WITH_POST.search(self.text)) and self._signs_with_post(signed):
            yield Span(signed.start("name"), signed.end("name"), Label.PERSON, "rule:signature")
        for match in _SIGNATURE.finditer(self.text):
            words = match["name"].split()
            if not any(
                word.lower() in gz.FUNCTION_WORDS
                or word.lower() in _ROLE_AFTER_WORD
                or gz.is_institution(word)
                for word in words
            ) and (gz.first_name_tier(words[0]) or gz.surname_tier(words[-1])):
                yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:signature")

    @staticmethod
    def _signs_with_post(signed: re.Match) -> bool:
        name, post = signed["name"], signed["post"]
        if name.lower() in gz.FUNCTION_WORDS or gz.is_institution(name) or name.lower() in _ROLE_AFTER_WORD:
            return False
        known_post = (
            post.lower() in _ROLE_AFTER_WORD
            or post.lower() in gz.KIN_WORDS
            or bool(_JOB_ENDING.search(post.lower()))
            or post.isupper()
        )
        initials = re.fullmatch(r"[A-Z]-[A-Z]", name) is not None  # "J-P"
        return known_post and (initials or bool(gz.first_name_tier(name)))

    def _chat_speaker(self, index: int) -> tuple[int, int, str] | None:
        """ "[07:02] Baba : j'arrive": who speaks in a copied group chat."""
        word = self.words[index]
        if (
            not word.is_alpha
            or index < 4
            or not _CHAT_TIME.search(self.text, max(0, word.start - _CHAT_TIME_REACH), word.start)
        ):
            return None
        last = index
        while last + 1 < len(self.words) and last - index < 2 and self.words[last + 1].is_alpha:
            last += 1
        if (
            len(word.text) == 1
            and last == index
            and [w.text for w in self.words[index + 1 : index + 3]] == [".", ":"]
        ):
            return index, index + 1, "rule:chat"  # "[sam. 10:12] g. : …": a colleague by her initial
        following = self.words[last + 1] if last + 1 < len(self.words) else None
        end = last
        while end > index and self.words[end].is_institution and self.words[end].is_upper:
            end -= 1  # "[14:02] Marine ASE : …": the service after the name
        if (
            following is None
            or following.text != ":"
            or any(w.is_institution for w in self.words[index : end + 1])
            # "[09:15] moi : ok", "[10:02] Nous : …"; but "[14:02] Vai : …" (a word of Portuguese) speaks
            or word.lower in gz.FRENCH_FUNCTION_WORDS
            or word.lower in gz.KIN_WORDS  # "[21/12/2024, 20:14] Maman: tu viens à Noël ?"
        ):
            return None
        if end == index and word.is_lower and len(word.text) == 2:
            # "[08:16] ph : ok pr moi": initials in lower case, whatever else they spell
            return index, end, "rule:chat"
        speaker = self.words[index : end + 1]
        if all(
            (
                w.is_word
                and w.lower not in gz.FOREIGN_WORDS
                and (w.is_lower or not (w.first_name_tier or w.surname_tier))
            )
            or w.lower in gz.FRENCH_FUNCTION_WORDS
            for w in speaker
        ) and not any(w.first_name_tier and w.first_name_tier <= gz.UNCOMMON for w in speaker):
            # a team or a post speaks: "[17:03] équipe de jour : …", "[22:10] veille : RAS", "[12:05] Secrétariat
            # section : …", "[07:58] Accueil MDS : …"
            return None
        return index, end, "rule:chat"

    @_lazy
    def _greets(self) -> bool:
        """A line of the text opens on a greeting: the sign _INTRODUCTION needs, sought once per text."""
        return _GREETING.search(self.text) is not None

    def _self_introduction(self, index: int) -> tuple[int, int, str] | None:
        """ "slt madame c Nancy", "Bonjour, c'est Chance la maman de Lina": who writes a message."""
        word = self.words[index]
        if not (self._greets and word.is_alpha and word.first_name_tier) or word.lower in _NEVER_NAME_PARTS:
            return None
        if not _INTRODUCTION.search(self.text, max(0, word.start - 40), word.start):
            return None
        if word.is_lower and _THAT_AFTER.match(self.text, word.end):
            return None  # "Salut à tous, c'est clair que ça va être tendu": an opinion, no one introduced
        last = self._extend_name(
            index + 1, lower_ok=word.is_lower, previous_lower=word.is_lower, after_first=True
        )
        return index, index if last is None else last, "rule:introduction"

    def _line_speaker(self, index: int) -> tuple[int, int, str] | None:
        """ "Marine: visite au terrain ce matin": who speaks, in a chat copied without times."""
        return (index, index, "rule:speaker") if index in self._speakers else None

    @_lazy
    def _speakers(self) -> frozenset[int]:
        """The words opening two lines or more as "Name: …", one of them at least a first name."""
        speakers, initials = [], []
        for match in _SPEAKER_LINE.finditer(self.text):
            index = bisect.bisect_left(self.starts, match.start("name"))
            word = self.words[index]
            if not word.is_alpha or self._is_field_label(index):
                continue
            if not word.is_upper:
                speakers.append(index)
            elif len(word.text) <= 3 and not word.is_institution and word.text not in _NOT_SPEAKER_INITIALS:
                initials.append(index)
        # "FK: ya plus de bons ?\nMT: si, dans l'armoire": colleagues by their initials, two of them at
        # least, or one who says "je" or "tu" ("JP : je le prends")
        initials_speak = len({self.words[i].text for i in initials}) >= 2 or (
            len(initials) == 1 and _SPEAKS_IN_PERSON.match(self.text, self.words[initials[0]].end)
        )
        found_initials = frozenset(initials) if initials_speak else frozenset()
        return found_initials | self._named_speakers(speakers)

    def _named_speakers(self, speakers: list[int]) -> frozenset[int]:
        words = [self.words[index] for index in speakers]
        names = [w for w in words if not w.is_word or (w.first_name_tier or 99) <= gz.UNCOMMON]
        # "Mélo: t'as le num ?" then "moi: …": the writer answers someone, whatever her name
        # and one who says "tu" or "je" is a person, not a label ("Objet: réunion", "Note: RAS").
        answered = any(w.lower == "moi" for w in words)
        if answered:
            names += [
                w
                for w in words
                if w not in names
                and w.is_capitalised
                and w.lower not in gz.FUNCTION_WORDS
                and not w.is_institution
                and _SPEAKS_IN_PERSON.match(self.text, w.end)
            ]
        if len(speakers) == 1:
            # one note to a colleague: "Mimi: dossier Robert clos, tu peux archiver"
            word = words[0]
            to_someone = word.folded in gz.NICKNAMES or (word.first_name_tier and not word.is_word)
            return (
                frozenset(speakers)
                if to_someone and _SPEAKS_IN_PERSON.match(self.text, word.end)
                else frozenset()
            )
        if not (answered or any(w.first_name_tier for w in names)):
            return frozenset()
        return frozenset(self.starts.index(w.start) for w in names)

    def _after_title(self, index: int) -> tuple[int, int, str] | None:
        word = self.words[index]
        if word.lower not in TITLES or word.inert:
            return None
        if index + 1 < len(self.words) and self.words[index + 1].lower in {"ou", "et"}:
            return None  # "MADAME OU MONSIEUR LE JUGE": a form's address to whoever
        if word.lower == "mm" and word.text != "MM":
            return None  # "MM. Le Goff et Pichon" (messieurs); not "5 mm"
        position = index + 1
        dot = position < len(self.words) and self.words[position].text == "."
        # "M." and "Me" are titles capitalised or with their dot; "m" alone is also a letter.
        short = word.lower in {"m", "me", "pr", "dr"} and not (word.is_capitalised or dot)
        if short and not self._name_after_short_title(word, position):
            return None
        # "m'a dit un monsieur. Il avait pas tort": the dot after a whole word ends the sentence
        if dot and word.lower in _TITLE_WORDS:
            return None
        position += dot
        if position < len(self.words) and self.words[position].lower in _WIDOWHOOD:
            position += 1  # "Mme veuve Kerbrat": the name, not the word before it
            if position >= len(self.words):
                return None
        if (
            position < len(self.words)
            and len(self.words[position].text) > 1
            and len(set(self.words[position].lower)) == 1
        ):
            return None  # "au format 1 AA MM DD CCC OOO KK": a form's mask, no one's name
        # "M. le juge Joyeux", "Madame la directrice Rose Martin": the name comes after the role.
        after_role = self._after_role(position)
        if after_role is not None:
            if after_role >= len(self.words):
                return None
            named = self.words[after_role]
            if named.is_capitalised and gz.is_institution(named.text) and not named.surname_tier:
                return None  # "Madame la Juge des enfants\nTribunal judiciaire de …": an address block's next line
            if named.is_lower and (
                named.lower in PARTICLES
                or not named.surname_tier
                or (named.is_word and not self._is_lower_surname_word(named))
            ):
                return None  # "Madame la Ministre", "Monsieur le Président du conseil départemental"
            # "M. le juge Joyeux", "m. le juge ramette"
            last = self._extend_name(after_role, lower_ok=named.is_lower, titled=True)
            return (after_role, last, "rule:title") if last is not None else None
        if (
            position < len(self.words)
            and self.words[position].is_lower
            and word.is_lower
            and index > 0
            and self.words[index - 1].lower in _INDEFINITE
        ):
            return None  # "un monsieur frappe à la porte": a man, and what he does; named, he is "M. Frappe"
        if (
            position + 2 < len(self.words)
            and self.words[position].text in {"la", "le", "les"}
            and self.words[position + 1].is_lower
            and self.words[position + 1].is_word
            and self.words[position + 2].lower in {"du", "de", "des", "d'", "d’"}
        ):
            return None  # "madame la maison du département elle est fermée ?": a question to the worker
        if self._initial_alone(position) and not short:
            return position, position, "rule:title-initial"  # "mme R a envoyé", "mr h (suivi psy)"
        if (
            position < len(self.words)
            and self.words[position].is_lower
            and self.words[position].lower in SUBJECT_FOLLOWERS
            and not self.words[position].first_name_tier
        ):
            return None  # "Madame vit seule", "Monsieur dort mal": what the person does, unnamed
        last = self._extend_name(position, lower_ok=True, titled=True)
        return (position, last, "rule:title") if last is not None else None

    def _initial_alone(self, position: int) -> bool:
        """A single letter standing for a family name, without its dot: "mme R a appelé", "mr h (suivi
        psy)"; not "Mme a appelé" (the verb), nor "M. X" (the writer's own placeholder)."""
        if position >= len(self.words):
            return False
        word = self.words[position]
        letter = word.text
        if len(letter) != 1 or not letter.isalpha() or letter.upper() in "XYZ":
            return False
        if (
            "." in self.text[self.words[position - 1].start : word.start]
            and len(self.words[position - 2].text) > 3
        ):
            return False  # "GIR 2 pour monsieur. N° APA": a sentence ends
        after = self.text[word.end : word.end + 2]
        if after[:1] in {".", "°", "º", "'", "’", "-"}:
            return False  # "M. B. est venu" (the initials' own rule), "M\nN° INDIVIDU", "mme c'est"
        if letter.isupper():
            following = self.words[position + 1].text if position + 1 < len(self.words) else ""
            return not (len(following) == 1 and following.isupper())  # "dossier M D P H": letters dictated
        # lower case: "mr h (suivi psy)", "mme h en panique"; not "madame c Nancy" (c'est), "Mme a appelé" (the
        # verb), "mme l a dit" (l'a, the apostrophe left out)
        if letter in "aàeéioôuyc":
            return False
        return (
            after[:1] in {"", ",", ";", ")", "("}
            or after in {" (", " ,"}
            or (letter not in "ljmnst" and after[:1] == " " and after[1:2].islower())
        )

    def _name_after_short_title(self, title: Word, position: int) -> bool:
        """ "le dr Vasseur", "le dr moreau", "me Blanc" (maître), "m Dupont": a short title typed in
        lower case without its dot, before a name; "il me Faut", "5 m" are no titles."""
        if position >= len(self.words):
            return False
        following = self.words[position]
        if not following.is_alpha or following.lower in gz.FUNCTION_WORDS or following.is_verb:
            return False
        if following.is_capitalised and not following.sentence_start:
            return not following.is_word or following.surname_tier is not None
        index = bisect.bisect_left(self.starts, title.start)
        before = self.words[index - 1].lower if index else ""
        # "son avocat me rousselet ce matin"; not "son avocat me conseille" (a verb, refused above)
        if title.lower == "me" and before in _LAWYER_WORDS and following.is_lower:
            return True
        if not (following.is_lower and following.surname_tier is not None):
            return False
        if title.lower == "dr":
            return True  # "le dr moreau"
        if title.lower == "m" and following.surname_tier == gz.COMMON:
            return not (index and self.words[index - 1].text[0].isdigit())  # "m dupont"; not "5 m"
        # "l'avocate de la famille, me morel, au 07…": "me" before a family name and a comma; not "Valence me
        # manque," "qui me manque." (the pronoun, after a subject)
        after = self._following(following)
        return (
            title.lower == "me"
            and after is not None
            and after.text in {",", ".", ";", "("}
            and (not before or before in _BEFORE_A_LAWYER)
        )

    def _after_role(self, index: int) -> int | None:
        """Index after "le juge", "la cheffe de service", "l'assistante familiale" starting at index."""
        words = self.words
        if index + 1 >= len(words) or words[index].lower not in ARTICLES:
            return None
        role = words[index + 1].lower
        if role not in gz.ROLE_WORDS and role not in gz.JOB_TITLES and gz.fold(role) not in _FOLDED_ROLES:
            return None  # ("MONSIEUR LE PRESIDENT DU CONSEIL": a role in capitals, its accent left out)
        position = index + 2
        if position < len(words) and words[position].lower in _ROLE_LINKS:
            position += 1  # "de gendarmerie", "des enfants", "de la protection"
            if position < len(words) and words[position].lower in ARTICLES:
                position += 1
            if position < len(words) and not words[position].is_lower:
                return len(words)  # "M. le Maire de Roubaix": a place, no name
            position += 1
        elif position < len(words) and words[position].lower in _ROLE_ADJECTIVES:
            position += 1  # "l'assistante familiale"
        return position

    def _initial(self, index: int) -> tuple[int, int, str] | None:
        """ "F. Rousseau": an initial and its dot before a family name."""
        if not (self._is_initial(index, placeholders=True, lower=True) and index + 2 < len(self.words)):
            return None
        if self.words[index].is_lower:
            # "r. medard", "e. simon": a known family name in lower case after a lower-case initial;
            # not "8 h. martin", "le b. dupont" (an hour, an item)
            if self._letter_is_a_thing(index):
                return None
            if not self._surname_after_initial(index + 2, lower=True) or not self.words[index + 2].is_lower:
                return None
            return (
                index,
                self._extend_name(index + 2, lower_ok=True, titled=True) or index + 2,
                "rule:initial",
            )
        if index and self.words[index - 1].lower in _LETTERED_THINGS:
            return None  # "salle 1.12 bâtiment C. Point 4 :", "bâtiment B. Le Havre"
        following = self.words[index + 2]
        # "Y. Le Goff": a particle, then the family name (not "Y. La Rochelle")
        particle = (
            following.lower in PARTICLES
            and index + 3 < len(self.words)
            and self.words[index + 3].is_capitalised
            and not gz.is_place(self.text[following.start : self.words[index + 3].end])
        )
        if self.words[index].text in "XYZ" and not (particle or self._surname_after_initial(index + 2)):
            return None  # "Mme X. a dit": a placeholder
        if self._outline_item(index):
            return None
        if not following.is_capitalised or (
            following.is_word and not following.surname_tier and not particle
        ):
            return None  # "bâtiment B. Ordre du jour": a letter, then a new sentence
        between = self.text[self.words[index + 1].end : following.start]
        if between.count("\n") >= 2:
            return None  # "Objet : situation B.\n\nBonjour à tous": a paragraph after the initial
        if "\n" in between and _FIELD_LABEL_END.match(self.text, following.end):
            return None  # "REFERENT : DUBOIS A.\nMESURE : AED": the next line is another field
        last = self._extend_name(index + 2, lower_ok=False, titled=True)
        if last is None:
            return None
        # "M.-C. Ferrand": the initials of a compound first name, joined by a hyphen
        first = index
        while first >= 3 and self.words[first - 1].text == "-" and self._is_initial(first - 3):
            first -= 3
        return first, last, "rule:initial"

    @_lazy
    def _announcer_words(self) -> list[int]:
        return [index for index, word in enumerate(self.words) if word.folded in _ANNOUNCER_WORDS]

    def _announcer_reaches(self, index: int) -> bool:
        """One of the _ANNOUNCER_REACH words before this one is an announcer's."""
        position = bisect.bisect_left(self._announcer_words, index)
        return position > 0 and self._announcer_words[position - 1] >= index - _ANNOUNCER_REACH

    def _after_announcer(self, index: int) -> tuple[int, int, str] | None:
        word = self.words[index]
        if not (word.is_alpha and index):
            return None
        if word.lower in PARTICLES and not (
            word.is_capitalised and self._particle_run_end(index, titled=False)
        ):
            return None  # "la famille de…" goes on; "la famille Le Goff", "les enfants Da Costa" are names
        if not self._announcer_reaches(index):
            return None
        match = _ANNOUNCER.search(self.text, max(0, word.start - 60), word.start)
        if not match or self._character_as_type(index):
            return None  # "« Une petite Cosette qui fait tout »": a kind of girl
        if (
            match["other"]
            and (
                (match["other"][:3].lower() == "que" and word.lower in gz.KIN_WORDS)
                or (_NAMING.match(match["other"]) and word.lower in _LEADING_KIN)
            )
            and index + 1 < len(self.words)
            and self.words[index + 1].is_capitalised
        ):
            return None  # "que tout le monde appelle Mamie Jo", "on l'appelle coco Nema": the family word is no part of her name
        # "les enfants placés chez elle l'appellent tous « Tatie »": what all the children call her
        if (
            match["other"]
            and "appel" in match["other"].lower()
            and word.lower in gz.KIN_WORDS
            and _ALL_OF_THEM.search(match["other"])
        ):
            return None
        if match["of"] and word.lower in gz.CALENDAR_NAMES and not self._name_follows(index):
            return None  # "mon enfant de Noël", "les enfants de la Toussaint": a feast
        if (
            match.group().rstrip().endswith(",")
            and gz.is_place(word.text)
            and not word.first_name_tier
            and not self._name_follows(index)
        ):
            return None  # "Goulven Kerboriou (fils, Rennes)": where the son lives
        # "Le jeune Bacar dit « Chouchou »", "Jean-Baptiste Mabiala (dit « JB »)": a name, then the nickname he goes by
        # (not "Karim dit « Non »", "Paul dit « Bonjour »": words said)
        named = _NICKNAMED.search(self.text, max(0, match.start() - 40), word.start)
        nicknamed = (
            named is not None
            and named["name"].lower() not in gz.FUNCTION_WORDS  # not "Il dit « amma »"
            and word.lower not in gz.FUNCTION_WORDS
            and (not word.is_word or word.folded in gz.NICKNAMES or bool(word.first_name_tier))
        )
        if _QUOTE.search(match.group()) and not (
            match["kin"] or match["role"] or _NAMING.match(match["other"] or "") or nicknamed
        ):
            return None  # "il dit « amma »": a word quoted, not a name given
        if _QUOTE.search(match.group()) and self._in_quoted_foreign_sentence(index):
            return None  # "Le père « akendeki na Kinshasa »": what he says, in his language
        head = match["kin"] or match["role"]
        if _TO_LITTLE_PLACE.search(self.text, max(0, word.start - 24), word.start) and gz.is_place(word.text):
            return None  # "on descend vers la petite France": Strasbourg's quarter, a place made small
        if head and _SUPERLATIVE_BEFORE.search(self.text, max(0, match.start() - 12), match.start()):
            return None  # "le département le plus jeune de France": a superlative, no young person
        if head and head.split()[-1].isupper() and len(head.split()[-1]) > 2:
            return None  # "COUSIN Ronan", "SERGENT Laura": a family name in capitals, not a role
        if (
            match["other"]
            and _MESSAGE.match(match["other"])
            and (
                (word.is_upper and not (word.first_name_tier or word.surname_tier))
                or match.group().rstrip().lower().endswith(" les")
            )
        ):
            return None  # "mail de FT ce matin": a body's acronym (France Travail); "mail pour les convocs": things
        if (
            match["role"]
            and len(match["role"].split()) > 2
            and word.is_upper
            and len(word.text) <= _ACRONYM_LENGTH
            and not word.surname_tier
        ):
            return None  # "le gardien de l'antenne CTG": the acronym of what the role's complement names
        last_word = head.split()[-1] if head else ""
        if gz.fold(last_word) in _QUALIFYING_KIN and last_word[:1].isupper() and len(head.split()) > 1:
            return None  # "Le Petit Prince", "la Petite Section": a title, not a child
        if (match["of"] or "").strip() == "des" and word.lower.endswith(_PEOPLES):
            return None  # "le dossier des Français", "la situation des Comoriens": a people, not a family
        if (topic := (match["topic"] or "").lower()) and not topic.startswith(("le", "la")):
            # a bare "rapport", "dossier", "situation": "rapport Benchikh ok"; not "RAPPORT DE SITUATION", "dossier
            # BDF", "dossier MaPrimeRénov'", "un dossier Excel" (capitals are _CASE_THEN_CAPITALS')
            shape = word.is_upper or any(char.isupper() for char in word.text[1:])
            if shape or _DETERMINER_BEFORE.search(self.text, max(0, match.start() - 8), match.start()):
                return None
        if self._shop_sign(word):
            return None  # "le bar Chez Nanou", "le resto « Chez Fatou »": a shop's sign
        if topic.endswith("rapport") and self._public_report(index):
            return (
                None  # "le rapport Piveteau", "le rapport El Khomri": a public report, named after its author
            )
        if word.is_lower:
            if not self._is_lower_announced(word, match):
                return None
            last = self._extend_name(
                index + 1, lower_ok=True, previous_lower=True, after_first=bool(word.first_name_tier)
            )
            return index, last or index, "rule:announced"
        # After a form's field ("Nom : Traoré"), the capitalised word opening the value is a name.
        field = _FIELD.search(match.group()) is not None
        if field and word.lower in _EMPTY_FIELD:
            return None  # "Nom : Non renseigné", "Prénom : Inconnu"
        if names_the_place(self.text, word.start, word.end):
            return None  # "par commune de résidence de l'enfant : Saint-Denis (97411) 612"
        following = self.words[index + 1] if index + 1 < len(self.words) else None
        if (
            field
            and word.is_upper
            and gz.is_institution(word.text.title())
            and following is not None
            and following.is_upper
            and not following.first_name_tier
        ):
            return None  # "erreur de prénom : TRIBUNAL JUDICIAIRE D'ARRAS": an institution's heading
        if field and "\t" in match.group() and gz.fold(word.lower) in _FIELD_WORDS:
            return None  # "Nom\tPrénom\tNé(e) le": a table's header row
        if "\t" in match.group() and self._heads_a_column(word):
            return None  # "Nom\tFonction\tSignature", "Chambre\tJeune\tPrésent\tObservations"
        # Right after a family word or a role, a capitalised word is the person's name even when it
        # is also a word or a place: "la famille Joyeux", "Mamie Lorraine", "la petite Providence".
        direct = bool(match["kin"] or match["role"]) and not match["of"]
        # "tout le monde l'appelle Memo", "surnommé « le Marquis »": a name whatever word it is
        naming = bool(match["other"] and _NAMING.match(match["other"])) or nicknamed
        # "Le père, « Pépette », est incarcéré": a family word or a role, then a name in quotes set apart;
        # not "ma cadre : « Famille Martin, … »", a quotation
        naming = naming or bool(direct and _APPOSED_QUOTE.search(match.group()))
        direct = direct or naming
        # "chez les Joyeux": a family, where "chez Lidl" may be a shop
        direct = direct or (match["other"] == "chez" and match.group().rstrip().lower().endswith("les"))
        # "la maman de Lourdes", "le père de Lys": one person's relative names a person
        kin = gz.fold(match["kin"].split()[-1]) if match["kin"] else ""
        relative = bool(match["of"] and kin and kin != "famille" and not kin.endswith(("s", "x")))
        relative = relative and bool(word.first_name_tier) and word.first_name_tier <= gz.UNCOMMON
        # "la situation Wagner", "la fratrie Zola": a family that bears a famous name
        family = bool(match["topic"]) and not match["of"] and word.is_famous_surname
        last = self._extend_name(
            index, lower_ok=False, titled=field or naming, announced=direct or relative or family
        )
        if last is None:
            return None
        names = self.words[index : last + 1]
        if field or (direct and any(w.first_name_tier or w.surname_tier for w in names)):
            return index, last, "rule:announced"  # "Nom : FRAISSE" (a commune is named Fraisse)
        if relative and any(w.first_name_tier and w.first_name_tier <= gz.UNCOMMON for w in names):
            return index, last, "rule:announced"
        if _PARENT_JUST_BEFORE.search(match.group()) and all(
            w.lower in gz.FAMOUS_WORDS and not w.is_upper for w in names
        ):
            return index, last, "rule:announced"  # "le papa Mbappé": a family that bears a famous name
        if (
            match["topic"]
            and match["of"]
            and gz.is_institution(match["topic"].split()[-1])
            and all(gz.is_place(w.text) for w in names)
        ):
            return (
                None  # "Dossier TJ de Colmar", "le dossier CAF de Lens": the town of the court, of the office
            )
        if match["topic"] and all(w.surname_tier and w.text not in gz.PLACES for w in names):
            return index, last, "rule:announced"  # "le rapport Koné" (a commune of New Caledonia)
        if all(
            (w.is_institution and not w.is_famous_surname) or (w.is_capitalised and gz.is_place(w.text))
            for w in names
        ):
            return None  # "le dossier Excel"; but "la situation Wagner", "la fratrie Reinhardt" are families
        return index, last, "rule:announced"

    def _is_lower_announced(self, word: Word, match: re.Match) -> bool:
        """A name typed in lower case after a family word, a role or a field: "la mère de jade",
        "la petite léa", "le fils diallo", "la famille gallon", "s'appelle kevin"."""
        if len(word.text) < 2 or word.lower in gz.FUNCTION_WORDS:
            return False
        if word.lower in gz.CALENDAR and self._month_named_as_a_child(match, word):
            return True  # "la petite avril dormait", "sa fille mai"
        if word.lower in gz.CALENDAR or word.lower in TITLES or word.lower in _PARENT_WORDS:
            return False  # "il appelle mon mari papa"
        if word.folded == "noel":
            return False  # "une lettre au père noel"
        if not re.search(r"[aeiouyàâäéèêëîïôöûùü]", word.lower):
            return False  # "maman tjrs seule": an abbreviation
        if word.lower.endswith(("ique", "iques")) and not word.first_name_tier:
            # "un jeune dyspraxique": what he has, an adjective the lexicon lacks (not "monique")
            return False
        if match["other"] and _CALLED.match(match["other"]):
            return bool(word.first_name_tier) or not word.is_word  # "le papa s'appelle jean-claude"
        if self._is_kinship_degree(bisect.bisect_left(self.starts, word.start)):
            return False
        if (
            match["other"]
            and match.group().strip().lower() == "chez"
            and word.surname_tier == gz.COMMON
            and word.lower not in gz.FAMOUS_WORDS
            and word.lower not in gz.KIN_WORDS
        ):
            # "la clé de chez barbier": a common noun after "chez" takes an article ("chez le barbier"), so a
            # frequent family name without one is the family's (not "chez leclerc", a supermarket; "chez mémé")
            return True
        if match.group().strip().lower() == "chez" and word.lower in gz.FAMOUS_WORDS:
            return False  # "une bûche de chez leclerc": the shop
        if (
            match["topic"]
            and not match["of"]
            and _DETERMINER_BEFORE.search(self.text, max(0, match.start() - 8), match.start())
        ):
            return False  # "un rapport sévère": any file, qualified; "rapport benali" and "le rapport benali" are named
        if _INSTITUTION_PHRASE.match(self.text, word.start):
            return False  # "la referente france travail de m ayadi": her institution, in lower case
        if match["topic"] and match["of"] and not word.first_name_tier and gz.is_place(word.text.title()):
            return False  # "la vad d'espelette": the visit in a village, typed in lower case
        family_word = word.lower in gz.KIN_WORDS and word.lower not in _QUALIFYING_KIN
        role_word = word.lower in gz.ROLE_WORDS or word.lower in gz.JOB_TITLES
        if (family_word or role_word) and not (word.first_name_tier and word.first_name_tier <= gz.UNCOMMON):
            # "sa petite sœur Aïssatou": the name comes after ("la famille petit", "l'éducateur
            # benjamin" are names)
            return False
        if word.is_verb:
            if word.lower.endswith(("é", "ée", "és", "ées")) and _INDEFINITE_BEFORE.search(
                self.text, max(0, match.start() - 6), match.start()
            ):
                return False  # "un enfant désiré, un enfant aimé": any child, qualified
            # "Mamie marie garde les enfants", "le dossier mdph de moussa": a frequent first name the lexicon has
            # as a verb form; not one that takes its object ("pour que le juge lise la situation")
            following = bisect.bisect_left(self.starts, word.end)
            if following < len(self.words) and self.words[following].lower in _OBJECT_OPENERS:
                return False
            kin = match["kin"] and gz.fold(match["kin"]).split()[-1]
            return word.first_name_tier == gz.COMMON and bool(
                match["role"] or (kin and kin not in _QUALIFYING_KIN) or (match["topic"] and match["of"])
            )
        if _FIELD.search(match.group()):
            return word.lower not in _EMPTY_FIELD  # "Nom : robin"; not "nom : inconnu"
        if word.lower in _VERB_FORMS:
            return False  # "le bébé aura un an": forms the lexicon misses
        tier = word.first_name_tier
        if gz.is_common_word_name(word.lower) and "," in self.text[match.start() : word.start]:
            return False  # "le bureau de la directrice, juste à côté": the sentence goes on after a comma
        if tier and tier <= gz.UNCOMMON:
            # "la mère de jade", "la référente de rose"; "le bébé aura", "un enfant aimé" are words
            if not word.is_ambiguous or match["of"]:
                return True
            participle = word.lower.endswith(("é", "ée", "és", "ées"))
            kin = match["kin"] and gz.fold(match["kin"]).split()[-1]
            if (match["role"] or (kin and kin not in _QUALIFYING_KIN)) and not participle:
                return True  # "sa fille bénédicte", "l'educateur benjamin"; not "son fils aîné"
            # "le petit espoir dit à la maîtresse…": a verb after it
            index = bisect.bisect_left(self.starts, word.start)
            return bool(kin) and not participle and self.subject_follows(index)
        if (
            not word.is_word
            and (match["kin"] or match["role"] or match["of"])
            and gz.first_name_typo_tier(word.text)
        ):
            return True  # "l'éducateur maartin", "le dossier de connstant"
        # "le fils diallo": an unknown lower-case word (in no dictionary) is the family's name
        if not word.is_word and len(word.text) >= 3:
            # "chez les diallo", "nom : diallo", "le fils diallo"; not "l'AF relais"
            # ("on l'appelle madou": a name given)
            other = match["other"] and (
                not match["other"].lower().startswith(("l'", "l’", "la ")) or _NAMING.match(match["other"])
            )
            if word.lower.endswith(("é", "ée", "és", "ées")) and not (
                word.first_name_tier or word.surname_tier
            ):
                return False  # "son fils polyhandicapé": a participle the lexicon lacks
            # "le juge ramette"; not "la référente rsa" (an acronym typed in lower case)
            role = match["role"] and word.surname_tier and not gz.is_institution(word.text.upper())
            # "la situation rahmani", "le dossier benali"; not "le dossier mdph"
            topic = (
                match["topic"]
                and not gz.is_institution(word.text.upper())
                and not re.search(r"[,:]", match.group())
            )
            return bool(match["kin"] or match["of"] or other or role or topic)
        # "la famille gallon": a family name that is also a word, unless it qualifies the family
        # ("la famille entière", "la famille élargie": feminine adjectives end in "e") or is a
        # verb the lexicon misses ("la famille doit", "vit", "fait").
        family = match["kin"] and gz.fold(match["kin"]).split()[-1] == "famille" and not match["of"]
        return bool(
            family
            and word.surname_tier == gz.COMMON
            and not word.lower.endswith(_NOT_A_NOUN)
            and word.lower not in _VERB_FORMS
            and not gz.is_common_word_name(word.lower)
        )

    def _from_first_name(self, index: int) -> tuple[int, int, str] | None:
        word = self.words[index]
        if (
            word.sentence_start
            and word.is_capitalised
            and word.first_name_tier
            and word.has_name_shape
            and _KIN_APPOSED.match(self.text, word.end)
        ):
            return (
                index,
                index,
                "rule:kin-apposed",
            )  # "Rose la fille de mr Lenoir passe…", "Avril et sa mère…"
        if (
            word.sentence_start
            and word.is_capitalised
            and word.first_name_tier
            and word.has_name_shape
            and not gz.is_place(word.text)
            and word.lower not in gz.CALENDAR
            and word.lower not in _NOT_RESUMED  # "Si elle rappelle, passez-la"
            and _RESUMED_BY_PRONOUN.match(self.text, word.end)
        ):
            return (
                index,
                index,
                "rule:resumed-by-pronoun",
            )  # "Espoir il a encore fugué hier soir", as it is said
        if not self._is_first_name(index) or (
            (word.is_lower or self._opens_quote(index)) and self._in_foreign_quote(index)
        ):
            return None  # "en créole « mwen pa ka dòmi ankò »", "« Nou lé pa kapab ankor »"
        first = self._particles_before(index)  # "Dos Santos Tiago": a first name that is a family name too
        # "MARTIN Léa", "Dupont Léa": the family name written first.
        if index and self._is_surname_before(index - 1, word):
            first = self._particles_before(index - 1)
        last = self._extend_name(
            index + 1, lower_ok=word.is_lower, previous_lower=word.is_lower, after_first=True
        )
        if last is not None and gz.is_region(self.text[word.start : self.words[last].end]):
            return None  # "Sri Lanka", "Costa Rica": a country, not a first name and a surname
        return first, index if last is None else last, "gazetteer:first-name"

    def _particles_before(self, index: int) -> int:
        """Index of the first particle in capitals before a family name in capitals: "LE GALL"."""
        while (
            index
            and (self.words[index].is_upper or self.words[index].is_capitalised)
            and (self.words[index - 1].is_upper or self.words[index - 1].is_capitalised)
            and self.words[index - 1].is_upper == self.words[index].is_upper
            # "LE GALL"; "Dos Santos", "Da Silva", but not "La Rochelle", nor "De Marie, je…"
            and self.words[index - 1].lower
            in (PARTICLES if self.words[index].is_upper else PARTICLES - ARTICLES - _OF)
            and self.text[self.words[index - 1].end : self.words[index].start] == " "
        ):
            index -= 1
        return index

    def _lone_surname(self, index: int) -> tuple[int, int, str] | None:
        found = self._lone_surname_candidate(index)
        # a word of a sentence of another language quoted: tested last, looking for the quote costs more
        return None if found is None or self._in_foreign_quote(index) else found

    def _given_an_age_or_a_birth(self, index: int) -> bool:
        """ "Zidane, 9 ans, le fils de Mme Benyahia", "Enfant : Avril, née le 29/04/2026": a name that is also a
        famous one's, a month's or a feast's, given an age or a birth right after it, is a child's."""
        word = self.words[index]
        if not (word.is_capitalised and word.is_alpha and (word.first_name_tier or word.surname_tier)):
            return False
        if (word.is_word and word.lower not in gz.CALENDAR_NAMES) or word.lower in gz.KIN_WORDS:
            return False  # "France Travail, né le 1er janvier 2024", "Maman ne reconnaît plus"
        if (
            gz.is_place(word.text) and word.lower not in gz.CALENDAR_NAMES
        ) or word.lower in gz.FUNCTION_WORDS:
            return False  # "Lille, 3 ans après" (not Avril, a commune too)
        if index and self.words[index - 1].lower in _TIME_BEFORE:
            return False  # "en Avril, né le 3 mars": the month
        return (
            self._age_or_date_follows(index)
            or _BORN_AFTER.match(self.text, word.end) is not None
            or _AGE_AFTER.match(self.text, word.end) is not None
        )

    def _month_named_as_a_child(self, match: re.Match, word: Word) -> bool:
        """ "la petite avril", "sa fille mai": a month that is a first name, right after a family word, is
        the girl's (not "la mère de mai", "le fils mai prochain")."""
        kin = match["kin"] and gz.fold(match["kin"]).split()[-1]
        return bool(
            kin
            and kin not in {"famille", "jeune"}
            and not match["of"]
            and word.first_name_tier
            and not _TIME_AFTER_MONTH.match(self.text, word.end)
        )

    def _given_a_room(self, index: int) -> bool:
        """ "01h10 : calme. Pinson (chambre 12) demande un doliprane": a known name given a room in brackets is a
        resident's, even opening a sentence, even a word's."""
        word = self.words[index]
        return (
            word.is_capitalised
            and word.is_alpha
            and bool(word.first_name_tier or word.surname_tier)
            and not gz.is_place(word.text)
            and _ROOM_IN_BRACKETS_AFTER.match(self.text, word.end) is not None
        )

    def _dear_one(self, index: int) -> bool:
        """ "Merci ma Rose pour le coup de main", "mon Pierre": a frequent first name after "ma" or "mon", though a
        word too (not "ma Clio", "mon Orange")."""
        word = self.words[index]
        if index == 0 or self.words[index - 1].text not in {"ma", "mon"} or not word.is_capitalised:
            return False
        tier = word.first_name_tier
        return (
            tier is not None
            and tier <= gz.UNCOMMON
            and word.is_alpha
            and word.lower not in gz.CAR_MODELS
            and word.lower not in gz.FAMOUS_WORDS
            and word.lower not in gz.SHOPS_NAMED_LIKE_PEOPLE
            and word.lower not in gz.TOWN_FIRST_NAMES
            and not word.is_institution
            and not gz.is_place(word.text)
        )

    def _colleague_by_family_name(self, index: int) -> bool:
        """ "la Mercier m'a encore pris mon bureau", "le Dupont attend que ça": a frequent family name after
        an article, acting (not "la Seine a débordé", "la Renault a calé", "de la Poste")."""
        word = self.words[index]
        if index == 0 or not word.is_capitalised or word.sentence_start or word.surname_tier != 1:
            return False
        article = self.words[index - 1]
        if article.lower not in {"la", "le"} or self.text[article.end : word.start] != " ":
            return False
        if index >= 2 and self.words[index - 2].lower in _ARTICLE_S_PREPOSITIONS:
            return False
        return (
            word.first_name_tier is None
            and word.lower not in gz.FAMOUS_WORDS
            and word.lower not in gz.SHOPS_NAMED_LIKE_PEOPLE
            and word.lower not in gz.CAR_MODELS
            and not word.is_institution
            and not gz.is_place(word.text)
            and index + 1 < len(self.words)
            and self.words[index + 1].is_lower
            and self.subject_follows(index)
        )

    def _lone_surname_candidate(self, index: int) -> tuple[int, int, str] | None:
        word = self.words[index]
        if self._given_an_age_or_a_birth(index):
            return index, index, "rule:age-or-birth"
        if self._given_a_room(index):
            return index, index, "rule:room-after"
        if not word.is_alpha or len(word.text) < 3 or word.is_institution or not word.has_name_shape:
            return None
        if word.is_upper:
            # Acronyms are short; a family name in capitals alone must be a known one.
            if len(word.text) < 4 or not word.surname_tier or word.surname_tier > gz.RARE:
                return None
            if word.is_word or self._shouting(index) or gz.is_place(word.text):
                return None
            if (
                word.sentence_start
                and _FIELD_LABEL_END.match(self.text, word.end)
                and gz.is_french_word(word.lower)
            ):
                return None  # "DEBUT : 12/03/2024": a form's label, in capitals without its accent
            # "LEBON Providence": the first name after a family name in capitals, whatever else it is
            # (on its cell: "DUCROCQ\tHameau de Bellifontaine" is a table's next column)
            apart = index + 1 < len(self.words) and not _joins_name(
                self.text[word.end : self.words[index + 1].start]
            )
            last = (not apart and self._extend_name(index + 1, lower_ok=False, after_surname=True)) or index
            # "ESPOIR CHESNEL": a first name in capitals before it, even one that is a word
            before = self.words[index - 1] if index else None
            joined = (
                before is not None
                and before.is_upper
                and before.first_name_tier
                and before.has_name_shape
                and not before.is_institution
                and before.lower not in gz.FUNCTION_WORDS
                and self.text[before.end : word.start] == " "
            )
            return index - 1 if joined else self._particles_before(index), last, "gazetteer:upper-case"
        if self._colleague_by_family_name(index):
            return index, index, "gazetteer:surname"
        if self._dear_one(index):
            return index, index, "gazetteer:first-name"
        if self._is_word_use(index):
            return None
        # ("lajan Grann": a family word, of Creole here; "Coco" is a nickname too)
        kin = word.lower in gz.KIN_WORDS and word.folded not in gz.NICKNAMES
        if word.is_capitalised and not word.sentence_start and not word.is_word and not kin:
            # "des Bălan", "chez les Balan": a family, though a commune is named Balan (not "Les Mureaux")
            family = (
                index
                and self.words[index - 1].lower in {"les", "des"}
                and word.surname_tier
                and not word.first_name_tier  # "des Jordan" are trainers
                and not gz.is_place(f"Les {word.text}")
                and not gz.is_region(word.text)  # "ceux des Vosges"
            )
            if family:
                return index, index, "gazetteer:surname"
            parts = word.text.split("-")
            if (
                gz.is_place(word.text)
                or parts[0].lower() in _SAINTS  # "Sainte-Thérèse": a saint, or the foyer named after her
                # "Sant Jordi", "Santa Maria": a saint's day
                or (index and self.words[index - 1].lower in _SAINTS)
                or self._country_follows(word)
                or _PLACE_SAID_AFTER.match(self.text, word.end)  # "Florence, la ville"
                or self._trip_to_town(word)
                or self._character_as_type(index)
                or (gz.is_commune_short_name(word.text) and self._among_places(index))
                or (index and gz.is_region(f"{self.words[index - 1].text} {word.text}"))  # "Sri Lanka"
                or gz.joins_places(word.text)  # "Metz-Nancy-Lorraine"
                or (not word.surname_tier and self._named_after_someone(index, parts))
                or self._named_place_before(word)
                or self._thing_before(index, families=True)
                or self._plural_after_article(index)
                or self._in_place_name(index)
                or (not word.surname_tier and self._listed_with_things(index))
                # "des Cosette dans les hôtels sociaux": a type; "chez les Balan", "des Bălan" are families
                or (
                    index
                    and word.first_name_tier
                    and not word.surname_tier
                    and self.words[index - 1].lower == "des"
                )
            ):
                return None
            if not word.first_name_tier and _ORIGIN.search(self.text, max(0, word.start - 60), word.start):
                return None
            if not (word.first_name_tier or word.surname_tier) and self._place_context(word, strong=True):
                return None  # "à Gouffern en Auge": a place no list has, not a name no list has
            source = "gazetteer:surname" if word.surname_tier else "rule:capitalised"
            # "FERRE Juliien": a family name in capitals before it belongs to the same person
            before = self.words[index - 1] if index else None
            joined = before is not None and before.surname_tier and self._is_surname_before(index - 1, word)
            first = self._particles_before(index - 1 if joined else index)  # "Dos Santos Tiago"
            if first < index and self._named_place_before(self.words[first]):
                return None  # "l'hôpital Roger Salengro": the first name opens a place's name
            return first, self._extend_name(index + 1, lower_ok=False) or index, source
        # "Benali m'a dit": a known family name opening a sentence, a verb after it.
        opening = word.is_capitalised and word.sentence_start and not word.is_word and word.surname_tier
        if opening and self.subject_follows(index) and not gz.is_place(word.text):
            return index, index, "gazetteer:surname"
        # "Nevada, l'aînée, 13 ans": a word no list has, opening a sentence, a family word or a
        # role in apposition after it
        unknown = word.is_capitalised and word.sentence_start and not word.is_word and not word.is_institution
        unknown = unknown and word.is_alpha and len(word.text) >= 3 and not word.is_upper
        unknown = unknown and not gz.is_place(word.text) and word.lower not in gz.CALENDAR
        if unknown and (self._apposition_follows(index) or self._age_or_date_follows(index)):
            return index, index, "rule:apposition"  # "Wideline, 16 ans", "Glody, 02.12.2013, CM2"
        return None

    # -- the NER model's entities ----------------------------------------------------------------

    def from_entities(
        self, entities: Iterable[tuple[int, int, str]], masked: Iterable[Span] = ()
    ) -> Iterator[Span]:
        """Spans of the PER entities (start, end, label) a NER model found, trimmed and checked.

        The model read the text with the masked spans as placeholders: their words are read as
        such (never a name's part), as they would be in the masked text.
        """
        hidden = {
            index
            for span in masked
            for index in range(
                bisect.bisect_left(self.starts, span.start), bisect.bisect_left(self.starts, span.end)
            )
        }
        for start, end, label in entities:
            if label == nlp.NAME_LABEL:
                indexes, source = self._model_name(start, end, hidden), "names-model"
            elif label == "PER":
                # "MECS Saint-Joseph": the establishment's acronym is no part of a name
                indexes = self._trimmed(
                    start,
                    end,
                    hidden,
                    lambda i: (
                        self._may_be_name_part(self.words[i])
                        and not (self.words[i].is_upper and self.words[i].is_institution)
                        # "iban sci : FR76…": acronyms typed in lower case
                        and not (
                            self.words[i].is_lower
                            and self.words[i].text.upper() in gz.INSTITUTIONS
                            and not self.words[i].first_name_tier
                        )
                    ),
                )
                if "\t" in self.text[start:end] or "\n" in self.text[start:end]:
                    continue  # "Date\tHeure\tFamille\tAdresse\nlun": a table's cells, no one's name
                indexes, source = (indexes if indexes and self._entity_is_person(indexes) else []), "spacy"
            else:
                continue
            if indexes:
                last = indexes[-1]
                # "Yves B.": an initial keeps its dot
                end = self.words[last + 1].end if self._is_initial(last) else self.words[last].end
                yield Span(self.words[indexes[0]].start, end, Label.PERSON, source)

    def _trimmed(self, start: int, end: int, hidden: set[int], part: Callable[[int], bool]) -> list[int]:
        """The words of an entity without what surrounds the name (titles, articles, "la petite",
        punctuation); none if a placeholder stays inside: it is not a name of its own."""
        indexes = [
            i
            for i in range(bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end))
            if self.words[i].end <= end
        ]
        while indexes and (
            indexes[0] in hidden
            or not (part(indexes[0]) or self._opens_name(indexes))
            or (len(indexes) > 1 and self.words[indexes[0]].lower in _LEADING_ROLES)
            # "Mama Zaïnaba", "zia Maria": a family word before the name (not "COUSIN Ronan", a family name)
            or (
                len(indexes) > 1
                and self.words[indexes[0]].lower in _LEADING_KIN
                and not self.words[indexes[0]].is_upper
            )
        ):
            indexes.pop(0)  # (and a role before the name: "Ergothérapeute présente : Léna Pautrat")
        while indexes and (indexes[-1] in hidden or not part(indexes[-1])):
            indexes.pop()
        return [] if any(index in hidden for index in indexes) else indexes

    def _model_name(self, start: int, end: int, hidden: set[int]) -> list[int]:
        """The words of a name the project's own names model found, or none.

        That model was trained for the names the other rules miss (a first name alone in lower
        case, a name of any origin), so it is not held to their lists; what it is known to take
        for names is left out: form labels in capitals, places, ordinary French words alone, and
        phrases of other languages typed in lower case.
        """
        indexes = self._trimmed(start, end, hidden, self._may_be_model_name_part)
        while len(indexes) > 1 and self._is_acronym(indexes[-1]):
            indexes.pop()  # "Chiffres ODPE 2025": a word opening the sentence, then an acronym
        if not indexes or self._in_foreign_quote(indexes[0]):
            return []
        words = [self.words[index] for index in indexes]
        names = [word for word in words if word.lower not in PARTICLES]
        if not names or not all(word.is_alpha and word.has_name_shape for word in words):
            return []
        if any(word.is_upper and "_" in self.text[word.start - 1 : word.end + 1] for word in words):
            return []  # "champ=TEL_PORT": a software's field
        if any(word.lower in gz.FUNCTION_WORDS for word in names):
            return []  # "jsp le num"
        if _INSTITUTION_PHRASE.match(self.text, words[0].start):
            return []  # "rdv france travail", typed in lower case
        known = [word for word in names if word.first_name_tier or word.surname_tier]
        if self._place_context(words[0], strong=True) or (
            self._names_place(indexes)
            and (
                not any(word.first_name_tier for word in names)
                or self._origin_before(words[0])
                or words[0].lower in gz.TOWN_FIRST_NAMES
                # "l'accueil de Mirande": a town after "de", as the rules read it, unless a frequent first name
                or (
                    self._place_context(words[0])
                    and all(not word.first_name_tier or word.first_name_tier >= gz.RARE for word in names)
                )
            )
        ):
            return []  # "à Kayseri", "de Guyane", "Kayseri"; the model's "Sofia (DDN …)" is a girl
        if not known and self._place_context(words[0]) and self._origin_before(words[0]):
            return []  # "originaire de Kayseri"; "le mail de vero" is a colleague's
        if (
            self._named_place_before(words[0])
            or words[0].lower.split("-")[0] in _SAINTS  # "le foyer maternel Sainte-Madeleine"
            or self._place_field_before(words[0])
        ):
            return []
        if any(
            word.is_upper and word.is_word and not (word.first_name_tier or word.surname_tier)
            for word in names
        ):
            return []  # "ADRESSE", "DECISION REFUS": a form's words in capitals
        if (
            len(names) < len(words)
            and all(word.is_upper for word in words)
            and all(word.is_word for word in names)
        ):
            return []  # "SALLE DU CONSEIL": words in capitals joined by a particle, a heading's or a room's
        if any(word.lower in gz.FAMOUS_WORDS for word in names) and all(
            word.lower in gz.FAMOUS_WORDS or (word.is_word and not word.first_name_tier) for word in names
        ):
            return []  # "Écran Solis", "Logiciel IODAS": software, a brand, a theorist, with a word
        if (
            len(indexes) == 1
            and not names[0].surname_tier
            and self._named_after_someone(indexes[0], names[0].text.split("-"))
        ):
            return []  # "à partir de Grange-Blanche", "l'hôpital Paul-Guiraud"
        if len(names) == 1:
            word = names[0]
            if word.is_institution or len(word.text) < 2 or word.text.upper() in gz.INSTITUTIONS:
                return []
            if word.is_word and not self._model_word_name(indexes[0]):
                return []  # "Excusée", "la rose": a word
            if word.is_upper and not known:
                return []  # "BNPAFRPPXXX": capitals no list knows, as the rules ask of a surname
            if (
                (word.is_lower and self._qualifies_noun(indexes[0]))
                or self._is_kinship_degree(indexes[0])
                or self._is_word_use(indexes[0])
                or self._listed_with_things(indexes[0])
                or self._character_as_type(indexes[0])
            ):
                return []  # "une quiche lorraine", "des Jordan", "il fait son Tanguy"
            if word.is_lower and not known:
                return indexes if self._lone_unknown(indexes[0]) else []  # "tesfaye", not "mwen manké"
            return indexes
        if all(word.is_lower for word in names):
            return indexes if known and not any(word.is_word for word in names) else []  # "kayn walou"
        if any(word.is_lower for word in names):
            return []  # "Nzambe akosunga": a phrase, not a name
        return indexes

    def _lone_unknown(self, index: int) -> bool:
        """A lower-case word no list knows, among French words: a name ("appelé tesfaye hier"),
        not a word of a phrase in another language ("mwen manké lajan") or an abbreviation."""
        word = self.words[index]
        if len(word.text) < 4 or not re.search(r"[aeiouyéèàâêîôû]", word.lower) or word.is_verb:
            return False
        if _FRENCH_SUFFIX.search(word.lower) or (
            index > 0
            and self.words[index - 1].lower in {"de", "d'", "d’", "pour"}
            and word.lower.endswith("er")
        ):
            return False  # "neuropédiatrie", "de tenvoyer": French words the lexicon lacks, typos
        neighbours = [self.words[i] for i in (index - 1, index + 1) if 0 <= i < len(self.words)]
        return not any(
            other.is_alpha
            and other.is_lower
            and not other.is_word
            and not (other.first_name_tier or other.surname_tier)
            for other in neighbours
        )

    def _model_word_name(self, index: int) -> bool:
        """A word that is a first name, where the model reads a person ("c jade (ase)", "Victoire,
        née le…"): neither the first word of a sentence nor after a determiner ("la rose")."""
        word = self.words[index]
        tier = word.first_name_tier
        if not tier or tier > gz.UNCOMMON or word.is_verb:
            return False
        if word.sentence_start and not self._described_after(index):
            return False  # "Victoire !", "rose est une couleur"; "- Victoire, née le 3.2.2016" is a girl
        return not (self._thing_before(index) or self._a_kind(index))

    def _a_kind(self, index: int) -> bool:
        """ "un prénom de fleur, la grand-mère un prénom de sainte": a kind of thing, not someone."""
        return index > 1 and self.words[index - 1].lower == "de" and self.words[index - 2].lower in _KINDS

    def _described_after(self, index: int) -> bool:
        word = self.words[index]
        return (
            _BIRTH_AFTER.match(self.text, word.end) is not None
            or self._age_or_date_follows(index)
            or self._apposition_follows(index)
        )

    def _names_place(self, indexes: list[int]) -> bool:
        """ "Kayseri", "les Mureaux" (the commune Les Mureaux, its article before the entity)."""
        phrase = " ".join(self.words[index].text for index in indexes)
        before = self.words[indexes[0] - 1] if indexes[0] else None
        if gz.joins_places(phrase):
            return True  # "le match France-Maroc"
        return gz.is_place(phrase) or (
            before is not None and before.lower in ARTICLES and gz.is_place(f"{before.text} {phrase}")
        )

    def _place_field_before(self, word: Word) -> bool:
        """The value of a form's field that holds a place: "Commune de naissance : Kayseri"."""
        line_start = self.text.rfind("\n", 0, word.start) + 1
        return _PLACE_FIELD.search(self.text, line_start, word.start) is not None

    def _is_acronym(self, index: int) -> bool:
        word = self.words[index]
        return word.is_upper and len(word.text) > 2 and word.is_institution and not word.surname_tier

    def _may_be_model_name_part(self, index: int) -> bool:
        word = self.words[index]
        if not word.is_alpha or word.lower.rstrip(".") in TITLES or word.lower in PARTICLES:
            return False
        return not self._is_field_label(index)

    def _opens_name(self, indexes: list[int]) -> bool:
        """A foreign particle before the rest of the entity: "el amrani", "dos Santos"."""
        return len(indexes) > 1 and self.words[indexes[0]].lower in FOREIGN_PARTICLES

    def _may_be_name_part(self, word: Word) -> bool:
        if not word.is_alpha or word.lower.rstrip(".") in TITLES or word.lower in PARTICLES:
            return False
        if word.lower in gz.FUNCTION_WORDS:
            return False  # "Dumnezeu să vă binecuvânteze", "Hello madam": a blessing, a greeting
        if len(word.text) == 1 and not self._is_initial(bisect.bisect_left(self.starts, word.start)):
            return False  # a letter alone, without the dot of an initial
        if len(word.text) == 2 and not (word.first_name_tier or word.surname_tier):
            return False  # "QO", "Yt": two letters no list knows as a name
        return not (word.is_lower and word.is_word)

    def _entity_is_person(self, indexes: list[int]) -> bool:
        words = [self.words[i] for i in indexes]
        names = [word for word in words if word.lower not in PARTICLES]
        if not names or self._named_place_before(words[0]) or any(not w.is_alpha for w in words):
            return False
        if self._in_foreign_quote(indexes[0]):
            return False
        if all(len(word.text) < 2 for word in names) or self._thing_before(indexes[0]):
            return False
        if words[0].lower.split("-")[0] in _SAINTS or (
            indexes[0] and self.words[indexes[0] - 1].lower in _SAINTS
        ):
            return False  # "a saint andré", "Sainte-Claire, la maison de retraite": a place or a saint
        if all(word.is_institution or word.is_word or word.lower in _LEADING_ROLES for word in names):
            return False
        if any(word.is_lower and word.is_word for word in names) and all(
            word.is_institution or word.is_word or gz.is_place(word.text) for word in names
        ):
            return False  # "Bonne nouvelle de Lorient": words and a town, a sentence's opening
        if (
            len(names) > 1
            and names[0].sentence_start
            and all(word.is_capitalised for word in names)
            and names[0].is_word
            and not (names[0].first_name_tier or names[0].surname_tier)
            and all(gz.is_place(word.text) for word in names[1:])
        ):
            return False  # "Inondations de l'Aude, 15 octobre 2018": a word then a place, an event's title
        if not all(word.has_name_shape for word in names):
            return False  # "UÉESœQè", "èUJ": garbage
        if len(names) == 1 and names[0].is_upper and not (names[0].surname_tier or names[0].first_name_tier):
            return False  # "KOVÇLÀO": capitals no list knows, as the rules ask of a surname in capitals
        if len(names) >= 3 and all(word.is_lower for word in names):
            return False  # "manman pa vini ankò": a sentence in another language, not a name
        if len(names) == 1 and names[0].is_lower and not (names[0].first_name_tier or names[0].surname_tier):
            return False  # "dpkèà", "fon": a lower-case word no list knows as a name
        rare = len(names) == 1 and names[0].is_lower and (names[0].first_name_tier or 0) > gz.COMMON
        if rare and gz.is_french_word(names[0].text):
            return False  # "elle a été parfaite": an adjective the model took for a name
        if len(names) == 1:
            name, index = names[0], indexes[words.index(names[0])]
            if gz.is_place(name.text) and self._place_context(name) and not self._name_follows(index):
                return False  # "29 rue de Nantes, à Frans": the town
            if name.sentence_start and name.is_ambiguous and not self.subject_follows(index):
                return False  # "Fortuné ou pas, chaque allocataire…"
            if name.lower in gz.TOWN_FIRST_NAMES and not self.subject_follows(index):
                return False  # "Nancy" alone is the town, as for the rules, unless she acts
            if (
                (name.is_lower and self._qualifies_noun(index))
                or self._is_word_use(index)
                or self._listed_with_things(index)
            ):
                return False  # "son plus beau jean", "des prénoms comme Prince"
        if any(word.first_name_tier for word in names if not word.is_word):
            return True
        if gz.is_place(self.text[words[0].start : words[-1].end]) or self._place_context(words[0]):
            return False
        if self._origin_before(words[0]):
            return False
        return not all(word.is_lower and word.is_word for word in names)

    # -- propagation -----------------------------------------------------------------------------

    def propagate(self, spans: Iterable[Span]) -> Iterator[Span]:
        """Every other occurrence of a word already found in a name: "Léa" alone after "Léa MARTIN".

        Two-letter names ("Ly") spread only with the same capitals, longer ones in any case.
        """
        found = merge([span for span in spans if span.label == Label.PERSON])
        starts = [span.start for span in found]

        def covering(word: Word) -> Span | None:
            index = bisect.bisect_right(starts, word.start) - 1
            return found[index] if index >= 0 and word.start < found[index].end else None

        names, typed_lower = set(), set()
        for word in self.words:
            span = covering(word)
            inside = (
                span
                and word.end <= span.end
                and word.is_alpha
                and word.lower not in PARTICLES | TITLES
                and not self._leading_kin(word, span)
            )
            # an initial names no one elsewhere ("K. B." and "N. B.", "bâtiment B")
            if inside and len(word.text) > 1:
                names.add(_name_key(word))
                if word.is_lower and word.first_name_tier:  # not "point" dictated after "madame ben salah"
                    typed_lower.add(_name_key(word))
        if not names:
            return
        for index, word in enumerate(self.words):
            if word.inert or _name_key(word) not in names or covering(word):
                continue
            if (
                word.is_lower
                and word.is_word
                and (word.lower not in typed_lower or self._determiner_before(index))
                # "Mme Fontaine… fontaine a dit que non": typed in lower case, but she acts (not "sa robe rose est")
                and not (
                    (index == 0 or self.words[index - 1].lower in _CLAUSE_OPENERS)
                    and self.subject_follows(index)
                )
            ):
                # "Rose" was a girl; "rose" further on is a colour. Where the name was typed in lower case
                # ("vu olive lemaire… depuis que olive ne conduit plus"), so is every mention.
                continue
            if word.lower in gz.CALENDAR_NAMES and (
                self._determiner_before(index) or (index and self.words[index - 1].lower in _HOLIDAY_BEFORE)
            ):
                continue  # "M. Toussaint" was a man; "arrivé à la Toussaint 2022", "il passera Noël" are the holiday
            if names_the_place(self.text, word.start, word.end):
                continue  # "Mme France Lallemand… arrivée en France": no one is "en" someone
            # "Nancy" was a colleague: "à Nancy" is masked too, the town cannot be told from her.
            yield Span(word.start, word.end, Label.PERSON, "propagation")

    def _leading_kin(self, word: Word, span: Span) -> bool:
        """ "chez Opa Fridolin": an elder's family word opening the name found, which names no one elsewhere ("son
        Opa"); not "Mme Mamie Nzuzi" (her first name, after her title)."""
        return (
            word.start == span.start
            and word.end < span.end
            and word.lower in _LEADING_KIN
            and not word.is_upper
            and not _TITLE_RIGHT_BEFORE.search(self.text, max(0, span.start - 14), span.start)
        )

    def completed(self, spans: Iterable[Span]) -> Iterator[Span]:
        """The words right beside a name found that no list or dictionary knows: the other parts
        of that name ("AHMADZAI Sardar", "Trần Thị Mai", "Nhung Wu", "Hala al-Khatib", "Maria do
        Céu", "DUHAMEL C."), which would stay readable next to the masked part and name the
        person as well as the whole."""
        persons = merge([span for span in spans if span.label == Label.PERSON])
        named = " | ".join(self.text[span.start : span.end] for span in persons)
        for span in persons:
            first = bisect.bisect_left(self.starts, span.start)
            last = bisect.bisect_left(self.starts, span.end) - 1
            if first > last:
                continue
            for step, index in ((-1, first), (1, last)):
                while (taken := self._name_part_beside(index, step)) is not None:
                    near, far = self.words[index + step], self.words[taken]
                    yield Span(min(near.start, far.start), max(near.end, far.end), Label.PERSON, "completion")
                    index = taken
            end = self.words[index].end
            if initial := _INITIAL_AFTER.match(self.text, end):  # "J-P. M.": the surname's initial
                yield Span(end, initial.end(), Label.PERSON, "completion")
            elif self.words[index].is_lower and (initial := _LOWER_INITIAL_AFTER.match(self.text, end)):
                yield Span(end, initial.end(), Label.PERSON, "completion")  # "ppsmj lamine d. ddn 12/3/03"
            elif (tail := _ELIDED_PARTICLE_AFTER.match(self.text, end)) and _PARTICLE_INSIDE.search(
                self.text, span.start, end
            ):
                yield Span(end, tail.end(), Label.PERSON, "completion")  # "Anne-Sophie du Plessis d'Argentré"
            elif (bracketed := _BRACKETED_NAME.match(self.text, end)) and _is_family_name_alone(
                bracketed["word"]
            ):
                # "la petite aïcha (camara) dit que": her family name in brackets after her first name
                yield Span(bracketed.start("word"), bracketed.end("word"), Label.PERSON, "completion")
            # "Mme de Villeneuve-Esclapon": the particle after a civility is part of the name
            before = first - 1
            if before >= 0 and self.words[before].lower in PARTICLES:
                particle = self.words[before]
                # "les de Kervéguen" after "Mme Anne-Marie du Plessis de Kervéguen": the name said again, whole
                again = f"{particle.text} {self.text[span.start : span.end]}" in named
                # "le Goff (l'ex)": "Le Goff" is a family name whole, the article its part
                name = self.text[span.start : span.end]
                compound = gz.surname_tier(f"{particle.text.capitalize()} {name}")
                whole = (
                    particle.lower in {"le", "la"}
                    and name[:1].isupper()
                    and not (gz.first_name_tier(name) or gz.is_place(name))
                    and compound is not None
                    and compound <= (gz.surname_tier(name) or 99)
                )
                if (before > 0 and self._is_title(before - 1)) or (again and particle.is_lower) or whole:
                    yield Span(particle.start, particle.end, Label.PERSON, "completion")

    def _name_part_beside(self, index: int, step: int) -> int | None:
        """The index of the last word of a name part next to words[index] on that side, or None."""
        beside = index + step
        if not 0 <= beside < len(self.words) or not self._joined(index, beside):
            return None
        word = self.words[beside]
        if step > 0 and len(word.text) == 1 and word.text.isupper() and self._is_initial(beside):
            return beside + 1 if beside + 1 < len(self.words) else beside  # "DUHAMEL C.": with its dot
        if word.lower in _BRIDGES:
            if step < 0:
                # "Abu Yazan", "Van Damme", "la famille dos santos"; not "De Marie, je ne sais rien"
                same_case = word.is_capitalised or (word.is_lower and self.words[index].is_lower)
                return beside if same_case and word.lower in _FOREIGN_BRIDGES else None
            far = beside + 1  # "Maria do Céu", "Khadijetou bint Brahim"
            joined = far < len(self.words) and self._joined(beside, far)
            return far if joined and self._completes_name(far) else None
        return beside if self._completes_name(beside) else None

    def _joined(self, index: int, other: int) -> bool:
        left, right = sorted((self.words[index], self.words[other]), key=lambda w: w.start)
        return _joins_name(self.text[left.end : right.start]) and not right.sentence_start

    def _is_title(self, index: int) -> bool:
        return index >= 0 and self.words[index].lower.rstrip(".") in TITLES

    def _completes_name(self, index: int) -> bool:
        word = self.words[index]
        if not word.is_alpha or len(word.text) < 2:
            return False
        if word.is_lower:
            return _PARTICLE_PREFIXED.match(word.text) is not None  # "al-Khatib", "el-Hamwi"
        if word.lower in gz.CALENDAR or word.lower in gz.CALENDAR_NAMES:
            return self._calendar_name(index)
        if (
            gz.is_region(word.text)
            and word.has_name_shape
            and (self._function_in_brackets_after(index) or self._town_as_surname(index))
        ):
            return True  # a list of who attended: "Sandrine Lyon (évaluatrice)"
        if not word.has_name_shape or word.is_institution or word.lower in _NEVER_NAME_PARTS:
            return False  # "Mamie Bruna", "Bébé Nour", "Man Léonce" (Madame, in Creole)
        if word.is_upper and gz.fold(word.lower) in _FIELD_WORDS:
            return False  # "| PRENOM Bastien": a form's label in capitals
        if word.is_word and not (word.surname_tier or word.first_name_tier):
            return False  # "Léa Lundi", "Nadia Ensuite"; "Nhung Wu" and "Marie Rose" are names
        if (
            word.is_word
            and word.sentence_start
            and not word.first_name_tier
            and not self._opens_list_item(index)
        ):
            return False  # "Voilà Karima": a word opening the sentence before the name; not "1. Fontaine Jean-Claude"
        if (
            word.is_upper
            and not (word.surname_tier or word.first_name_tier)
            and (len(word.text) < 4 or sum(char in "AEIOUYÀÂÉÈÊËÎÏÔÛÙ" for char in word.text) < 2)
        ):
            return False  # capitals no list knows: an acronym ("CMP", "SAVS"), unlike "AHMADZAI"
        # A region or a big town beside a name is where she is; a village's name is a surname
        # ("Lise-Marie Thélus").
        if gz.is_region(word.text) or word.lower in gz.TOWN_FIRST_NAMES:
            return False
        return not self._is_field_label(index)

    def _town_as_surname(self, index: int) -> bool:
        """ "semaine 39 : Florence Paris.": a big town right after a frequent first name, with nothing after
        it that places it (an arrondissement, a quarter, a station), is her family name."""
        before = self.words[index - 1] if index else None
        after = self.text[self.words[index].end : self.words[index].end + 3]
        return (
            before is not None
            and before.is_capitalised
            and before.first_name_tier == gz.COMMON
            and not gz.is_place(before.text)
            and self.text[before.end : self.words[index].start] == " "
            and re.match(r"\s*(?:[.,;:!?)]|$)", after) is not None
        )

    def _opens_list_item(self, index: int) -> bool:
        start = self.words[index].start
        return _LIST_ITEM_BEFORE.search(self.text, max(0, start - 12), start) is not None

    def _function_in_brackets_after(self, index: int) -> bool:
        after = _BRACKETED_WORD.match(self.text, self.words[index].end)
        if after is None:
            return False
        function = after["word"].lower()
        return (
            function in _ROLE_AFTER_WORD
            or gz.fold(function) in _ROLE_AFTER_WORD
            or bool(_JOB_ENDING.search(function))
        )

    def _calendar_name(self, index: int) -> bool:
        """ "Mai Nguyen", "Espérance Toussaint": a month or a feast that is a first or family name,
        capitalised beside a name found, where no date is written ("en Mai", "le 3 Mai", "la Toussaint")."""
        word = self.words[index]
        if not word.is_capitalised or word.lower not in gz.CALENDAR_NAMES:
            return False
        before = self.words[index - 1] if index else None
        after = self.words[index + 1] if index + 1 < len(self.words) else None
        if after is not None and after.text[0].isdigit():
            return False  # "Karim Mai 2024 ?"
        return before is None or not (
            before.text[0].isdigit() or before.lower in DETERMINERS or before.lower in _DATE_WORDS
        )

    # -- helpers ---------------------------------------------------------------------------------

    def _is_limit(self, index: int) -> bool:
        """ "50€ max par foyer", "15 situations max", "max 10 €": a maximum by a figure, not Max."""
        if self.words[index].lower not in {"max", "maxi", "mini", "min"}:
            return False
        if index + 1 < len(self.words) and self.words[index + 1].text[0].isdigit():
            return True
        if index == 0:
            return False
        before = self.words[index - 1].text
        counted = index > 1 and self.words[index - 2].text[-1].isdigit() and self.words[index - 1].is_lower
        return before[-1].isdigit() or before in {"€", "%", "h", "min"} or counted

    def _is_first_name(self, index: int) -> bool:
        word = self.words[index]
        tier = word.first_name_tier
        if not tier:
            return self._is_misspelt_first_name(index)
        if not word.is_alpha or len(word.text) < 2 or not word.has_name_shape:
            return False
        if word.is_institution and not (
            word.text in gz.PLACES
            and (self._initial_follows(index) or self._name_follows(index))
            or self._country_named_like_a_person(index)
            or self._brand_named_like_a_person(index)
            or self._month_named_with_an_age(index)
        ):
            return False  # "Lorraine D.", "Lorraine Martin" are people; "la Lorraine" a region
        if word.lower in gz.FUNCTION_WORDS or word.lower in gz.KIN_WORDS:
            return False  # "Elle", "La", "Si" start sentences, "Maman" calls, not names
        if word.lower in _MAIL_HEADERS and self._is_field_label(index):
            return False  # "To: <fsl@…>"
        if self._is_word_use(index) or self._listed_with_things(index) or self._counted_with_places(word):
            return False
        if index and self.words[index - 1].lower == "des" and word.is_capitalised and not word.surname_tier:
            return False  # "on a toujours des Cosette dans les hôtels sociaux": a type, not a girl
        if self._character_as_type(index) or _PLACE_SAID_AFTER.match(self.text, word.end):
            return False  # "Florence, c'est là qu'on était partis": a town
        if index and self.words[index - 1].lower in _SAINTS:
            return False  # "saint andré", "Sainte Anne": a place or a saint
        if index and self.words[index - 1].lower in {"l'", "l’"} and gz.is_region(word.text):
            return False  # "les collègues de l'Aude": a département, no one is called "l'Aude"
        if (
            index > 1
            and self.words[index - 1].lower in {"l'", "l’"}
            and self.words[index - 2].lower in _TO_A_PLACE
        ):
            return False  # "il traîne à l'Alma", "vers l'Épeule": a quarter, no one is called so with her article
        if word.is_lower:
            if self._is_kinship_degree(index) or self._is_limit(index):
                return False
            if (
                tier > gz.UNCOMMON
                or len(word.text) < 3
                or word.is_verb
                or gz.is_institution(word.text.upper())
            ):
                return False  # "saad introuvable": an acronym typed in lower case
            # "parfaite", "gracieuse": a dictionary word in lower case is a word first, unless the
            # name is a frequent one ("karine")
            wordy = word.is_word or (
                tier > gz.COMMON and gz.is_french_word(word.text) and word.folded not in gz.NICKNAMES
            )
            # "jean-pierre", "marie-claire": first names joined by a hyphen are no dictionary's word
            wordy = wordy and not _is_compound_first_name(word.text)
            if wordy and not (
                self._lower_surname_follows(index)
                or (
                    index
                    and self.text[self.words[index - 1].end : word.start] == " "
                    and self._is_lower_surname_first(index - 1)
                )
                or (word.sentence_start and self._acts(index))
                or self._age_or_date_follows(index)  # "- jade 4 ans va bien"
                # "visite ac marine la tisf"; not "le colis de noel la maman de Hawa…"
                # (not "bon ben le papi veut pas": a filler)
                or (
                    word.lower not in gz.CALENDAR_NAMES
                    and word.lower not in _FILLERS
                    and self._apposition_follows(index, comma=False)
                    and not self._a_kind(index)
                )
                # "mimi stp relance la régie": someone asked for something, by her name
                or (index + 1 < len(self.words) and self.words[index + 1].lower in {"stp", "svp"})
            ):
                return False  # "gloire gueguen", "bertin claire", "marine est en arrêt" are people
            # "des cris", "les lois", "jade, ambre, perle": a determiner or a list of words around
            if self._determiner_before(index) or self._listed_with_words(index):
                return False
            if self._qualifies_noun(index):
                return False
        elif word.is_upper and (
            len(word.text) < 3
            or self._in_capital_heading(index)
            # "au titre des NAO", "dans certains IRIS": an acronym after a plural determiner ("la LEA du
            # foyer", "chez la DUPONT" are people)
            or (
                len(word.text) <= 4
                and index
                and self.words[index - 1].is_lower  # not "DE LA CRUZ"
                and self.words[index - 1].lower in _PLURAL_DETERMINERS
            )
            # "CONSTANCE, SOLIDARITÉ, VICTOIRE.": a word in a list of shouted words ("URGENT ROSE A FUGUÉ" is Rose)
            or (word.is_word and self._shouting(index) and self._listed_with_capital_words(index))
        ):
            return False
        elif word.sentence_start:
            # "Claire a appelé" is Claire; "Claire comme de l'eau de roche", "Grâce à" are words.
            # "Avril, née le 2 avril 2023": a birth, an age or a role in apposition says a person too
            if word.is_ambiguous and not (
                self._name_follows(index)
                or self._initial_follows(index)  # "Jade M., née le 03/05/2021"
                or self.subject_follows(index)
                or self._described_after(index)
                or self._age_or_date_follows(index)  # "la fratrie Meunier : Jade 12/05/2016, Noah…"
            ):
                return False
        elif gz.is_common_word(word.text) and (
            self._determiner_before(index)
            or (word.is_word and self._thing_before(index))
            or tier == gz.VERY_RARE
        ):
            return False  # "la Marine nationale", "la Mercedes", "les Jardins d'Automne"
        # "à Nancy" is the town; "de Eloise Gravier", "de Yves B." are people
        # A frequent first name after a bare "de" is a person ("le père de Anaïs"; a commune is
        # named Anais); rarer ones and towns after "à", "commune de", a postcode are places.
        # A nickname ("compte perso de Véro") is a person's too, though a village bears it.
        strong = (
            (tier == gz.COMMON or word.folded in gz.NICKNAMES)
            and word.lower not in gz.TOWN_FIRST_NAMES
            and word.text not in gz.PLACES
        )
        # A place that is also a word is the place only where a sentence starts with no verb after
        # it; "de Aimé," in mid-sentence, "Chance m'écrit" are people.
        wordy = word.is_word and word.sentence_start and not self.subject_follows(index)
        asked = index + 1 < len(self.words) and self.words[index + 1].lower in {"stp", "svp"}
        if (
            gz.is_place(word.text)
            and (self._place_context(word, strong=strong) or wordy)
            and not (
                self._name_follows(index) or self._initial_follows(index) or asked
            )  # "dis rien à véro stp"
        ):
            return False
        if word.lower in gz.TOWN_FIRST_NAMES and not self._name_follows(index):
            return False
        if self._country_follows(word) and (
            tier != gz.COMMON or _AT_BEFORE.search(self.text, max(0, word.start - 12), word.start)
        ):
            return False  # a town abroad: "un cousin à Adelaide, en Australie"
        if self._trip_to_town(word):
            return False
        return not (self._named_place_before(word) or self._in_place_name(index))

    def _in_capital_heading(self, index: int) -> bool:
        """ "ANGE OU DÉMON ?": a word in capitals beside "OU" or "NI" in capitals and another word of the
        dictionary is a heading's ("MARIE OU PAUL" are names; "URGENT ROSE A FUGUÉ", "MARINE EST EN ARRÊT" are
        people: a word beside a name says nothing of it)."""
        words = self.words
        if not words[index].is_word:
            return False
        for step in (-1, 1):
            link, other = index + step, index + 2 * step
            if (
                not (0 <= other < len(words))
                or words[link].lower not in _HEADING_WORDS
                or not words[link].is_upper
            ):
                continue
            if words[other].is_upper and words[other].is_word and not words[other].first_name_tier:
                return True
        return False

    def _is_word_use(self, index: int) -> bool:
        """First names used as words: "Fidèle au poste", "fidèle à sa réputation" (an adjective and
        its complement), "grâce à" (a preposition), "des Jordan", "une paire de Jordan" (trainers), and names cited as names
        ("des prénoms comme Prince, Princesse ou Fidèle")."""
        word = self.words[index]
        following = self.words[index + 1].lower if index + 1 < len(self.words) else ""
        if word.folded == "fidele" and following in {"à", "a", "au", "aux"}:
            return True
        if (
            word.folded == "lydia"
            and word.is_lower
            and index
            and self.words[index - 1].lower in {"par", "sur", "via"}
        ):
            return True  # "envoyez à maryse par lydia": the payment app
        if word.folded == "claire" and _CLEAR_AS.match(self.text, word.end):
            return True  # "Claire comme de l'eau de roche"
        if word.folded == "grace" and (word.is_lower or word.sentence_start):
            # "grâce à nos efforts", "grace a la mobilisation"; "Grâce a appelé", "le matricule de Grâce à l'ASE"
            return following in {"à", "au", "aux"} or (following == "a" and word.is_lower)
        if (
            word.folded == "jordan"
            and index
            and (
                self.words[index - 1].lower
                in {"des", "les", "ses", "mes", "en"}  # "arrivent en Jordan neuves"
                or (index > 1 and self.words[index - 2].lower in {"paire", "paires"})
            )
        ):
            return True
        return self._talks_of_first_names and (
            _NAMES_CITED.search(self.text, max(0, word.start - 120), word.start) is not None
            or _NAMES_CITED_AFTER.match(self.text[word.end : word.end + 200]) is not None
        )

    @_lazy
    def _talks_of_first_names(self) -> bool:
        """Whether "prénom" is written anywhere: what _NAMES_CITED and _NAMES_CITED_AFTER look for around each word."""
        return _FIRST_NAMES_WORD.search(self.text) is not None

    def _in_place_name(self, index: int) -> bool:
        """ "La Rochelle", "Le Mans", "Les Ulis": a capitalised article and the word name a town;
        "New York", "Los Angeles", "Rio de Janeiro": the word and its neighbours name a city abroad."""
        article = self.words[index - 1] if index else None
        if (
            article is not None
            and article.is_capitalised
            and article.lower in ARTICLES
            and gz.is_place(self.text[article.start : self.words[index].end])
        ):
            return True
        for first in range(max(0, index - 2), index + 1):
            if self.words[first].text not in _PLACE_OPENERS:
                continue  # (most words open no place of several words: the slices below are skipped)
            for last in range(max(first + 1, index), min(len(self.words), first + 3)):
                if self.text[self.words[first].start : self.words[last].end] in gz.PLACES:
                    return True
        return False

    def _plural_after_article(self, index: int) -> bool:
        """ "les Izards", "les Minguettes": family names take no plural mark ("les Dupont"), so an
        unknown capitalised word in -s or -x after "les" or "des" names places or things."""
        word = self.words[index]
        if not index or self.words[index - 1].lower not in {"les", "des", "aux"}:
            return False
        return word.lower.endswith(("s", "x")) and not (word.surname_tier or word.first_name_tier)

    def _is_misspelt_first_name(self, index: int) -> bool:
        """ "Sixxtine m'écrit", "FERRE Juliien": a frequent first name with a typo, where the words
        around say a person is meant (a verb after it, a family name next to it)."""
        word = self.words[index]
        if len(word.text) < 4 or not word.is_alpha or word.is_upper or not gz.first_name_typo_tier(word.text):
            return False
        if word.is_institution or word.is_word or word.surname_tier:
            return False
        if word.is_lower:
            return self._lower_surname_follows(index)  # "aelxandre davin"
        if gz.is_place(word.text):
            return False
        if index and self._is_surname_before(index - 1, word):
            return True
        return self._name_follows(index) or self.subject_follows(index) or self._initial_follows(index)

    def _lower_surname_follows(self, index: int) -> bool:
        """A lower-case family name no dictionary has right after: "gloire gueguen"."""
        if (
            index + 1 >= len(self.words)
            or self.text[self.words[index].end : self.words[index + 1].start] != " "
        ):
            return False
        following = self.words[index + 1]
        return (
            following.is_lower
            and following.is_alpha
            and len(following.text) >= 3
            and not following.is_word
            and not following.is_verb
            and bool(following.surname_tier)
        )

    def _outline_item(self, index: int) -> bool:
        """ "I. Bilan activité\nII. Renfort": a plan's first heading, not an initial ("A. Martin\nB. Durand"
        may be two people)."""
        word = self.words[index]
        line_start = self.text.rfind("\n", 0, word.start) + 1
        return (
            word.text == "I"
            and not self.text[line_start : word.start].strip()
            and re.search(r"(?m)^[ \t]*II\.", self.text) is not None
        )

    def _initial_follows(self, index: int) -> bool:
        return index + 1 < len(self.words) and self._is_initial(index + 1)

    def _qualifies_noun(self, index: int) -> bool:
        """ "une quiche lorraine", "son plus beau jean": a word in lower case after a determiner and
        a noun or an adjective is an adjective or a noun itself ("la petite lea", "ma collègue karine"
        name someone: a word that goes before names, a role or a family word)."""
        if index < 2 or not gz.is_french_word(self.words[index].text):
            return False
        following = self.words[index + 1] if index + 1 < len(self.words) else None
        if following and following.is_alpha and not (following.is_word or following.is_verb):
            return False  # "vu ce matin bienvenu ngoyi": a family name after it
        previous, determiner = self.words[index - 1], self.words[index - 2]
        return (
            determiner.lower in DETERMINERS | {"plus"}
            and previous.is_lower
            and previous.is_word
            and not previous.is_verb
            and previous.lower not in gz.FUNCTION_WORDS
            and previous.lower not in gz.KIN_WORDS
            and previous.lower not in gz.ROLE_WORDS
            and previous.lower not in _BEFORE_NAMES
        )

    def _listed_with_words(self, index: int) -> bool:
        """ "jade, ambre, perle :", "persévérance, tempérance": an item of a list of common words."""
        words = self.words
        for step in (-1, 1):
            separator, item, beyond = index + step, index + 2 * step, index + 3 * step
            if not (0 <= item < len(words)) or words[separator].text != ",":
                continue
            neighbour = words[item]
            # A word in lower case: a capitalised one ("Rose") may be masked as a name, and the list
            # would no longer be one when the masked text is read again.
            if not neighbour.is_lower or neighbour.lower in gz.FUNCTION_WORDS or not neighbour.is_ambiguous:
                continue
            if neighbour.first_name_tier and not neighbour.is_word:
                continue  # "karine, julie et marc": a list of names
            if not (0 <= beyond < len(words)) or words[beyond].text in _LIST_ENDS or neighbour.sentence_start:
                return True
        return False

    def _listed_with_capital_words(self, index: int) -> bool:
        """ "SOLIDARITÉ, VICTOIRE": a comma and a word in capitals no name list has, beside it."""
        for step in (-1, 1):
            separator, item = index + step, index + 2 * step
            if 0 <= item < len(self.words) and self.words[separator].text == ",":
                other = self.words[item]
                if other.is_upper and other.is_word and not (other.first_name_tier or other.surname_tier):
                    return True
        return False

    def _is_kinship_degree(self, index: int) -> bool:
        """ "mon cousin germain bosse à la CAF": the degree of kinship, not Germain."""
        word = self.words[index]
        return (
            word.is_lower
            and word.lower.startswith("germain")
            and index > 0
            and self.words[index - 1].lower.startswith("cousin")
        )

    def _named_after_someone(self, index: int, parts: list[str]) -> bool:
        """ "Paul-Guiraud", "Grange-Blanche", "Port-au-Prince": French joins a place's name with hyphens, a first
        name to a family name ("l'hôpital Paul-Guiraud"), or words ("Bon-Secours"); a person's name has a
        blank there ("Paul Guiraud"), and two first names make one ("Jean-Baptiste"). Not beside another
        name: "LUNDI Fils-Aimé", "Yann-Ber Le Du" are people."""
        if len(parts) < 2 or not all(parts) or not parts[0][0].isupper():
            return False
        if sum(bool(gz.first_name_tier(part)) for part in parts) >= 2:
            return False  # "Marie-Laure", "Jean-Baptiste"
        before = self.words[index - 1] if index else None
        if (before is not None and before.is_upper and before.is_alpha) or self._full_name_follows(index):
            return False
        if all(gz.is_common_word(part) for part in parts):
            return True
        tier, last = gz.first_name_tier(parts[0]), parts[-1]
        return tier == gz.COMMON and not gz.first_name_tier(last) and bool(gz.surname_tier(last))

    def _brand_named_like_a_person(self, index: int) -> bool:
        """ "Zara a fugué", "Sephora est venue", "Mercedes a repris le lycée": a brand that is a frequent first
        name (more than a family's), is a girl's where she acts; "chez Zara", "une Mercedes" are the brands."""
        word = self.words[index]
        if not (
            word.lower in gz.FAMOUS_WORDS
            and word.first_name_tier == gz.COMMON
            and (word.surname_tier or gz.VERY_RARE) > gz.COMMON  # "Zola a écrit", "Zidane a marqué" stay
        ):
            return False
        before = self.words[index - 1].lower if index else ""
        if (
            index > 1
            and self.words[index - 1].is_lower
            and self.words[index - 2].lower in {"un", "une", "des"}
        ):
            return False  # "une vieille Mercedes garée"; "la petite Zara a fugué" is a girl
        return before not in _BRAND_BEFORE and self._acts(index)

    def _month_named_with_an_age(self, index: int) -> bool:
        """ "Avril a 15 ans", "Mai, 3 ans": a month that is a girl's name, given an age."""
        word = self.words[index]
        return (
            word.is_capitalised
            and word.lower in gz.CALENDAR_NAMES
            and (_AGE_AFTER.match(self.text, word.end) is not None or self._age_or_date_follows(index))
        )

    def _country_named_like_a_person(self, index: int) -> bool:
        """ "Maurice est venu", "Fils de Mme Auclair : Dominique": a person, where "l'île Maurice", "la
        Dominique", "en Lorraine", "originaire de Lorraine" are places."""
        word = self.words[index]
        if word.text not in gz.PLACES_NAMED_LIKE_PEOPLE:
            return False
        before = self.words[index - 1].lower if index else ""
        return not (
            before in {"la", "l'", "l’", "île", "ile", "îles"}
            or self._place_context(word, strong=True)
            or self._origin_before(word)
        )

    def _listed_with_things(self, index: int) -> bool:
        """ "Florence, Venise, Rome :", "Fantine, Cosette, Jean Valjean": a capitalised word in a list
        of three items or more, one of them a city, a brand or a famous name that is no one's first
        name, is one of them ("À Lyon, Karine et Paul", "à la CAF, Corinne" are people)."""
        words = self.words

        def titled(position: int) -> bool:
            # "Lannion", "Saint-Brieuc"; not "CAF", "McDo"
            return 0 <= position < len(words) and all(
                part[:1].isupper() and part[1:].islower() for part in words[position].text.split("-")
            )

        def thing(position: int) -> bool:
            text = words[position].text
            return (
                words[position].is_institution
                or gz.is_place(text)
                or text in gz.CITIES_NAMED_LIKE_PEOPLE
                or gz.is_commune_short_name(text)
            )

        def rarely_a_first_name(position: int) -> bool:
            tier = words[position].first_name_tier
            return not tier or tier >= gz.RARE

        # The word must be a place or a famous name itself ("Venise", "Fantine"): a first name no list knows
        # otherwise stays a person's ("Marseille, Maëlys et Kylian sont partis", "Nancy, Maëlys et Lidl").
        # Checked first: it is cheap, and most words fail it.
        if not titled(index) or not thing(index):
            return False
        items = [[index]]
        for step in (-1, 1):
            position = index
            while len(items) < 8:
                separator, item = position + step, position + 2 * step
                if not (0 <= separator < len(words)) or words[separator].lower not in {",", "et", "ou"}:
                    break
                if not titled(item):
                    break
                # an item of two words: "Jean Valjean"
                if (
                    step == 1
                    and titled(item + 1)
                    and _joins_name(self.text[words[item].end : words[item + 1].start])
                ):
                    items.append([item, item + 1])
                    position = item + 1
                else:
                    items.append([item])
                    position = item
        if len(items) < 3:
            return False
        first = min(position for item in items for position in item)
        # ("à Lyon, Karine et Paul" are people; "entre Albert, Péronne et Doullens" is a stretch of country)
        before = words[first - 1].lower if first else ""
        if before != "entre" and (before in _PREPOSITIONS or before in DETERMINERS):
            return False
        # A first name goes with things only: "Marseille, Florence et Kylian sont partis" are people.
        if words[index].first_name_tier and not all(any(thing(p) for p in item) for item in items[1:]):
            return False
        # and one item at least is seldom anyone's first name ("Valence", "Rome"): "Nancy, Florence, Victoria" may be
        # three women.
        return any(thing(p) and rarely_a_first_name(p) for item in items for p in item)

    def _full_name_follows(self, index: int) -> bool:
        """A capitalised word after this one, or a particle then one: "Yann-Ber Le Du", "Paul-Guiraud Martin"."""
        following = self.words[index + 1 : index + 3]
        if following and following[0].lower in PARTICLES:
            following = following[1:]
        return (
            bool(following)
            and following[0].is_alpha
            and (following[0].is_capitalised or following[0].is_upper)
        )

    def _name_follows(self, index: int) -> bool:
        return index + 1 < len(self.words) and self._is_surname_like(self.words[index + 1], lower_ok=False)

    def _age_or_date_follows(self, index: int) -> bool:
        """ "Wideline, 16 ans", "Glody, 02.12.2013", "- jade 4 ans va bien": an age or a date of birth in
        apposition."""
        after = self.words[index + 1 : index + 4]
        if after and after[0].text.isdigit() and _BARE_AGE.match(self.text, after[0].start):
            word = self.words[index]
            return not (word.is_verb or word.lower in _VERB_FORMS)  # "aura 3 ans" is a verb
        if after and after[0].text.isdigit() and _BIRTH_DATE_AT.match(self.text, after[0].start):
            return True  # "Jade 12/05/2016, Noah 03/11/2019"
        if len(after) < 2 or after[0].text not in {",", "("} or not after[1].text.isdigit():
            return False
        following = self.text[after[1].start : after[1].start + 12]
        return bool(re.match(r"\d{1,2}\s*ans\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", following))

    def _apposition_follows(self, index: int, *, comma: bool = True) -> bool:
        """ "Nevada, l'aînée", "Awa, la grande sœur", "Romain, c'est mon responsable": a family word or a
        role after a comma (or with no comma, as messages are typed: "ac marine la tisf")."""
        after = self.words[index + 1 : index + 7]
        if not comma and after and after[0].lower in {"le", "la", "l'", "l’"}:
            after = [self.words[index], *after]  # the comma's place
        elif len(after) < 3 or after[0].text != ",":
            return False
        if after[1].lower in {"c'", "c’"} and after[2].lower == "est":
            after = after[2:]
        rest = [
            word for word in after[1:4] if word.lower not in DETERMINERS and word.lower not in _QUALIFYING_KIN
        ]
        head = rest[0].lower if rest else ""
        return (
            len(after) > 2
            and after[1].lower in DETERMINERS
            and (head in gz.KIN_WORDS or head in gz.ROLE_WORDS)
        )

    def _bracket_close(self, index: int) -> int | None:
        """The index of the ")" closing the bracket opened at index, a few words on, if any."""
        for position in range(index + 1, min(len(self.words), index + _BRACKET_REACH)):
            if self.words[position].text in {"(", "\n"}:
                return None
            if self.words[position].text == ")":
                return position
        return None

    def subject_follows(self, index: int) -> bool:
        """A verb, or an age or a date in apposition: "Claire a appelé", "Jade, 6 ans", "Rose (3 ans)"."""
        if index + 1 >= len(self.words):
            return False
        following = self.words[index + 1]
        if following.text in {",", "("}:
            after = self.words[index + 2 : index + 4]
            if after and after[0].text[0].isdigit():
                return True  # "Jade, 6 ans"
            if (
                following.text == "("
                and (close := self._bracket_close(index + 1))
                and self.subject_follows(close)
            ):
                return True  # "Jade (J. dans les écrits antérieurs) a investi sa scolarité"
            # "Claire, la cheffe", "Rose, notre AS", "Nevada, l'aînée": a role or a rank in apposition
            return (
                len(after) == 2
                and after[0].lower in DETERMINERS
                and (
                    after[1].is_institution
                    or after[1].lower in gz.KIN_WORDS
                    or after[1].lower in gz.ROLE_WORDS
                )
            )
        if following.lower == "et":
            # "Claire et Paul sont venus", "Claire et moi"; "Claire et nette", "Constance et patience"
            after = self.words[index + 2] if index + 2 < len(self.words) else None
            return after is not None and (
                (after.is_capitalised and after.is_alpha and not after.is_word) or after.lower in _PRONOUNS
            )
        if (
            following.lower == "en"
            and self.words[index].first_name_tier != gz.COMMON
            and index + 2 < len(self.words)
            and self.words[index + 2].is_capitalised
        ):
            return False  # "Claire en a marre", "Claire en Bretagne"; "Bienvenue en France" is no one's doing
        if following.lower == "a" and self.words[index].is_ambiguous:
            # "grace a la mobilisation" is "grâce à la", typed without accents
            after = self.words[index + 2] if index + 2 < len(self.words) else None
            if after is not None and after.lower in DETERMINERS:
                return False
        return following.lower in SUBJECT_FOLLOWERS or (following.is_lower and following.is_verb)

    def _is_surname_before(self, index: int, first_name: Word) -> bool:
        word = self.words[index]
        if (
            not word.is_alpha
            or word.is_institution
            or not _joins_name(self.text[word.end : first_name.start])
        ):
            return False
        if word.is_upper:
            # "| PRENOM Bastien": a form's label, not a family name in capitals
            return not (word.is_word and not word.surname_tier) and gz.fold(word.lower) not in _FIELD_WORDS
        if word.is_lower and first_name.is_lower:
            return self._is_lower_surname_first(index)
        if not word.is_capitalised or word.surname_tier is None:
            return False
        if word.lower in gz.FUNCTION_WORDS or word.lower in PARTICLES:
            return False  # "À La Rochelle"
        if word.lower in _LOWER_GREETINGS:
            return False  # "Hello Sev,", "Hey Julie": a greeting, though some families bear it
        if word.sentence_start:
            if (
                self.text[: word.start].rstrip(" \t").endswith(":")
                and word.surname_tier == gz.COMMON
                and _FIELD_VALUE_END.match(self.text, first_name.end)
            ):
                # "Bulletin reçu : Moreau Jessica, née le…": a form's field, the family name first
                # (not "Objet : Bravo Julie !")
                return not first_name.is_word and not gz.is_place(word.text)
            # "Guyon Walter a démissionné"; not "Merci Walter", "Bonjour Corinne" (words)
            return not word.is_word and not first_name.is_word and not gz.is_place(word.text)
        # "de Billet Estelle": mid-sentence, a capital says a name, even of a word, before a first
        # name that is not a word itself
        return not word.is_word or (not first_name.is_word and not gz.is_place(word.text))

    def _acts(self, index: int) -> bool:
        """A verb after the word says a person does or undergoes something: "marine est en arrêt",
        "claire m'a dit", "jade a appelé"; not "rose est une couleur"."""
        words = self.words[index + 1 : index + 3]
        if not words:
            return False
        verb = words[0].lower
        if verb in {"est", "était"}:
            state = words[1].lower if len(words) > 1 else ""
            return state == "en" or state.endswith(("é", "ée", "ie", "ue", "i", "u"))
        # "colin pané, purée, compote": a participle then a comma qualifies a dish in a list
        if verb.endswith(("é", "ée", "és", "ées")) and len(words) > 1 and words[1].text == ",":
            return False
        # "grace a la mobilisation" is "grâce à la", typed without accents
        return verb not in {"et", "en", "y", "sont", "ont"} and self.subject_follows(index)

    def _hyphenated_initials(self, index: int) -> tuple[int, int, str] | None:
        """ "j-b", "J-P": the initials of a compound first name, as colleagues call each other."""
        word = self.words[index]
        if word.inert or not re.fullmatch(r"[^\W\d_]-[^\W\d_]", word.text) or word.lower in gz.FUNCTION_WORDS:
            return None  # not "w-e", the week-end
        if not (word.text.islower() or word.text.isupper()):
            return None
        if self._letter_is_a_thing(index):
            return None
        return index, index, "rule:initials"

    def _letter_is_a_thing(self, index: int) -> bool:
        """ "8 h. martin", "le b. dupont", "le plan a-b", "[téléphone] a-b" (it hid digits): after a
        number, an article or a masked detail, letters are units or items, not initials."""
        previous = self.words[index - 1] if index else None
        return previous is not None and (
            previous.text[0].isdigit() or previous.lower in DETERMINERS or previous.inert
        )

    def _compound_first_name_letters(self, index: int) -> tuple[int, int, str] | None:
        """ "JB part à l'antenne", "M-C a encore refusé": the letters of a compound first name (Jean-Baptiste,
        Marie-Claire), acting; not "le JB", nor acronyms ("JE", "JO", "MA")."""
        word = self.words[index]
        if not _COMPOUND_FIRST_NAME_LETTERS.fullmatch(word.text) or self._determiner_before(index):
            return None
        if (
            index + 1 >= len(self.words)
            or not self.words[index + 1].is_lower
            or not self.subject_follows(index)
        ):
            return None
        return index, index, "rule:initials"

    def _before_kin_in_brackets(self, index: int) -> tuple[int, int, str] | None:
        """ "ibou (son pote) dit qu'il a plus de traitement": a word no dictionary has, a relative in brackets
        after it (not "le voisin (son pote)")."""
        word = self.words[index]
        if not word.is_alpha or len(word.text) < 3 or word.is_word or word.is_institution or word.is_upper:
            return None
        if not _KIN_IN_BRACKETS_AFTER.match(self.text, word.end) or gz.is_place(word.text.title()):
            return None
        return index, index, "rule:kin-in-brackets"

    def _lower_family(self, index: int) -> tuple[int, int, str] | None:
        """ "les zerbib", "chez les dupont": a known family name in lower case after "les", in no
        dictionary and without a plural mark (families take none)."""
        word = self.words[index]
        if index and self._lower_breton_name(index):
            return index - 1, index, "rule:family"
        if not index or self.words[index - 1].lower not in {"les", "des"} or not word.is_lower:
            return None
        if len(word.text) < 3 or not word.is_alpha or not word.surname_tier or word.is_word or word.is_verb:
            return None
        if word.lower.endswith(("s", "x")) or gz.is_institution(word.text.upper()) or gz.is_place(word.text):
            return None
        return index, index, "rule:family"

    def _lower_breton_name(self, index: int) -> bool:
        """ "c'est le goff d'à côté": a family name that opens on its article, typed in lower case, whose
        second word is in no dictionary ("le roux", "la fontaine" are words)."""
        word, article = self.words[index], self.words[index - 1]
        if article.text not in {"le", "la"} or not word.is_lower or not word.is_alpha or len(word.text) < 3:
            return False
        if (gz.surname_tier(f"{article.text} {word.text}") or gz.VERY_RARE) > gz.UNCOMMON:
            return False
        return not (
            word.is_word
            or word.is_verb
            or gz.is_french_word(word.text)
            or gz.is_place(word.text)
            or gz.is_institution(word.text.upper())
        )

    def _is_lower_surname_first(self, index: int) -> bool:
        """ "boulay nicole", "bertin claire": a known family name in lower case, in no dictionary and
        naming no place, written before a first name in lower case (as lists and forms do)."""
        word = self.words[index]
        if len(word.text) < 3 or not word.surname_tier or word.is_verb:
            return False
        if word.lower in gz.FUNCTION_WORDS or word.lower in TITLES or gz.is_place(word.text):
            return False
        if word.lower in _LOWER_GREETINGS:
            return False  # "hello mathilde", "bon courage lulu": who a message greets
        if word.is_word:
            # "moreau julien": a frequent family name the lexicon also has, before a first name that
            # is no word itself ("grand soleil" stays)
            following = self._following(word)
            if not (word.surname_tier == gz.COMMON and self._is_lower_surname_word(word)):
                return False
            if following is None or following.is_word:
                return False
        return not self._determiner_before(index)

    def _extend_name(
        self,
        index: int,
        *,
        lower_ok: bool,
        titled: bool = False,
        after_first: bool = False,
        previous_lower: bool = True,
        announced: bool = False,
        after_surname: bool = False,
    ) -> int | None:
        """Index of the last word of the name starting at index, or None when none starts there.

        Lower-case words join only a name written in lower case ("madame benali", not
        "Mme Benali porte ses courses"); after a title, any capitalised word is a name.
        """
        last = None
        position = index
        count = 0
        while position < len(self.words) and count < MAX_NAME_WORDS:
            word = self.words[position]
            if last is not None and not _joins_name(self.text[self.words[last].end : word.start]):
                break
            if self._is_field_label(position):
                break  # "NOM : MULLER  PRENOM : Christiane": the next field's label
            if word.lower in PARTICLES:
                following = self._particle_run_end(
                    position, titled=titled, lower_ok=lower_ok and previous_lower
                )
                if following is None:
                    break
                last = following
                position = following + 1
                count += 1
                continue
            # In a name typed in lower case, its initials are too: "mme p.", "yves b.", "mme j. peyre".
            lower_initial = lower_ok and (last is None or self.words[last].is_lower)
            if (
                last is None
                and titled
                and self._is_initial(position, placeholders=True, lower=lower_initial)
                and self._surname_after_initial(position + 2, lower=lower_initial)
            ):
                # "Mme J. Peyre", "mme Y. Cadet": an initial, then the family name
                return self._extend_name(position + 2, lower_ok=lower_initial, titled=True)
            if self._is_initial(position, lower=lower_initial) and (
                (last is None and (titled or after_first))
                or (last is not None and (self.words[last].first_name_tier or self._names_first(last)))
            ):
                end = position + 1
                # "Mme H.-L.": the initials of a compound name
                while (
                    end + 3 < len(self.words)
                    and self.words[end + 1].text == "-"
                    and self._is_initial(end + 2)
                ):
                    end += 3
                return end  # "Mme R.", "Lina M., 7 ans", "Véronique D."
            if (
                (after_first if last is None else bool(self.words[last].first_name_tier))
                and position
                and self._bare_initial(position)
            ):
                return position  # "Thibaut K 7h05 :", "Sarah B, l'AS", "-- Karim B"
            if last is not None and word.lower in _GREETINGS:
                break  # "mr diallo bonjour c'est cindy": the message starts after the name
            lower_here = lower_ok and (last is None or previous_lower)
            if not self._is_surname_like(
                word,
                lower_ok=lower_here,
                titled=titled and last is None,
                # after a first name, a capitalised word is its family name: "Gertrude Pivoine"
                after_first=after_first or (last is not None and self._names_first(last)),
                announced=announced and last is None,
                after_surname=(after_surname and last is None)
                or (last is not None and self.words[last].is_upper and bool(self.words[last].surname_tier))
                # after a title or a form's field, "NOM Prénom" even when no list knows the family
                # name: "Nom, prénom : AHMADZAI Sardar"
                or (titled and last is not None and self._unknown_upper_surname(self.words[last])),
                after_lower_first=self._lower_first_name_before(position, last, after_first, previous_lower),
                after_titled_first=titled and last is not None and self._names_first(last),
                in_titled_name=titled and last is not None,
            ):
                break
            previous_lower = word.is_lower
            last = position
            position += 1
            count += 1
        return last

    def _object_follows(self, word: Word) -> bool:
        following = self._following(word)
        return following is not None and (following.lower in _OBJECT_OPENERS or following.text[0].isdigit())

    @staticmethod
    def _unknown_upper_surname(word: Word) -> bool:
        return word.is_upper and len(word.text) > 3 and not word.is_institution and not word.is_word

    def _is_field_label(self, index: int) -> bool:
        """A form's label, a colon after it: "PRENOM :", "NE(E) LE :", "Adresse :"."""
        word = self.words[index]
        # (a mail's header opens its line: "To: <fsl@…>")
        if gz.fold(word.lower) not in _FIELD_WORDS and not (
            word.lower in _MAIL_HEADERS and word.sentence_start
        ):
            return False  # "Jean Dupont : il a dit" ends with a name
        return _FIELD_LABEL_END.match(self.text, word.end) is not None

    def _particle_run_end(self, index: int, *, titled: bool, lower_ok: bool = False) -> int | None:
        """ "de La Fontaine", "le Bihan": particles count only when a name closes them; in a name
        written in lower case after a title ("mme el amrani"), a lower-case unknown word does."""
        position = index
        while position < len(self.words) and self.words[position].lower in PARTICLES and position - index < 3:
            position += 1
        if position >= len(self.words):
            return None
        word = self.words[position]
        # "Mme de Gaulle", "M. de Villepin": after a title, a famous name is a family's too
        famous = titled and word.is_capitalised and word.lower in gz.FAMOUS_WORDS
        if (word.is_institution or word.text.upper() in gz.INSTITUTIONS) and not famous:
            return None  # "cindy de l'udaf": where she works, not her family name
        if (
            word.is_upper
            and len(word.text) <= _ACRONYM_LENGTH
            and not word.surname_tier
            and self.words[position - 1].text in _ARTICLE_PARTICLES  # in lower case: not "Charlène LE CUNFF"
        ):
            return None  # "Céline de l'ADAR", "Marc du SAMSAH": an acronym after an article, where they work
        lower_name = lower_ok and word.is_lower and word.is_alpha and not word.is_verb
        if lower_name and not titled and index and self.words[index - 1].is_lower:
            previous = self.words[index - 1]
            known = previous.first_name_tier and (
                not previous.is_word or _is_compound_first_name(previous.text)
            )
            # "anne-marie de oliveira", "charlène le cunff": a word no dictionary has
            if known and not word.is_word and len(word.text) >= 3 and not gz.is_place(word.text):
                return position
        if titled and lower_ok and word.is_lower and word.is_alpha and not word.is_verb:
            if not word.is_word:
                return position
            # "madame le brun": after a title and an article, a family name that is also a word;
            # "madame la directrice", "monsieur le maire" are roles.
            if (
                position - index == 1
                and self.words[index].lower in {"le", "la"}
                # right after the title ("m. le gal-boucher"), not "mr lemaitre la douche"
                and (
                    self._is_title(index - 1)
                    or (self.words[index - 1].text == "." and self._is_title(index - 2))
                )
                and self._is_lower_surname_word(word)
            ):
                return position
        last = self.words[position - 1]
        if (
            not word.is_capitalised
            and position - index >= 2
            and self.words[index].is_capitalised
            and last.is_capitalised
            and self.text[self.words[position - 2].end : last.start] == " "
        ):
            return position - 1  # "Yann-Ber Le Du": a Breton family name that is a particle itself
        if not (word.is_capitalised and word.is_alpha) or (word.is_institution and not famous):
            return None
        particles = self.words[index:position]
        if particles[0].lower in ARTICLES and particles[0].is_lower and word.is_word:
            return None  # "Madame la Ministre", "Monsieur le Président"; not "Mme de la Croix"
        # "Léa de Nancy" may say where Léa is from; "de La Fontaine" is a name all through.
        if titled or any(p.is_capitalised for p in particles) or not gz.is_place(word.text):
            return position
        return None

    def _is_surname_like(
        self,
        word: Word,
        *,
        lower_ok: bool,
        titled: bool = False,
        after_first: bool = False,
        announced: bool = False,
        after_surname: bool = False,
        after_lower_first: bool = False,
        after_titled_first: bool = False,
        in_titled_name: bool = False,
    ) -> bool:
        if titled and word.is_alpha and word.lower in gz.FAMOUS_WORDS:
            return True  # "Mme Leclerc", "me leclerc" are people, "chez Leclerc" a supermarket
        if announced and self._is_announced_name(word):
            return True
        if announced and word.is_capitalised and word.is_alpha and word.lower in gz.FAMOUS_WORDS:
            return True  # "le juge Lacan", "la fratrie Zola", "le grand Zidane": someone who bears the name
        if after_surname and word.first_name_tier and self._is_announced_name(word):
            return True
        compound = "-" in word.text  # "jean-Claude" is in the lexicon, as "jean-claude" is
        if (
            after_surname
            and word.is_alpha
            and (compound or not word.is_word)
            and (word.first_name_tier or 9) <= gz.UNCOMMON
        ):
            return True  # "BOURGEOIS jean-Claude": a first name typed carelessly after the family name
        if (
            after_surname
            and word.is_capitalised
            and not word.is_upper
            and word.is_alpha
            and not word.is_institution
            and word.lower not in gz.FUNCTION_WORDS
        ):
            return True  # "AHMADZAI Sardar", "MARTIN Rose": the first name after the family name in capitals
        if titled and self._is_titled_name(word):
            return True  # "Mme Champagne", "M. Lyon", "Mme France"
        if (after_first or after_lower_first) and word.is_alpha and word.lower in gz.FAMOUS_WORDS:
            return not word.sentence_start  # "Angel Renault", "angel renault", "Paul Michelin"
        if (
            after_first
            and word.is_capitalised
            and word.lower in {"maitre", "maître"}
            and not word.sentence_start
        ):
            return True  # "Emy Maitre": a family name after a first name, not the title
        capitals = after_first and word.is_upper and word.is_alpha and len(word.text) > 2
        if capitals and not (
            word.sentence_start or gz.is_institution(word.text) or word.lower in gz.FUNCTION_WORDS
        ):
            return True  # "Emilie AVRIL", "Léa PETIT": a family name in capitals
        if (
            after_titled_first
            and word.is_capitalised
            and not word.is_upper
            and word.surname_tier
            and not word.sentence_start
            and word.lower not in gz.CALENDAR
        ):
            return True  # "Mme Sylvie Printemps": a family name that is also a shop, after a title and a first name
        if not word.is_alpha or word.is_institution or len(word.text) < 2:
            return False  # "Mme X" is a placeholder; initials are read with their dot elsewhere
        if word.is_upper:
            return not (word.is_word and not word.surname_tier) or titled
        if word.is_capitalised:
            if titled:
                return True  # "Mme Ait Ahmed", "M. Blanc": what follows a title is a name
            if word.sentence_start:
                return False
            if word.is_word and not (word.surname_tier and word.surname_tier <= gz.COMMON):
                return after_first and not word.is_verb and word.lower not in gz.FUNCTION_WORDS
            return not (gz.is_place(word.text) and not word.surname_tier)
        if not lower_ok or len(word.text) < 2 or word.lower in gz.FUNCTION_WORDS or word.lower in PARTICLES:
            return False
        if word.lower in DETAIL_CUES:
            return False  # "mme durand tel 06…": what is said of her
        if word.lower in gz.CALENDAR:
            return False
        if (
            (titled or in_titled_name or after_lower_first)
            and word.is_lower
            and (word.first_name_tier or word.surname_tier)
            and (not word.is_verb or word.first_name_tier == gz.COMMON)  # "maria" (marier)
            # a frequent name, or a word that is a name too ("maria", "li", "olive"), not "nouvelle adresse"
            and (
                not gz.is_common_word(word.text)
                or gz.is_common_word_name(word.lower)
                or gz.COMMON in (word.first_name_tier, word.surname_tier)
            )
            and self._detail_follows(word)
        ):
            return True  # "mme sandrine olive tel 06…", "mme zhang li nee en 1964", "mme da costa maria ddn…"
        if word.is_verb:
            # "m. collas,", "m. david marie": a family or first name the lexicon also has as a verb
            # form, where nothing follows it but punctuation
            following = self._following(word)
            ends = following is None or following.text in {
                ",",
                ".",
                ";",
                ":",
                ")",
                "(",
            }  # ("- santos maria :")
            known = word.surname_tier == gz.COMMON or word.first_name_tier == gz.COMMON
            return (titled or after_lower_first) and known and ends
        if gz.is_common_word_name(word.lower):
            # "madame claire", "mme rose": after a title, a first name even when it is also a word
            if titled and bool(word.first_name_tier) and word.first_name_tier <= gz.UNCOMMON:
                return True
            # "mme elea robin,", "parmi eux mme sage, venue à pied"
            return (after_lower_first or titled) and self._closes_lower_name(word)
        if not word.is_word:
            return True
        if titled and word.surname_tier is not None and not word.lower.endswith(_NOT_A_NAME):
            return True  # "madame martinez", "m. collas", "mme moreau"
        # "madame jeanne dupont", "jeanne dupont": after a first name in lower case, a family name
        # that is also in the lexicon, unless it reads as what is said of the person
        if not after_lower_first:
            return False
        if not titled and gz.is_first_group_present(word.lower) and self._object_follows(word):
            return False  # "la grand mere marie-josé garde les 3 petits": what she does
        return self._is_lower_surname_word(word, strict=not titled) or self._closes_lower_name(word)

    def _closes_lower_name(self, word: Word) -> bool:
        """ "raymond petit est hospitalisé", "mme elea robin, fr76…": after a first name in lower
        case, a family name that is also a word, where the sentence goes on as after a name (a
        punctuation mark or a verb), not as after an adjective ("léa contente de…")."""
        if not word.surname_tier or word.surname_tier > gz.UNCOMMON or word.is_verb:
            return False
        if word.lower in gz.FUNCTION_WORDS or word.lower in gz.CALENDAR or word.lower in TITLES:
            return False
        if word.lower in gz.ROLE_WORDS or word.lower in gz.JOB_TITLES or word.lower.endswith(_NOT_A_NAME):
            return False
        following = self._following(word)
        if following is None or following.text in {",", ".", ";", ":", ")", "("}:
            return True
        return following.lower in SUBJECT_FOLLOWERS and following.lower not in {"et", "en", "y"}

    def _is_lower_surname_word(self, word: Word, *, strict: bool = False) -> bool:
        """A lower-case word that may be a family name in a name's position: a known family name,
        not a role, a family word, a verb or an adverb; with strict, a common family name not
        followed by "de" ("mère de", "place en foyer" say what the person is)."""
        lower = word.lower
        if "-" in lower and all(gz.surname_tier(part) for part in lower.split("-") if part):
            return True  # "le gal-boucher"
        if not word.surname_tier or word.is_verb or lower in gz.FUNCTION_WORDS or lower in gz.CALENDAR:
            return False
        if lower in gz.ROLE_WORDS or lower in gz.JOB_TITLES or lower in gz.KIN_WORDS or lower in TITLES:
            return False
        if gz.is_common_word_name(lower) or lower in SUBJECT_FOLLOWERS or lower.endswith(_NOT_A_NAME):
            return False
        if not strict:
            return True
        following = self._following(word)
        # ("andre passe plus depuis l'été": a verb, its negation or an adverb after it)
        return word.surname_tier == gz.COMMON and not (following and following.lower in _OF | _AFTER_A_VERB)

    def _lower_first_name_before(
        self, position: int, last: int | None, after_first: bool, previous_lower: bool
    ) -> bool:
        if last is None:
            return after_first and previous_lower and position > 0 and self.words[position - 1].is_lower
        previous = self.words[last]
        if not (previous.is_lower and previous.first_name_tier):
            return False
        # "madame claire boucher": after a title, even a first name that is also a word
        return not previous.is_word or (last > 0 and self.words[last - 1].lower.rstrip(".") in TITLES)

    def _is_titled_name(self, word: Word) -> bool:
        """A place or an institution's word right after a title is a family name: "Mme Champagne";
        not a role ("Madame Directrice") nor an acronym ("M. CAF" does not occur)."""
        if not (word.is_capitalised and word.is_alpha) or len(word.text) < 2:
            return False
        if word.is_upper and gz.is_institution(word.text):
            return False  # an acronym
        lower = word.lower
        return not (
            lower in TITLES or lower in gz.JOB_TITLES or lower in gz.ROLE_WORDS or lower in gz.FUNCTION_WORDS
        )

    def _is_announced_name(self, word: Word) -> bool:
        """A capitalised word right after a family word or a role: a name, even a common word or a
        place ("la famille Joyeux", "Mamie Lorraine"), unless it opens an institution's name
        ("la conseillère France Travail") or a new sentence."""
        if not (word.is_capitalised and word.is_alpha) or word.is_upper:
            return False
        index = bisect.bisect_left(self.starts, word.start)
        # "fam. Stojanović": the dot shortens the family word, and opens no sentence
        shortened = index > 1 and self.words[index - 1].text == "." and self.words[index - 2].lower == "fam"
        if word.sentence_start and not (index and self.words[index - 1].text in {":", ","}) and not shortened:
            return False  # a new sentence; "Enfant : Victoire" is the field's value
        if len(word.text) < 2 or word.lower in gz.FUNCTION_WORDS:
            return False
        if word.lower in gz.CALENDAR:
            # "le brigadier-chef Avril", "la petite Mai"; not "le juge Lundi", "l'éducatrice Mai prochain"
            return (
                word.lower not in _DAYS
                and bool(word.first_name_tier)
                and not _TIME_AFTER_MONTH.match(self.text, word.end)
            )
        if word.is_institution:
            # "la petite Providence", "Mamie Lorraine", "la famille Lyon"; not "la CAF", "le juge Lundi"
            place = word.text in gz.PLACES and bool(word.surname_tier)
            return bool(word.first_name_tier or place) and not self._institution_follows(word)
        if word.is_word:
            # "la famille Joyeux", "le juge Boulanger"; not "sa mère Algérienne", "la psychologue
            # Scolaire", "les enfants Placés" (an adjective some capitalise)
            if word.lower.endswith(("é", "ée", "és", "ées")) and not word.first_name_tier:
                return False
            return bool(word.first_name_tier) or (word.surname_tier or gz.VERY_RARE) <= gz.UNCOMMON
        return True

    def _institution_follows(self, word: Word) -> bool:
        following = self._following(word)
        return following is not None and following.is_capitalised and following.is_institution

    def _detail_follows(self, word: Word) -> bool:
        """A note's cue for a detail of the person right after the word: "tel", "ddn", "nee", "nir", a figure."""
        following = self._following(word)
        return following is not None and (
            following.lower in DETAIL_CUES
            or (following.text.isdigit() and following.start > word.end and len(following.text) >= 2)
        )

    def _following(self, word: Word) -> Word | None:
        index = bisect.bisect_left(self.starts, word.start) + 1
        return self.words[index] if index < len(self.words) else None

    def _names_first(self, index: int) -> bool:
        """The word at index is a first name (or a typo of one) written as a name."""
        word = self.words[index]
        return bool(word.is_capitalised and (word.first_name_tier or gz.first_name_typo_tier(word.text)))

    def _surname_after_initial(self, index: int, *, lower: bool = False) -> bool:
        """ "Mme J. Peyre": a capitalised word after an initial is a family name, not a new sentence;
        with lower, a known family name in lower case too ("mme j. peyre", "r. medard")."""
        if index >= len(self.words):
            return False
        word = self.words[index]
        if lower and word.is_lower:
            return (
                word.is_alpha
                and len(word.text) >= 2
                and word.lower not in gz.FUNCTION_WORDS
                and not word.is_verb
                and bool(word.surname_tier)
                and (not word.is_word or self._is_lower_surname_word(word))
            )
        if not (word.is_capitalised and word.is_alpha) or word.is_institution or len(word.text) < 2:
            return False
        if word.lower in gz.FUNCTION_WORDS or word.is_verb:
            return False
        return not word.is_word or word.surname_tier is not None

    def _is_initial(self, index: int, *, placeholders: bool = False, lower: bool = False) -> bool:
        """ "R." in "Mme R.": one capital letter and its dot ("Mme X" is a placeholder, not a name;
        with placeholders, X, Y and Z count, for a caller that checks a family name follows); with
        lower, a lower-case letter too ("mme r.", never "x", "y", "z")."""
        word = self.words[index]
        return (
            len(word.text) == 1
            and (word.text.isupper() or (lower and word.text.islower() and word.text not in "xyz"))
            and (placeholders or word.text not in "XYZ")
            and not word.inert
            and index + 1 < len(self.words)
            and self.words[index + 1].text == "."
            and self.words[index + 1].start == word.end
        )

    def _bare_initial(self, index: int) -> bool:
        """ "K" in "Thibaut K 7h05": a family name's initial typed without its dot, right after a
        first name ("Marie A la crèche" is "à"; "Mme X" a placeholder; "B." has its own rule)."""
        word = self.words[index]
        # in lower case too, after a first name in lower case: "leila b le relance" (not the letters that are
        # words or elided pronouns: "leila a dit", "jojo m a dit")
        lower = word.text in _LOWER_INITIALS and self.words[index - 1].is_lower
        if not (
            len(word.text) == 1
            and (word.text.isupper() or lower)
            and word.text not in "XYZ"
            and not word.inert
        ):
            return False
        if self.text[self.words[index - 1].end : word.start] != " ":
            return False
        following = self.words[index + 1] if index + 1 < len(self.words) else None
        if following is None or not (following.is_alpha or following.text in ".'’-"):
            return True
        # "Paul D pour", not "Marie A la crèche", "Léo Y va", "ô": letters that are words
        return following.start > word.end and following.is_lower and word.text not in "AOY"

    def _determiner_before(self, index: int, *, families: bool = False) -> bool:
        """ "la Marine nationale", "une Mercedes"; with families, "les Kaczmarek" are people."""
        if index == 0:
            return False
        previous = self.words[index - 1]
        if previous.lower in _QUANTIFIERS and self.words[index].is_lower:
            return True  # "aucun saad", "chaque ame", "quatre lois": counted things
        if previous.text == "l" and self.text[previous.end : self.words[index].start] == " ":
            return True  # "l amour du métier": the article typed without its apostrophe
        return previous.lower in DETERMINERS and not (families and previous.lower in {"les", "des"})

    def _thing_before(self, index: int, *, families: bool = False) -> bool:
        """A determiner or a capitalised common word before: "la Marine", "Jardins d'Automne"."""
        if self._determiner_before(index, families=families):
            return True
        position = index - 1
        while position >= 0 and self.words[position].lower in PARTICLES:
            position -= 1
        if position < 0 or position == index - 1:
            return False
        previous = self.words[position]
        return (
            previous.is_capitalised
            and not previous.is_upper  # "la MECS de Pierre": an acronym, not "mecs"
            and previous.is_word
            and not previous.sentence_start
            and not previous.first_name_tier
        )

    def _place_context(self, word: Word, *, strong: bool = False) -> bool:
        before = self.text[max(0, word.start - 25) : word.start]
        after = self.text[word.end : word.end + 8]
        context = _STRONG_PLACE_CONTEXT if strong else _PLACE_CONTEXT
        if _FILE_OF.search(before):
            return False  # "le dossier MDPH de Noé" is Noé's, where "la MDPH de Noé" would be the town's
        if _THANKS_TO.search(before):
            return False  # "grâce à Anfani, l'interprète": someone who helped, not a place one goes to
        return bool(context.search(before) or re.match(r"\s*\(\s*(?:\d{2,3}|2[ab])\s*\)", after, re.I))

    def _country_follows(self, word: Word) -> bool:
        """ "un cousin à Adelaide, en Australie", "Florence (Italie)": a town abroad."""
        country = _COUNTRY_AFTER.match(self.text, word.end)
        return country is not None and gz.is_region(country["country"])

    def _character_as_type(self, index: int) -> bool:
        """ "Une Cosette moderne", "un Tanguy à 32 ans", "des Tanguy": a famous character standing for a kind of person."""
        word = self.words[index]
        if not (word.is_capitalised and (word.lower in gz.FAMOUS_WORDS or word.lower in _CHARACTER_TYPES)):
            return False
        before = [w.lower for w in self.words[max(0, index - 3) : index] if w.text not in {"«", '"', "“"}][
            -2:
        ]
        # "une petite Cosette", "un vrai Tanguy", "il fait son Tanguy" (not "son Tanguy a 3 ans")
        return bool(before) and (
            before[-1] in {"un", "une", "des"}
            or (len(before) == 2 and before[-1] in _TYPE_ADJECTIVES and before[0] in {"un", "une", "des"})
            or (len(before) == 2 and before[-1] in {"son", "sa", "leur"} and before[0] in _PLAYS)
        )

    def _heads_a_column(self, word: Word) -> bool:
        """A word of a table's header row: its line has three columns or more and no figure, and the word
        is a dictionary's, no one's first name."""
        line_start = self.text.rfind("\n", 0, word.start) + 1
        line_end = self.text.find("\n", word.end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        return (
            line.count("\t") >= 2
            and not any(char.isdigit() for char in line)
            and word.is_capitalised
            and word.is_word
            and not word.first_name_tier
        )

    def _names_household(self, match: re.Match) -> bool:
        name = match["name"]
        lower = name.lower()
        # "les Martin-Lacroix": a double family name, each part one (not "aux Pennes-Mirabeau", "des Trois-Ponts":
        # a place, a number)
        known = gz.surname_tier(name) or (
            "-" in name
            and all(
                gz.surname_tier(part) and not re.fullmatch(gz.NUMBER_WORDS, part.lower())
                for part in name.split("-")
            )
            and not gz.is_place(name)
        )
        if gz.is_place(f"Les {name}"):
            return False  # "aux Pennes-Mirabeau", "aux Mureaux": a commune whose name opens on "Les"
        if not known or gz.is_institution(name) or lower in gz.FAMOUS_WORDS or lower in gz.CALENDAR:
            return False
        # "toutes les Claire", "des Jordan", "des Prince au chocolat": people named so, or a brand; a family
        # that bears a first name is found as a name anyway
        if gz.first_name_tier(name) is not None or gz.is_common_word_name(name):
            return False
        if _PLACE_BEFORE_ARTICLE.search(self.text, max(0, match.start() - 30), match.start()):
            return False
        # "les Français", "les Lilas": a plural, a town; "les Dubois" no list knows as either, and after a
        # household's cue, a word too: "la VAD des Courtois"
        if name[-1] in "sz":
            if _HOUSEHOLD_CUE.search(self.text, max(0, match.start() - 20), match.start()):
                return not gz.is_place(name)
            return not (gz.is_common_word(name) or gz.is_place(name))
        if name[-1] == "x":  # "les Roux"; not "des Vaux", "les Rameaux", "des Chartreux" (plurals)
            plural = name.lower().endswith(("aux", "eux")) or gz.is_common_word(name[:-1])
            return not (gz.is_place(name) or (plural and gz.is_common_word(name)))
        return True

    def _among_places(self, index: int) -> bool:
        """ "à Tardets", "la banque de Tardets", "entre Florac et Mende", "Mende, Florac, Marvejols": where a
        place is meant."""
        word = self.words[index]
        return (
            self._place_context(word, strong=False)
            or _BETWEEN.search(self.text, max(0, word.start - 40), word.start) is not None
            or self._listed_with_things(index)
        )

    def _counted_with_places(self, word: Word) -> bool:
        """ "Hérault 44 ; Gard 27 ; Aude 13", "Marne 17, Ardennes 9, Aube 8": a count after each place, a place next."""
        if not (gz.is_place(word.text) and _COUNT_AFTER.match(self.text, word.end)):
            return False
        before = _COUNTED_PLACE_BEFORE.search(self.text, max(0, word.start - 60), word.start)
        after = _COUNTED_PLACE_AFTER.match(self.text, _COUNT_AFTER.match(self.text, word.end).end())
        # (a neighbour no one bears as a first name: "Paul 3, Aude 2" may count two colleagues' visits)
        return any(
            match and gz.is_place(match["place"]) and not gz.first_name_tier(match["place"])
            for match in (before, after)
        )

    def _trip_to_town(self, word: Word) -> bool:
        """ "partie vivre à Florence", "un séminaire à Florence", "partent à Laval, à Margaux": a town named like a
        person, where someone travels or lives ("puis à Adélaïde" after a first trip, in the same sentence)."""
        if not (word.text in gz.CITIES_NAMED_LIKE_PEOPLE or gz.is_place(word.text)):
            return False
        if (
            _TRIP_TO.search(self.text, max(0, word.start - 50), word.start)
            or _PASSING_THROUGH.search(self.text, max(0, word.start - 20), word.start)
            or _EVENT_HELD_IN.search(self.text, max(0, word.start - 30), word.start)
        ):
            return True
        return bool(
            _THEN_TO.search(self.text, max(0, word.start - 12), word.start)
            and _TRIP_BEFORE.search(self.text, max(0, word.start - 120), word.start)
        )

    def _origin_before(self, word: Word) -> bool:
        return _ORIGIN.search(self.text, max(0, word.start - 60), word.start) is not None

    def _shop_sign(self, word: Word) -> bool:
        return "Chez" in self.text[max(0, word.start - 8) : word.start] and (
            _SHOP_SIGN.search(self.text, max(0, word.start - 30), word.start) is not None
        )

    def _named_place_before(self, word: Word) -> bool:
        if self._shop_sign(word):
            return True
        if gz.is_common_word_name(word.lower) and _UNIT_NAMED.search(
            self.text, max(0, word.start - 60), word.start
        ):
            return True  # "l'aile Jade", "les groupes Topaze et Opale"
        match = _NAMED_PLACE.search(self.text, max(0, word.start - 30), word.start)
        if match is None:
            return False
        # "le foyer de Rayan", "l'EHPAD de Germaine": where someone lives; "le foyer de Saint-Pierre" is a place
        return not (
            _HOME_OF.search(match.group())
            and word.first_name_tier == gz.COMMON
            and not gz.is_place(word.text)
        )

    def _shouting(self, index: int) -> bool:
        """A sentence in capitals: its words are words, not surnames."""
        around = self.words[max(0, index - 3) : index + 4]
        upper = [word for word in around if word.is_alpha and word.is_upper]
        return len(upper) >= 3 and sum(word.is_word for word in upper) >= len(upper) / 2


def _name_key(word: Word) -> str:
    return word.lower if len(word.text) > 2 else word.text


def _is_thing(noun: str, following: str | None) -> bool:
    """ "la vedette", "du vieux photocopieur"; not "du petit", "du petit dernier", "du vieux du 3e"."""
    if noun.lower() not in _ADJECTIVES_BEFORE:
        return gz.fold(noun) not in _PERSON_NOUNS
    return bool(
        following
        and following.lower() not in gz.FUNCTION_WORDS
        and gz.fold(following) not in _PERSON_NOUNS | _RANKS_OF_CHILDREN
    )


_RANKS_OF_CHILDREN = frozenset({"dernier", "derniere", "aine", "ainee", "cadet", "cadette"})


_PERSON_CUE_SOURCES = ("rule:title", "rule:announced", "rule:kin")


def without_things_names(text: str, spans: list[Span]) -> list[Span]:
    """The spans but the names of things, animals and saints' days (names_no_one), wherever they come again: "la
    tempête Ciaran… Ciaran a arraché le toit", "le fax qu'on appelle Gérard… Gérard a rendu l'âme"."""
    spans = _without_works(text, spans)
    naming = [names_no_one(text, span) for span in spans]
    if not any(naming):
        return spans
    # (in any case: "l'imprimante « Bernadette »… bernadette est en bourrage")
    things = {text[span.start : span.end].lower() for span, names in zip(spans, naming, strict=True) if names}
    # "la tempête Alex… le jeune Alex Roussel… Alex se fait appeler Lexou": a person bears the name too; so does
    # one given a title or a family's word ("pendant la Toussaint… Mme Toussaint dit que"), where a bare repeat
    # ("Ciaran a arraché le toit") may be the thing again
    people = {text[span.start : span.end].lower() for span in spans if span.label == Label.PERSON} - things
    people |= {
        text[span.start : span.end].lower()
        for span, names in zip(spans, naming, strict=True)
        if span.label == Label.PERSON and not names and any(cue in span.source for cue in _PERSON_CUE_SOURCES)
    }
    things = {thing for thing in things if not any(thing in person.split() for person in people)}
    return [
        span
        for span, names in zip(spans, naming, strict=True)
        if not (names or (span.label == Label.PERSON and text[span.start : span.end].lower() in things))
    ]


def _may_speak(word: str) -> bool:
    """A first name or a nickname before a chat's time: a short word no list knows is one ("fafa"); not a service,
    a day or a word ("rdv 14:30 :", "lundi 9:00 :", "repondeur 18h47:")."""
    lower = word.lower()
    if lower in gz.FUNCTION_WORDS or lower in gz.CALENDAR or gz.is_institution(word.upper()):
        return False
    return bool(
        gz.first_name_tier(word)
        or gz.fold(lower) in gz.NICKNAMES
        or (len(word) <= _NICKNAME_LENGTH and word.isalpha() and not gz.is_common_word(lower))
    )


def wrapped_at_hyphen(text: str, spans: Iterable[Span]) -> list[Span]:
    """The end of a name cut by a line break after its hyphen, as a PDF copied breaks it: "LAGUERRE-SAINT-\nVAL"."""
    found = []
    for span in spans:
        if span.label != Label.PERSON or (rest := _REST_AFTER_HYPHEN.match(text, span.end)) is None:
            continue
        before, after = re.split(r"[\s-]", text[span.start : span.end])[-1], rest["rest"]
        if (before.isupper() and after.isupper()) or (after[0].isupper() and after[1:].islower()):
            found.append(Span(span.start, rest.end(), Label.PERSON, span.source))
    return found


_REST_AFTER_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*(?P<rest>[^\W\d_]{2,})")


def without_leading_kin(text: str, spans: list[Span]) -> list[Span]:
    """Names without the elders' family word before them, however they were found: "Mama [Anzize]", "zia
    [Catalina]", "Man [Léonise]" (Madame, in the Creole of the Antilles), as "la petite [Léa]"."""
    trimmed = (_kin_trimmed(text, span) if span.label == Label.PERSON else span for span in spans)
    return [span for span in trimmed if span is not None]


def _kin_trimmed(text: str, span: Span) -> Span | None:
    kin = _LEADING_KIN_WORD.match(text, span.start, span.end)
    # (or the word alone before a masked name: "zia [personne]", as a second masking reads it)
    alone = kin is None and _MASKED_NAME_AFTER.match(text, span.end) is not None
    kin = kin or (_KIN_WORD.fullmatch(text, span.start, span.end) if alone else None)
    if kin is None or kin[1].isupper() or not (kin[1].lower() in _LEADING_KIN or kin[1] == "Man"):
        return span  # (not "MAMA KEITA": a name in capitals)
    return None if alone else Span(kin.end(), span.end, span.label, span.source)


_LEADING_KIN_WORD = re.compile(r"([^\W\d_]+)[ \t]+(?=(?-i:[A-ZÀ-Ý])[^\W\d_])")
_KIN_WORD = re.compile(r"([^\W\d_]+)")
_MASKED_NAME_AFTER = re.compile(rf"[ \t]+{re.escape(PLACEHOLDERS[Label.PERSON])}")


def _said_word(text: str, span: Span) -> bool:
    """A few words of another language said or glossed in quotes: "elle dit « saha » à chaque phrase",
    "« mwana » = enfant", "« babcia » pour la grand-mère", "« Haja » (besoin)", "il me dit « Ala ka nɔgɔya »";
    not the nickname a person goes by ("Le jeune Bacar dit « Chouchou »")."""
    quote = _quote_around(text, span.start, span.end)
    if quote is None:
        return False
    opening, closing = quote
    quoted = text[opening + 1 : closing].split()
    if len(quoted) > MAX_SAID_WORDS:
        return False
    if (
        len(quoted) == 1
        and not quoted[0].islower()
        and (gz.first_name_tier(quoted[0]) or gz.UNCOMMON + 1) <= gz.UNCOMMON
    ):
        return False  # "Kevin m'a dit « Léa » quand je lui ai demandé qui l'avait frappé": someone named
    # what someone is called: "« Maman Nana » pour les voisins", "dite « Mama Zouhoura »", "« s'Schmitte Lina » pour
    # Mme Lina Schmitt"
    if (len(quoted) > 1 and any(gz.fold(word) in _HONORIFICS for word in quoted)) or _NICKNAME_CUES.search(
        text, max(0, opening - 30), opening
    ):
        return False
    if _CALLED_BY.match(text, closing + 1) or _AT_HOME_OF.search(text, opening, closing):
        return False  # (nor "on dit « chez la Marthe » pour la maison", "rester « chez Fernand »": a home, after someone)
    return bool(
        _GLOSS_AFTER.match(text, closing + 1) or _SAYING_BEFORE.search(text, max(0, opening - 40), opening)
    )


def _without_works(text: str, spans: list[Span]) -> list[Span]:
    """The spans but a work's title or author, or a type of person ("la chanson de Renaud", "c'est un vrai
    Tanguy", "Tanguy, le film"), unless the same name is someone's elsewhere in the text: masked there, it
    would show here."""
    works = [
        span.label == Label.PERSON
        and (
            _WORK_OR_TYPE_BEFORE.search(text, max(0, span.start - 40), span.start)
            or _WORK_AFTER.match(text, span.end)
            or _said_word(text, span)
            or _a_place_s_name(text, span)
            or _a_song_s_title_or_singer(text, span)
            or _a_famous_one_named_again(text, span)
        )
        for span in spans
    ]
    if not any(works):
        return spans
    people = {text[span.start : span.end] for span, work in zip(spans, works, strict=True) if not work}
    return [
        span
        for span, work in zip(spans, works, strict=True)
        if not work or text[span.start : span.end] in people
    ]


# A song's title, then its singer, whom the lists know: "Nathalie (Bécaud)", "Céline d'Hugues Aufray", "Cécile ma
# fille (Nougaro)"
_SINGER_AFTER = re.compile(
    r"(?:[ \t]+(?-i:[a-zà-ÿ]+)){0,2}[ \t]*(?:\([ \t]*|(?:de|d['’])[ \t]*)"
    r"(?P<singer>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2})"
)
_SONG_BEFORE = re.compile(
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ \t]+(?-i:[a-zà-ÿ]+)){0,2}[ \t]*(?:\([ \t]*|(?:de|d['’])[ \t]*)$"
)


_MUSIC = re.compile(
    r"\b(?:chant\w*|chanson\w*|karaok[ée]|playlist|musique|musical\w*|album|tubes?|concert|disques?|vinyles?|"
    r"[ée]cout\w*|fredonn\w*|danse\w*|bal|guinguette)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)
def _speaks_of_music(text: str) -> bool:
    """Read once per text, not once per name found in it."""
    return _MUSIC.search(text) is not None


def _a_song_s_title_or_singer(text: str, span: Span) -> bool:
    """Where the text speaks of music: "Nathalie (Bécaud)", "Céline d'Hugues Aufray" (not "Joaquim (Parkinson)",
    "Mme Ah-Fat-Lan a rappelé de Saint-Pierre")."""
    if not _speaks_of_music(text):
        return False
    famous = {start for start, _ in _famous_ones(text)}
    if not famous:
        return False  # most texts: nothing famous cited
    name = text[span.start : span.end]
    if (inside := re.search(r"[ \t]+(?:de|d['’])[ \t]*", name)) and span.start + inside.end() in famous:
        return True  # "Hélène de Roch Voisine" read as one name
    if (after := _SINGER_AFTER.match(text, span.end)) and after.start("singer") in famous:
        return True
    return span.start in famous and _SONG_BEFORE.search(text, max(0, span.start - 40), span.start) is not None


def _a_famous_one_named_again(text: str, span: Span) -> bool:
    """ "avec Jacques Pradel… alors Pradel c'était du cinéma": a famous one's family name alone, once the text has cited
    the whole name."""
    name = text[span.start : span.end]
    return " " not in name and any(
        end <= span.start and text[start:end].split()[-1] == name for start, end in _famous_spans(text)
    )


# "Athéna (le nouveau logiciel)", "Solis, notre logiciel": software named by its apposition
_THING_APPOSED_AFTER = re.compile(
    r"[ \t]*(?:\([ \t]*(?:le|la|l['’]|notre)[ \t]*|,[ \t]*(?:notre|(?:le|la|l['’])[ \t]*(?=nouv|vie|fameux)))"
    r"(?:(?:nouveau|nouvel|nouvelle|vieux|vieil|vieille|fameux)[ \t]+)?(?:logiciel|application|appli|plateforme|outil)\b"
    r"|[ \t]*,[ \t]*l['’](?:IA|intelligence[ \t]+artificielle|assistant[ \t]+(?:vocal|virtuel))\b",  # "Albert, l'IA de l'État"
    re.IGNORECASE,
)
_LANDLORD_AFTER = re.compile(r"[ \t]+(?-i:Habitat|Habitations?|Logement|Logis)\b")
_COLOUR_NAMED_AFTER = re.compile(r"[ \t]*,?[ \t]*c['’]est[ \t]+(?:la|une)[ \t]+couleur\b", re.IGNORECASE)
# What tells a storm is meant: storms, or what they leave behind
_STORM_TALK = re.compile(
    r"\b(?:temp[êe]tes?|cyclones?|cycloniques?|ouragans?|intemp[ée]ries|d[ée]pression[ \t]+tropicale|"
    r"vigilance[ \t]+(?:rouge|violette)|sinistr[ée]e?s|d[ée]g[âa]ts|b[âa]ch[ée]e?s|inondations?|"
    r"coupures?[ \t]+de[ \t]+courant|sans[ \t]+(?:r[ée]seau|courant|[ée]lectricit[ée])|rafales|m[ée]t[ée]o|"
    r"(?:toitures?|toits?|t[ôo]les?)[ \t]+(?:arrach|envol)[ée]e?s?)\b",
    re.IGNORECASE,
)
_STORM_TIME_BEFORE = re.compile(
    r"\b(?:apr[èe]s|avant|depuis)[ \t]+(?:le[ \t]+passage[ \t]+d['’e][ \t]*)?$", re.IGNORECASE
)
# "moi Ciaran en 2023", "Floriane arrive demain sur la Manche": a storm's year, or its coming
_STORM_YEAR_OR_COMING_AFTER = re.compile(
    r"[ \t]+(?:en[ \t]+(?:19|20)?\d\d\b|(?:arrive|arrivera|frappe|touche|balaie|souffle)\b)", re.IGNORECASE
)
# A span a model read with the thing's word first: "Tempête Ciaran", "Loi Auroux" (not "Rapport Benchikh": a
# family's report is named after the family)
_THING_FIRST_WORDS = frozenset(
    {"tempete", "cyclone", "ouragan", "loi", "reforme", "decret", "methode", "syndrome", "maladie", "echelle"}
    # "Maternité de Mamoudzou", "Clinique du Parc": an establishment, named after its place
    | {"maternite", "hopital", "clinique", "college", "lycee", "ecole", "creche"}
)
_APPOSED_OWNER = re.compile(r"[ \t]*(?:notre|nos|mon|ma|mes|son|sa|ses|votre|leur|un|une)\b", re.IGNORECASE)
_INTERJECTIONS = gz.word_set("parfait parfaite bienvenue bienvenu génial super")
_FRAMEWORK_BEFORE = re.compile(
    r"\b(?:dans|hors)[ \t]+(?:le|du)[ \t]+cadre[ \t]+(?:des|du|de[ \t]+la|de|d['’])[ \t]*$", re.I
)
_BUYING = re.compile(
    r"\b(?:achet\w*|achats?|command[ée]\w*|magasins?|promos?|soldes|factures?|cr[ée]dit|v[êe]tements?|habits|fringues)\b",
    re.I,
)
# What opens a verb's object: "garde les petits", "porte sa fille", "garde 3 enfants"
_OBJECT_OPENERS = gz.word_set(
    "le la les l' l’ un une des du ses sa son leur leurs mes ma mon ces cette ce tous toute toutes"
)
_BUYING_REACH = 60  # "acheter leurs vêtements de rentrée chez Kiabi et chez Célio"
_PREFIX_HYPHEN_AFTER = re.compile(r"-(?:[ \t]*[,;)]|[ \t]+(?:et|ou)\b)")
_SPELLING_WORD_BEFORE = re.compile(r"(?<![\w'’])(?-i:[A-Z])[ \t]+comme[ \t]+$")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:\n])[ \t]*$")
# A storm's neighbours in a list ("Irma, Maria, Fiona :", "après Xynthia et Klaus")
_LIST_GAP = r"(?:[ \t]*,[ \t]*|[ \t]+(?:et|ou|puis)[ \t]+)"
_LISTED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>(?-i:[A-ZÀ-Ý])[\w'’-]*){_LIST_GAP}$")
_LISTED_AFTER = re.compile(rf"{_LIST_GAP}(?P<word>(?-i:[A-ZÀ-Ý])[\w'’-]*)")
_CAR_TALK = re.compile(
    r"\b(?:voitures?|v[ée]hicules?|garage|cl[ée]s|frein|pneus?|plein|essence|parking|gar[ée]e|conduire|conduis|conduit|"
    r"roule|panne|batterie|km|kilom[èe]tres)\b",
    re.IGNORECASE,
)
# a colour's word right before ("bleu marine", "la couleur rose", "code couleur : rose")
_COLOUR_BEFORE = re.compile(
    r"\b(?:couleurs?|bleu|vert|rouge|jaune|gris|violet|orange|noir|blanc|marron|beige)[ \t:,]+(?:[^\W\d]+[ \t]+)?$",
    re.IGNORECASE,
)


def _is_storm(text: str, span: Span) -> bool:
    """ "Tempête Ciaran" read whole; "Irma, Maria, Fiona : … les ouragans", "après Garance, 9 jours sans réseau": a
    storm's name where the text speaks of storms, listed with other storms or dating what followed. Most storms bear
    frequent first names: "avec Hugo" near a cyclone may be a boy, "après Hugo" is the cyclone's aftermath."""
    name = text[span.start : span.end]
    if name not in gz.STORMS or not _STORM_TALK.search(text):
        return False
    near = max(0, span.start - STORM_REACH), min(len(text), span.end + STORM_REACH)
    if _distinctive_storm(name) and _STORM_TALK.search(text, *near):
        return True  # "la vraie tempête c'était Ciarán": no one here bears the name
    if _STORM_YEAR_OR_COMING_AFTER.match(text, span.end) and _STORM_TALK.search(text, *near):
        return True
    if _STORM_TIME_BEFORE.search(text, max(0, span.start - 30), span.start) and (
        _distinctive_storm(name) or _STORM_TALK.search(text, *near)
    ):
        return True
    items = [name]
    position = span.start
    while before := _LISTED_BEFORE.search(text, max(0, position - 40), position):
        items.append(before["word"])
        position = before.start()
    position = span.end
    while after := _LISTED_AFTER.match(text, position):
        items.append(after["word"])
        position = after.end()
    # three storms listed, or two of which one bears no frequent first name, or two of one year ("Irma et Maria
    # en 2017")
    return (
        len(items) > 1
        and all(item in gz.STORMS for item in items)
        and (
            len(items) > 2
            or any(map(_distinctive_storm, items))
            or _STORM_YEAR_OR_COMING_AFTER.match(text, position) is not None
        )
    ) or (
        # "26 décembre 1999, Lothar.": the day it struck, then its name
        _DATE_THEN_COMMA_BEFORE.search(text, max(0, span.start - 30), span.start) is not None
        and _SENTENCE_END_AFTER.match(text, span.end) is not None
    )


_SENTENCE_END_AFTER = re.compile(r"[ \t]*(?:[.:;!]|$)")
_DATE_THEN_COMMA_BEFORE = re.compile(r"\b\d{1,2}(?:er)?[ \t]+[a-zéû]+[ \t]+(?:19|20)\d\d[ \t]*,[ \t]*\Z")
# How far from a storm's name its talk is looked for, in characters, when a time word dates by it
STORM_REACH = 150


_WORD_THEN_COMMA = re.compile(r"(?P<word>[^\W\d_][\w'’-]*)[ \t]*,[ \t]*$")
_COMMA_THEN_WORD = re.compile(r"[ \t]*,[ \t]*(?P<word>[^\W\d_][\w'’-]*)")


def _kin_listed(text: str, span: Span) -> bool:
    """A family word in a list of family words ("Mamie, Papi, Tonton, Tatie :", "demi-frère, quasi-sœur,
    beau-père"): kinship spoken of, no one's name ("Bébé", "Petit", "Coco" alone may be someone's)."""
    if not _is_kin_word(text[span.start : span.end]):
        return False
    before = _WORD_THEN_COMMA.search(text, max(0, span.start - 30), span.start)
    after = _COMMA_THEN_WORD.match(text, span.end)
    return any(match is not None and _is_kin_word(match["word"]) for match in (before, after))


def _is_kin_word(word: str) -> bool:
    return gz.fold(word.rsplit("-", 1)[-1]) in _KIN_FOLDED


def _distinctive_storm(name: str) -> bool:
    return (gz.first_name_tier(name) or gz.VERY_RARE) >= gz.RARE


def _is_car(text: str, span: Span) -> bool:
    """ "la Zoé est au garage, prends la Clio", "une vieille megane en panne": a car of the service's fleet, or a
    family's."""
    name = text[span.start : span.end]
    return (
        name.lower() in gz.CAR_MODELS
        and re.search(
            r"\b(?:[Ll]a|[Uu]ne|[Mm]a|[Ss]a|[Nn]otre|[Vv]otre|[Ll]eur)[ \t]+(?:(?:vieille|vielle|petite|nouvelle)[ \t]+)?$",
            text[max(0, span.start - 18) : span.start],
        )
        is not None
        and _CAR_TALK.search(text) is not None
    )


def _is_colour(text: str, span: Span) -> bool:
    """ "bleu marine", "la couleur rose", "Rose poudré, vert d'eau"; not "sa copine prune" in a text where a colour is
    spoken of."""
    name = text[span.start : span.end]
    if name.lower() not in gz.COLOUR_NAMES:
        return False
    if _COLOUR_SHADE_AFTER.match(text, span.end):
        return True
    return name.islower() and _COLOUR_BEFORE.search(text, max(0, span.start - 40), span.start) is not None


# A colour's shade after its name: "rose poudré", "Rose pâle"
_COLOUR_SHADE_AFTER = re.compile(
    r"[ \t]+(?:poudr[ée]e?s?|p[âa]les?|fonc[ée]e?s?|vifs?|bonbon|pastels?|fluos?|fuchsia|saumon|layette)\b"
)


def _a_feast(text: str, span: Span, name: str) -> bool:
    """ "demain c'est la Sainte-Constance", "depuis la Toussaint" (where "M. Toussaint" is a man)."""
    feast = _SAINTS_DAY.match(text, span.start) is not None or name.lower() in _FEASTS
    return feast and _FEAST_BEFORE.search(text, max(0, span.start - 40), span.start) is not None


def _a_thing_named_before(text: str, span: Span, name: str) -> bool:
    """ "le chat Grisou", "le chien s'appelle Rocky", "le logiciel Gaspard", "une Renault Zoé"."""
    if _NAMED_THING_BEFORE.search(text, max(0, span.start - 80), span.start):
        return True
    # (one word, or a particle and one: "le syndrome de Di George")
    words = name.split()
    return (
        len(words) == 1 or (len(words) == 2 and words[0].lower() in PARTICLES)
    ) and _THING_NAMED_RIGHT_BEFORE.search(text, max(0, span.start - 40), span.start) is not None


def _a_thing_named_after(text: str, span: Span, name: str) -> bool:
    """ "Athéna (le nouveau logiciel)", "Rose, c'est la couleur des chemises", a listed thing's name."""
    if (owner := _THING_S_NAME_AFTER.match(text, span.end)) and _is_thing(owner["noun"], owner["next"]):
        return True
    if (owner := _LISTED_THINGS_NAMES_AFTER.match(text, span.end)) and _is_thing(owner["noun"], None):
        return True
    return any(
        pattern.match(text, span.end)
        for pattern in (_THING_APPOSED_AFTER, _COLOUR_NAMED_AFTER, _LISTED_THINGS_AFTER)
    )


def _a_thing_s_first_word(text: str, span: Span, name: str) -> bool:
    """ "Tempête Ciaran", "Loi Auroux" read whole by a model."""
    return gz.fold(name.split()[0]) in _THING_FIRST_WORDS


def _a_spelling_word(text: str, span: Span, name: str) -> bool:
    """ "U comme Ursule, D comme Désiré": a word of the spelling alphabet."""
    return _SPELLING_WORD_BEFORE.search(text, max(0, span.start - 10), span.start) is not None


def _a_word_s_prefix(text: str, span: Span, name: str) -> bool:
    """ "les noms en Ker-, Lan-, Plou- et Tré-": the opening of place names, talked about."""
    return " " not in name and _PREFIX_HYPHEN_AFTER.match(text, span.end) is not None


def _a_commune_with_its_article(text: str, span: Span, name: str) -> bool:
    """ "entre Le François et Le Robert", "les familles du François", "la route du Robert"."""
    if " " in name or not gz.is_place(f"Le {name}"):
        return False
    if text[max(0, span.start - 3) : span.start].lower() in {"du ", "au "}:
        return True  # (no one is "du" or "au" someone)
    return text[max(0, span.start - 3) : span.start] == "Le " and not _SENTENCE_END_BEFORE.search(
        text, max(0, span.start - 6), span.start - 3
    )


def _a_shop_where_one_buys(text: str, span: Span, name: str) -> bool:
    """ "un frigo acheté chez Boulanger"."""
    return (
        name.lower() in gz.SHOPS_NAMED_LIKE_PEOPLE
        and text[max(0, span.start - 5) : span.start].lower() == "chez "
        and _BUYING.search(text, max(0, span.start - _BUYING_REACH), span.start) is not None
    )


def _a_word_of_approval(text: str, span: Span, name: str) -> bool:
    """ "Parfait, la CAF a enfin versé le rappel" (not "Parfait, notre collègue")."""
    return (
        name.lower() in _INTERJECTIONS
        and _SENTENCE_END_BEFORE.search(text, max(0, span.start - 6), span.start) is not None
        and text[span.end : span.end + 1] in {",", "!"}
        and not _APPOSED_OWNER.match(text, span.end + 1)
    )


def _a_framework(text: str, span: Span, name: str) -> bool:
    """ "dans le cadre des lois qui…": the framework, not the manager ("la cadre de Lois")."""
    return _FRAMEWORK_BEFORE.search(text, max(0, span.start - 30), span.start) is not None


def _a_landlord(text: str, span: Span, name: str) -> bool:
    """ "loyer Armor Habitat": a social landlord."""
    return _LANDLORD_AFTER.match(text, span.end) is not None


def _a_stand_in_storm_car_or_colour(text: str, span: Span, name: str) -> bool:
    return (
        name.lower() in gz.STAND_INS or _is_storm(text, span) or _is_car(text, span) or _is_colour(text, span)
    )


def _a_family_word_or_a_figure_s_measure(text: str, span: Span, name: str) -> bool:
    """ "Mamie, Papi, Tonton, Tatie :", "demi-frère, quasi-sœur"; "mesures Laforcade". Not after a title."""
    if " " in name or _TITLE_RIGHT_BEFORE.search(text, max(0, span.start - 14), span.start):
        return False
    if _kin_listed(text, span):
        return True
    return (
        gz.fold(name) in gz.public_figures_family_names()
        and _FIGURE_S_MEASURE_BEFORE.search(text, max(0, span.start - 20), span.start) is not None
    )


def _a_pet(text: str, span: Span, name: str) -> bool:
    """After an animal's word; not "LAPIN\tRosine", a family name in capitals."""
    pet = _PET_BEFORE.search(text, max(0, span.start - 80), span.start)
    if pet is None or pet.group().split()[0].isupper():
        return False
    # not "le chat de la voisine, elle s'appelle Mireille": someone else named between
    between = _WORDS.findall((pet["between"] or "").lower())
    return not any(word in gz.KIN_WORDS or word in gz.ROLE_WORDS or word in _PEOPLE_WORDS for word in between)


# "du Aya Nakamura, du Jul et du Ninho", "Dalida, Oum Kalthoum, Khaled, Édith Piaf": items of a list
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:,|et|ou)[ \t]+(?:(?:du|de|des|le|la|les)[ \t]+|d['’][ \t]*)?|[ \t]*,")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])(?-i:[A-ZÀ-Ý])[\w'’-]+")
_CLAUSE_MARKS = ".!?;:\n"
_CLAUSE_END = re.compile(rf"[{re.escape(_CLAUSE_MARKS)}]")
MIN_FAMOUS_LISTED = 2


@lru_cache(maxsize=16)
def _famous_ones(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text cites famous people, works or brands: the phrases of the lists, and their one-word names."""
    words = [
        word.span() for word in _CAPITALISED_WORD.finditer(text) if word.group().lower() in gz.FAMOUS_WORDS
    ]
    return tuple(sorted(_famous_spans(text) + tuple(words)))


def _a_show_or_its_character(text: str, span: Span, name: str) -> bool:
    """ "comme dans Léo Matteï", "comme Clem sur TF1", "un atelier Sardou-Piaf-Aznavour": a series, its character, or
    famous ones joined (no one is "dans" someone; a person is not "sur TF1" but on the news)."""
    if "-" in name and all(part.lower() in gz.FAMOUS_WORDS for part in name.split("-")):
        return True
    return bool(
        _SHOW_BEFORE.search(text, max(0, span.start - 16), span.start) or _CHANNEL_AFTER.match(text, span.end)
    )


_SHOW_BEFORE = re.compile(r"\bcomme[ \t]+dans[ \t]+$", re.IGNORECASE)
_CHANNEL_AFTER = re.compile(
    r"[ \t]+sur[ \t]+(?:TF1|TFX|TMC|M6|W9|C8|Arte|Gulli|Canal[ \t]?\+|France[ \t]?[2-5])(?!\w)", re.IGNORECASE
)


def _a_famous_one_listed(text: str, span: Span, name: str) -> bool:
    """ "Sylvie Vartan, Françoise Hardy, Sheila, Claude François": listed right beside famous ones, in a clause
    that cites two of them or more, a name no list knows is one more singer, not a resident."""
    famous = _famous_ones(text)
    if len(famous) < MIN_FAMOUS_LISTED:
        return False  # most texts: nothing famous, no clause to look at
    clause_start = max(text.rfind(mark, 0, span.start) for mark in _CLAUSE_MARKS) + 1
    clause_end = m.start() if (m := _CLAUSE_END.search(text, span.end)) else len(text)
    cited = [(start, end) for start, end in famous if clause_start <= start and end <= clause_end]
    cited = [(start, end) for start, end in cited if end <= span.start or start >= span.end]
    if len(cited) < MIN_FAMOUS_LISTED:
        return False
    before = any(end <= span.start and _LIST_SEPARATOR.fullmatch(text, end, span.start) for _, end in cited)
    after = any(start >= span.end and _LIST_SEPARATOR.fullmatch(text, span.end, start) for start, _ in cited)
    # a frequent first name only between two famous ones: "Kevin, Mbappé et Zidane" may be a boy and his idols; where
    # the text speaks of music, beside one ("atelier chant : Johnny, Cloclo, Sardou et Dalida")
    frequent = any((gz.first_name_tier(word) or gz.VERY_RARE) <= gz.UNCOMMON for word in name.split())
    if frequent and not _speaks_of_music(text):
        return before and after
    return before or after


# '"Mistral gagnant" de Renaud', '« Rue Case-Nègres » de Joseph Zobel': a title in quotes, then its author (not '"Projet
# pour l'enfant" de Lucas': a child's file)
_QUOTED_WORK_BEFORE = re.compile(
    r"[«\"“][ \t]*(?!(?i:projets?|rapports?|dossiers?|fiches?|contrats?|bilans?|notes?|courriers?|attestations?|"
    r"certificats?|cahiers?|livrets?|PPE|DIPC|DIPEC|DIA)\b)(?-i:[A-ZÀ-Ý0-9])[^«»\"“”\n]{0,60}?[ \t]*[»\"”]"
    r"[ \t]*,?[ \t]*(?:de|d['’])[ \t]*\Z"
)


def _a_work_s_author(text: str, span: Span, name: str) -> bool:
    return _QUOTED_WORK_BEFORE.search(text, max(0, span.start - 90), span.start) is not None


_INDEFINITE_RIGHT_BEFORE = re.compile(r"(?<![\w'’-])(?:un|une)[ \t]+\Z")
# a list of three at least: the word beside it is listed too ("pierogi, pastels, börek")
_LOWER_WORD_THEN_GAP = re.compile(
    r"[ \t]*,[ \t]*(?P<word>(?-i:[a-zà-ÿ]{3,}))(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+)\Z"
)
_GAP_THEN_LOWER_WORD = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+)(?P<word>(?-i:[a-zà-ÿ]{3,}))(?:[ \t]*,|[ \t]+et[ \t]+)"
)


def _a_thing_listed_with_things(text: str, span: Span, name: str) -> bool:
    """ "potjevleesch, frites, maroilles", "pierogi, pastels, börek", "un romazava": a lower-case word no list has as
    a first name, listed right beside a common noun (a dish, a game) or after an indefinite article, is a thing's
    name (not "léa, maman et moi": a family word)."""
    if not name.islower() or " " in name or gz.first_name_tier(name):
        return False
    if _INDEFINITE_RIGHT_BEFORE.search(text, max(0, span.start - 8), span.start):
        return True  # "nous a cuisiné un romazava"
    before = _LOWER_WORD_THEN_GAP.search(text, max(0, span.start - 30), span.start)
    after = _GAP_THEN_LOWER_WORD.match(text, span.end)
    return any(match is not None and _is_plain_noun(match["word"]) for match in (before, after))


# Common words that say someone is near, not a thing: "léa, maman et moi", "enzo, bisous"
_PEOPLE_S_WORDS = gz.KIN_WORDS | gz.ROLE_WORDS | gz.JOB_TITLES | gz.FUNCTION_WORDS | _LOWER_GREETINGS | TITLES


def _is_plain_noun(word: str) -> bool:
    return (
        gz.is_common_word(word)
        and not gz.first_name_tier(word)
        and not gz.is_verb_form(word)
        and word not in _PEOPLE_S_WORDS
    )


# "entre Porto-Vecchio et Bonifacio", "à Saint-Étienne, Roanne ni Montbrison", "d'Albert et de Péronne": places
# coordinated after a preposition of place (not "la mère de Florence et d'Albert": two first names after "de")
_LOCATIVE = r"(?:à|a|au|entre|vers|sur|en|depuis)"
_IS_LOCATIVE = re.compile(_LOCATIVE)
_PREPOSITION = rf"(?:{_LOCATIVE}|de|du|d['’])"
_LINK = r"(?:,|et|ni|ou)"
_PLACE_THEN_LINK = re.compile(
    rf"(?:(?<![\w'’-])(?P<preposition>{_PREPOSITION})[ \t]*)?(?P<place>(?-i:[A-ZÀ-Ý])[\w'’-]+)[ \t]*{_LINK}[ \t]+"
    rf"(?:(?P<own>{_PREPOSITION})[ \t]*)?\Z"
)
_LINK_THEN_PLACE = re.compile(
    rf"[ \t]*{_LINK}[ \t]+(?:(?P<preposition>{_PREPOSITION})[ \t]*)?(?P<place>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
_PREPOSITION_RIGHT_BEFORE = re.compile(rf"(?<![\w'’-])(?P<preposition>{_PREPOSITION})[ \t]*\Z")


def _a_place_among_places(text: str, span: Span, name: str) -> bool:
    if " " in name or not gz.is_place(name):
        return False
    own = _PREPOSITION_RIGHT_BEFORE.search(text, max(0, span.start - 8), span.start)
    before = _PLACE_THEN_LINK.search(text, max(0, span.start - 60), span.start)
    after = _LINK_THEN_PLACE.match(text, span.end)
    for other in (before, after):
        if other is None or not gz.is_place(other["place"]):
            continue
        prepositions = {(p or "").lower() for p in (other["preposition"], own and own["preposition"])} - {""}
        if before is other and other["own"]:
            prepositions.add(other["own"].lower())
        if not prepositions:
            continue
        locative = any(_IS_LOCATIVE.fullmatch(p) for p in prepositions)
        # after "de" alone, one of the two must be a place and nobody's first name
        if locative or not (gz.first_name_tier(name) and gz.first_name_tier(other["place"])):
            return True
    return False


# A dose after a name: a drug's ("Modopar 125 mg 1-1-1-1", "Lovenox 4000 UI", "Sinemet LP le soir" is not dosed)
_DOSE = (
    r"[ \t]*(?:(?-i:LP|LI|XR|SR)[ \t]*)?\d+(?:[,.]\d+)?[ \t]*"
    r"(?:mg|g|ml|µg|mcg|ui|gouttes?|cp|comprim[ée]s?|g[ée]lules?|sachets?|bouff[ée]es?)(?![\w])"
)
_DOSE_AFTER = re.compile(_DOSE, re.IGNORECASE)
_DOSED_DRUG_LISTED_BEFORE = re.compile(
    rf"(?-i:[A-ZÀ-Ý])[\w'’-]+{_DOSE}[^,;.\n]{{0,20}}(?:[,;]|\bet\b|\bou\b|\bpuis\b)[ \t]*\Z", re.IGNORECASE
)
# (not "sous": "la CAF l'a enregistrée sous MMADI Anfiati" is a name)
_UNDER_TREATMENT_BEFORE = re.compile(
    r"\b(?:traitement[ \t]*:|prescri\w*|ordonnance[ \t]+de)[ \t]*\Z", re.IGNORECASE
)


def _a_drug(text: str, span: Span, name: str) -> bool:
    """ "Modopar 125 mg", "Loxapac 100 mg IM", "Traitement : Sinemet": a drug, dosed, listed with one or prescribed;
    not a frequent first name ("Doliprane 1 g, Léa a bien dormi")."""
    if any(cue in span.source for cue in _PERSON_CUE_SOURCES):
        return False  # "M. Martin 80 mg": a patient, then his dose
    if _DOSE_AFTER.match(text, span.end) or name.endswith((" LP", " LI")):
        return True
    first, *rest = name.split()
    if rest and first.lower() in gz.FAMOUS_WORDS and all(word.islower() for word in rest):
        return True  # "sous Haldol décanoas": a known drug and its form, however spelt
    if (gz.first_name_tier(name) or gz.VERY_RARE) <= gz.UNCOMMON:
        return False  # "Doliprane 1 g, Léa a bien dormi"
    # "Modopar 125 mg 1-1-1-1, Sinemet le soir", "Traitement : Sinemet"
    return any(
        cue.search(text, max(0, span.start - 60), span.start)
        for cue in (_DOSED_DRUG_LISTED_BEFORE, _UNDER_TREATMENT_BEFORE)
    )


_ILLNESSES = gz.word_set("alzheimer parkinson korsakoff huntington charcot crohn asperger")


def _an_illness(text: str, span: Span, name: str) -> bool:
    """ "mr a un parkinson avancé, madame alzheimer débutant": an illness named after a physician, even after a title."""
    return name.lower() in _ILLNESSES


# What puts a town abroad on a route: "via Koutaïssi", "vers Turin", "par Bamako"; "à Brescia", "de la région de
# Craiova" only for a name no French list has (not "au nom de Pereira", "en copie à Hansi")
_ROUTE_BEFORE = re.compile(
    rf"(?:\b(?:par|via|vers|depuis|jusqu['’][àa])|{_TRIP_WORDS}[ \t]+(?:à|a))[ \t]*\Z", re.IGNORECASE
)
_AT_OR_FROM_BEFORE = re.compile(r"\b(?:à|a|au|de|d['’])[ \t]*\Z", re.IGNORECASE)


def _a_town_abroad(text: str, span: Span, name: str) -> bool:
    """ "arrivée de Tbilissi via Koutaïssi", "un oncle à Birmingham, Leicester ou Manchester", "(Koufra, Bani Walid,
    Tripoli)": a town abroad on a route or listed with places; not a name a title or a family word announces ("la
    mère de Fkih"), nor one the French lists know, but after a word of travel."""
    if not gz.is_world_town(name) or any(cue in span.source for cue in _PERSON_CUE_SOURCES):
        return False
    if (gz.first_name_tier(name) or gz.VERY_RARE) <= gz.UNCOMMON:
        return False  # "Sofia", "Victoria": a girl as likely
    if _ROUTE_BEFORE.search(text, max(0, span.start - 16), span.start):
        return True
    if not _only_a_town(name):
        return False  # "au nom de Pereira", "Yao, Ama et Koffi", "en copie à Hansi"
    if _AT_OR_FROM_BEFORE.search(text, max(0, span.start - 8), span.start):
        return True
    before = _TOWN_LISTED_BEFORE.search(text, max(0, span.start - 40), span.start)
    after = _TOWN_LISTED_AFTER.match(text, span.end)
    return any(
        match is not None
        and (gz.is_place(match["word"]) or (gz.is_world_town(match["word"]) and _only_a_town(match["word"])))
        for match in (before, after)
    )


def _only_a_town(name: str) -> bool:
    """No French list has it as a first name, nor as a family name but a very rare one."""
    return not gz.first_name_tier(name) and (gz.surname_tier(name) or gz.VERY_RARE) >= gz.VERY_RARE


_TOWN = r"(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t](?-i:[A-ZÀ-Ý])[\w'’-]+)?"  # "Bani Walid"
_TOWN_LISTED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>{_TOWN}){_LIST_GAP}\Z")
_TOWN_LISTED_AFTER = re.compile(rf"{_LIST_GAP}(?P<word>{_TOWN})(?![\w'’-])")


_LIST_ITEM = r"(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t](?-i:[A-ZÀ-Ý])[\w'’-]+)?"
_ITEMS_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_LIST_ITEM}{_LIST_GAP})+\Z")
_ITEMS_AFTER = re.compile(rf"(?:{_LIST_GAP}{_LIST_ITEM}(?![\w'’-]))+")
_ITEM_SPLIT = re.compile(_LIST_GAP)
# What finds a capitalised word for its shape or its neighbours only, not for what announces it
_WEAK_SOURCES = frozenset(
    {
        "rule:capitalised",
        "gazetteer:surname",
        "rule:listed-with-name",
        "rule:spelled-like-name",
        "names-model",
        "spacy",
        "repeat",
        "propagation",
        "completion",
    }
)


def _a_place_among_listed_places(text: str, span: Span, name: str) -> bool:
    """ "Bastia, Cap Corse, Nebbio", "Mirail, Reynerie, Bellefontaine, Empalot": a word no list knows, in a list
    of three or more whose other items are places or words no list knows, one of them a place at least (not
    "Kaci, Roubaix, Durand": a family name among them makes it a list of people and their towns)."""
    if (
        " " in name
        or gz.first_name_tier(name)
        or not name[:1].isupper()
        or not _WEAK_SOURCES.issuperset(span.source.split("+"))
    ):
        return False  # (a name a title, a field or a list of first names announced stays one)
    before = _ITEMS_BEFORE.search(text, max(0, span.start - 80), span.start)
    after = _ITEMS_AFTER.match(text, span.end)
    items = [
        item.strip()
        for match in (before, after)
        if match
        for item in _ITEM_SPLIT.split(match.group())
        if item.strip()
    ]
    if (
        len(items) < 2
        or not any(gz.is_place(item) for item in items)
        or _TITLE_RIGHT_BEFORE.search(text, max(0, span.start - 12), span.start)
    ):
        return False  # (not "Mme Zbigniewska, Roubaix, Lille")
    people = [
        item
        for item in items
        if not gz.is_place(item) and (gz.first_name_tier(item) or gz.surname_tier(item))
    ]
    # no first name among them, and a family name at most for three places: "Bagatelle" is one too
    return not any(gz.first_name_tier(item) for item in people) and 3 * len(people) <= len(items)


# "la statue de Surcouf", "le buste de Marianne": a monument's
_MONUMENT_BEFORE = re.compile(
    r"\b(?:statues?|bustes?|monuments?|mus[ée]es?)[ \t]+(?:de|d['’]|du)[ \t]*\Z", re.IGNORECASE
)


def _a_monument_s(text: str, span: Span, name: str) -> bool:
    return _MONUMENT_BEFORE.search(text, max(0, span.start - 20), span.start) is not None


def _a_place_s_name(text: str, span: Span) -> bool:
    """A street's, a quarter's, a valley's or a public building's name: kept there, unless someone bears it elsewhere in
    the text ("la famille Pasteur… le CHRS de la rue Pasteur": shown in the street, it would name the family)."""
    name = text[span.start : span.end]
    return any(
        check(text, span, name)
        for check in (_a_street_s_name, _a_quarter_with_its_article, _a_landmark, _a_town_of_two_words)
    )


def _a_town_of_two_words(text: str, span: Span, name: str) -> bool:
    """ "né à Tizi Ouzou", "depuis Saint Denis": a town written without its hyphens, after a preposition of place."""
    return (
        " " in name
        and gz.is_place(name)
        and _PLACE_PREPOSITION_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
    )


_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?i:à|a|de|d['’]|vers|depuis)[ \t]*$")


def _a_street_s_name(text: str, span: Span, name: str) -> bool:
    """ "rue Jean-Baptiste Lebas", "avenue Salvador Allende": the name of a street, whether the street is masked as an
    address or kept as a landmark."""
    return (
        name[:1].isupper()
        and _STREET_RIGHT_BEFORE.search(text, max(0, span.start - 60), span.start) is not None
    )


# a street's word, and the first words of its name when only the last was found ("rue Jean-Baptiste [Lebas]"); not
# a seat ("il a eu une place Julie est contente")
_STREET_RIGHT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:rue|avenue|av\.|boulevard|bd|all[ée]e|impasse|quai|square|cours|esplanade|parvis|(?<!une )(?<!sa )(?<!ma )(?<!leur )(?<!de )(?<!en )place)[ \t]+"
    # "la rue de Siam", "le quai de Florence": a town's or a country's name (not "la place de Léa", "le cours de Léa")
    r"|(?i:rue|avenue|boulevard|all[ée]e|impasse|quai|esplanade)[ \t]+(?i:(?:de|du|des)[ \t]+|d['’]))"
    r"(?:[A-ZÀ-Ý][^\W\d_]*(?:[-'’][^\W\d_]+)*[ \t]+){0,3}$"
)


def _a_landmark(text: str, span: Span, name: str) -> bool:
    """ "les vallées d'Aspe et d'Ossau", "les îlets de Marla", "l'hôpital Gabriel Martin", "le collège Juliette Dodu": a
    place of nature, or a public building named after someone; not "l'école de Léa" (hers)."""
    if _NATURE_OF_BEFORE.search(text, max(0, span.start - 80), span.start):
        return True
    if _ESTABLISHMENT_NAMED_BEFORE.search(text, max(0, span.start - 40), span.start):
        return True  # "l'EHPAD Le Clos Félicité", "le foyer Les Jardins de Rose"
    # (a whole name: in a message without commas, "à l'hôpital Karim l'a emmené" names Karim)
    whole_name = len(re.split(r"[ \t-]+", name)) > 1
    return whole_name and _BUILDING_NAMED_BEFORE.search(text, max(0, span.start - 24), span.start) is not None


_OF_PLACE = r"(?i:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’])[ \t]*"
_PLACE_NAME = r"[A-ZÀ-Ý][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_NATURE_OF_BEFORE = re.compile(
    r"(?<![\w-])(?i:lacs?|rivi[èe]res?|fleuves?|baies?|anses?|vall[ée]es?|plages?|cols?|pics?|puys?|monts?|massifs?|"
    r"plateaux?|cirques?|[îi]lets?|[îi]les?|pitons?|[ée]tangs?|gorges|causses?|for[êe]ts?|plaines?|marais|presqu['’][îi]le)"
    rf"[ \t]+{_OF_PLACE}(?:{_PLACE_NAME}[ \t]+(?i:et|ou)[ \t]+(?:{_OF_PLACE})?)?$"
)
_ESTABLISHMENT_NAMED_BEFORE = re.compile(
    r"(?<![\w-])(?i:ehpad|ehpa|foyer|mecs|chrs|maison[ \t]+de[ \t]+retraite|r[ée]sidence[ \t]+autonomie)[ \t]+"
    r"(?-i:Le|La|Les|L['’])[ \t]*(?:(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+(?:(?i:de|du|des|d['’])[ \t]*)?)?$"
)
_BUILDING_NAMED_BEFORE = re.compile(
    r"(?<![\w-])(?i:h[ôo]pital|clinique|CHU|lyc[ée]e|coll[èe]ge|[ée]cole|universit[ée]|stade|gymnase|m[ée]diath[èe]que|"
    r"biblioth[èe]que|piscine|a[ée]roport|centre[ \t]+social|maison[ \t]+de[ \t]+quartier|cr[èe]che"
    r"|(?-i:CMPP?|CAMSP|CMS|CSAPA|IME|ITEP|SESSAD|EHPAD|MECS|CHRS|CH|CHR|CHS|EPSM))[ \t]+$"
)


def _a_quarter_with_its_article(text: str, span: Span, name: str) -> bool:
    """ "il traîne à l'Alma", "vers l'Épeule": a place named with its article, which no one is."""
    return _TO_A_PLACE_BEFORE.search(text, max(0, span.start - 10), span.start) is not None


_TO_A_PLACE_BEFORE = re.compile(r"(?<!\w)(?i:à|a|vers|depuis|sur)[ \t]+l['’]$")


# Public offices, elected or appointed: whoever holds one is a public figure, named in that role (the README's
# "public figures named in their public role": "Madame X, ministre des Solidarités", "le député X"). Not a judge's
# or a director's rank ("Mme Leclercq, vice-présidente" of a court): those name someone a family deals with.
_PUBLIC_OFFICE = (
    r"(?:premi(?:er|ère)[ \t]+)?ministres?(?![\w-])|secrétaires?[ \t]+d['’][ée]tat|(?:euro)?député(?:e|s|es)?(?![\w-])"
    r"|sénat(?:eur|rice)s?|préf[eè]te?s?(?![\w-])|haute?s?-commissaires?|défenseur(?:e)?[ \t]+des[ \t]+droits"
    r"|(?:vice-)?président(?:e)?[ \t]+(?:du[ \t]+conseil[ \t]+(?:départemental|régional|général)|de[ \t]+la[ \t]+"
    r"(?:région|république|métropole)|du[ \t]+département)"
    r"|maire(?:[ \t]+adjointe?)?(?![\w-])|adjointe?[ \t]+au[ \t]+maire"
    r"|conseill(?:er|ère)s?[ \t]+(?:départementa(?:l|le|ux)|régiona(?:l|le|ux)|municipa(?:l|le|ux))"
)
_OFFICE_AFTER = re.compile(
    # (after a comma or an article: "Avril Maire", "Léa LEMAIRE" are family names)
    rf"(?:[ \t]*,[ \t]*|[ \t]+(?=(?:la|le|notre|votre|nouvel|nouveau|ancien|actuel|l['’])))"
    rf"(?:(?:la|le|notre|votre|nouvel(?:le)?|nouveau|ancien(?:ne)?|actuel(?:le)?)[ \t]+|l['’][ \t]*)*"
    rf"(?:{_PUBLIC_OFFICE})"
    rf"|[ \t]+(?:comme|nommée?|au[ \t]+poste[ \t]+de)[ \t]+(?:(?:la|le)[ \t]+|l['’][ \t]*)?(?:{_PUBLIC_OFFICE})",
    re.IGNORECASE,
)
_OFFICE_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:la|le|notre|votre)[ \t]+|l['’][ \t]*)(?:{_PUBLIC_OFFICE})(?:[ \t]+(?:délégu[ée]e?|de[ \t]+[\w'’-]+|"
    rf"(?:du|de[ \t]+la|des)[ \t]+[\w'’-]+))?[ \t]+(?:(?:M\.|Mme|Madame|Monsieur)[ \t]+)?$"
    # a letter's heading: "Monsieur le Président du conseil départemental,\nMonsieur X,"
    rf"|(?:Madame|Monsieur)[ \t]+(?:la|le)[ \t]+(?:{_PUBLIC_OFFICE})[^\n]{{0,60}},?[ \t]*\n[ \t]*(?:Madame|Monsieur)[ \t]+$",
    re.IGNORECASE,
)


def _a_public_office_holder(text: str, span: Span, name: str) -> bool:
    """ "Lettre ouverte à Madame X, ministre des Solidarités", "Monsieur X, député de la 4e circonscription", "le
    ministre X a déclaré", "Madame la Maire,\nMadame X,": someone named in a public office, a public figure."""
    return bool(
        _OFFICE_AFTER.match(text, span.end)
        or _OFFICE_BEFORE.search(text, max(0, span.start - 120), span.start)
    )


# Inclusive writing's endings, glued to the word by a middle dot or a point: "familiaux·ales", "assistant.es".
_INCLUSIVE_ENDINGS = gz.word_set(
    "e es s le les ale ales aux ne nes te tes se ses ère ères rice rices trice trices euse euses ive ives fe fes"
)
_INCLUSIVE_GLUES = frozenset({"·", "⋅", "•", "."})


def _an_inclusive_ending(text: str, span: Span, name: str) -> bool:
    """ "les assistant·es familiaux·ales": the ending of a word written for both genders, not "Alès" or "Ales"."""
    glue = text[span.start - 1 : span.start]
    return (
        glue in _INCLUSIVE_GLUES
        and text[span.start - 2 : span.start - 1].isalpha()
        and name.lower() in _INCLUSIVE_ENDINGS
    )


def _a_saint(text: str, span: Span, name: str) -> bool:
    """ "c'est Sant Jordi", "la San Ghjuvanni", "Saint Nicolas": a saint, his day or a place named after him, whatever
    part of it was found; not "Mme Santa Maria", nor "Santu Paoli" (a first name, then a family name)."""
    before = _SAINT_WORD_BEFORE.search(text, max(0, span.start - 12), span.start)
    if before is not None:
        start, saint, named = before.start(), before["saint"], name.partition(" ")[0]
    else:
        saint, _, rest = name.partition(" ")
        after = _CAPITALISED_AFTER.match(text, span.end)
        named = rest.partition(" ")[0] or (after["word"] if after else "")
        if saint.lower() not in _SAINTS or not named[:1].isupper():
            return False
        start = span.start
    if gz.first_name_tier(saint) and gz.surname_tier(named) and not gz.first_name_tier(named):
        return False  # "Santu Paoli"
    return not _TITLE_RIGHT_BEFORE.search(text, max(0, start - 14), start)


_SAINT_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?P<saint>(?i:sant|santa|santu|san|saint|sainte|st|ste))\.?[ \t]+$"
)
_CAPITALISED_AFTER = re.compile(r"[ \t]+(?P<word>[A-ZÀ-Ý][^\W\d_]*)")


def _a_room_s_name(text: str, span: Span, name: str) -> bool:
    """ "salle Ambre, salle Jade… Jade a fermé en novembre": a room or a unit named so somewhere in the text."""
    return any(text.startswith(name, start) for start in _after_room_words(text))


@lru_cache(maxsize=16)
def _after_room_words(text: str) -> tuple[int, ...]:
    """Where a room's or a unit's name would start ("salle ", "pavillon "); once per text, not per name (a long
    text naming the same person a thousand times)."""
    return tuple(
        match.end() for match in _ROOM_WORD.finditer(text) if match.end() - match.start() <= _ROOM_WORD_REACH
    )


_ROOM_WORD = re.compile(r"(?<![\w-])(?i:salles?|ailes?|unit[ée]s?|pavillons?|groupes?)[ \t]+")
_ROOM_WORD_REACH = 12


def _a_day_shortened(text: str, span: Span, name: str) -> bool:
    """ "[sam. 10:12] g. : …", "mar 14h": a day, shortened, before a time or a date."""
    return name.lower() in _DAY_SHORTENED and _TIME_OR_DATE_AFTER_DAY.match(text, span.end) is not None


def _an_acronym_spelled_out(text: str, span: Span, name: str) -> bool:
    """ "le projet ROSE (Réseau d'Orientation et de Soutien Éducatif)", "… Éducatif (ROSE)": a word in capitals
    whose letters are the initials of the words in brackets beside it is an acronym, not a name; in lower case too, in
    a quick note ("clara (cellule locale d'accompagnement…)")."""
    if not (name.isalpha() and (name.isupper() or name.islower()) and 2 <= len(name) <= 12):
        return False
    spelled = _SPELLED_OUT_AFTER.match(text, span.end)
    if spelled and _spells(name, spelled["words"], at_end=False):
        return True
    if text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")":
        return _spells(name, text[max(0, span.start - 200) : span.start - 1], at_end=True)
    return False


_SPELLED_OUT_AFTER = re.compile(r"[ \t]*\((?P<words>[^()\n]{4,200})\)")
_SPELLING_LINKS = gz.word_set("de d du des la le les l et à a au aux en pour sur par")


def _spells(acronym: str, words: str, *, at_end: bool) -> bool:
    """Whether the initials of words (those written in capitals, or those that are no mere link) spell acronym, from
    their start, or up to their end (at_end)."""
    found = re.findall(r"[^\W\d_][\w-]*", words)
    target = gz.fold(acronym).upper()
    for initials in (
        [w[0] for w in found if w[0].isupper()],
        [w[0] for w in found if w.lower() not in _SPELLING_LINKS],
    ):
        spelled = gz.fold("".join(initials)).upper()
        if spelled.endswith(target) if at_end else spelled == target:
            return True
    return False


# Each check says where a name found by the model or a list is a thing's, a day's or a word's, no one's.
_NO_ONE_CHECKS: tuple[Callable[[str, Span, str], bool], ...] = (
    _a_feast,
    _a_thing_named_before,
    _a_thing_named_after,
    _a_thing_s_first_word,
    _a_spelling_word,
    _a_word_s_prefix,
    _a_commune_with_its_article,
    _a_shop_where_one_buys,
    _a_word_of_approval,
    _a_framework,
    _a_landlord,
    _a_stand_in_storm_car_or_colour,
    _a_family_word_or_a_figure_s_measure,
    _a_pet,
    _a_famous_one_listed,
    _a_show_or_its_character,
    _a_work_s_author,
    _a_thing_listed_with_things,
    _a_place_among_places,
    _a_place_among_listed_places,
    _a_town_abroad,
    _a_drug,
    _an_illness,
    _a_monument_s,
    _an_acronym_spelled_out,
    _a_saint,
    _a_day_shortened,
    _a_room_s_name,
    _a_public_office_holder,
    _an_inclusive_ending,
)


def names_no_one(text: str, span: Span) -> bool:
    """A person found where the name is an animal's, a thing's, a day's or a word ("le chat Grisou", "le chien
    s'appelle Rocky", "demain c'est la Sainte-Constance"): no one's, so not masked."""
    if span.label != Label.PERSON:
        return False
    name = text[span.start : span.end]
    return any(check(text, span, name) for check in _NO_ONE_CHECKS)
