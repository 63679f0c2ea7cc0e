"""Names that only their surroundings tell from words: "Chance", "Paris", "Heureux", "Sagesse".

A first name that is also a word or a place is masked only where the sentence says a person is
meant. Besides the cues of persons.py, four are strong enough on their own:
- listed with a name found already: "Gloire, Heureux et [Miracle]", "Lan et Mai", "Victor (12),
  Ange (11)";
- followed by an age or a school class: "Paris, 9 ans,", "Teva (15 ans)", "Lourdes, 4e B";
- after a word of the family: "sa fille chance", "la petite Sagesse";
- alone at the end of a message, after its last sentence: "Tu l'as ? Claire".
And initials or short nicknames standing for someone: an item of a list of who attended ("présents :
AM (ASE), JP (PMI), jp, Kenza"), or who saw a family ("vu par CD").
"""

import bisect
import re
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher

from concertons.redaction import gazetteers as gz
from concertons.redaction.persons import DETAIL_CUES, DETERMINERS, TITLES, Finder, Word, names_the_place
from concertons.redaction.spans import PLACEHOLDER, Label, Span, merge

_LINKS = frozenset({",", "et", "ou", "&", "+", "/"})  # "synthèse lefevre/blanc"
# Before a place, these make it where something is, not who: "à Nancy et [Lille]"
_PLACE_PREPOSITIONS = gz.word_set("à a au aux en vers sur dans depuis près chez")
_NEVER = gz.KIN_WORDS | gz.ROLE_WORDS | gz.JOB_TITLES | TITLES | gz.CALENDAR
# "(12)", "(11 ans)", ", 9 ans,", ", 4e B", "(CE2)", "(2011)": an age, a school class or a year of birth
# right after a word.
# Not a duration: "Marseille, 8 mois d'attente", "Lille, 3 ans après".
_AGE_OR_CLASS = re.compile(
    r"[ \t]*(?:,[ \t]*|\([ \t]*)"
    r"(?:\d{1,2}[ \t]*(?:ans?|mois)(?=[ \t]*(?:[,.;:)!?]|et\b|$))"
    r"|(?:CP|CE1|CE2|CM1|CM2|[3-6](?:e|ème))(?=[ \t]*(?:[,.;:)!?]|[A-F]\b|$))"
    r"|(?P<bare>\d{1,2})[ \t]*\)"
    r"|(?P<born>(?:[01]?\d/)?(?:19|20)\d\d)[ \t]*\))"  # "Sofia (05/2014)": a year of birth in brackets
)
_KIN_BEFORE_WORDS = (
    "fille", "fils", "fillette", "petite", "petit", "sœur", "soeur", "frère", "cadette", "cadet", "aînée", "aîné",
    "benjamine", "benjamin", "nièce", "neveu", "filleule", "filleul", "bébé",
)  # fmt: skip
_KIN_BEFORE = re.compile(
    rf"\b(?P<determiner>sa|son|leur|ma|mon|ta|ton|notre|la|le)[ \t]+(?:{'|'.join(_KIN_BEFORE_WORDS)})[ \t]+$",
    re.IGNORECASE,
)
# "Ma binôme, Avril, est partie", "sa fille, Chance, a 4 ans": a name set apart after the role it is
_ROLES = gz.KIN_WORDS | gz.ROLE_WORDS | gz.JOB_TITLES
_ROLE = gz.phrase_alternation(_ROLES | {gz.fold(word) for word in _ROLES})
_APPOSED_TO = re.compile(
    r"\b(?:sa|son|leur|ma|mon|ta|ton|notre|votre)[ \t]+"
    rf"(?:{_ROLE})[ \t]*,[ \t]*$",
    re.IGNORECASE,
)
_APPOSITION_END = re.compile(r"[ \t]*[,)]")
# "Coco, la maîtresse de maison, organise…": a name, then the role it is set apart
_ROLE_IN_BRACKETS = r"[ \t]*\([ \t]*(?-i:AS|ASS|ES|ME|EJE|CESF|TISF|IDE|AES|AVS|AMP)[ \t]*[),]"
_ROLE_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:la|le|l['’]|notre|ma|mon|sa|son|leur)[ \t]*"
    rf"(?:{_ROLE})\b"
    # "Patience (AS) reprend les situations", "création par mbarry (AS, MDS …)": a job's acronym in brackets
    rf"|{_ROLE_IN_BRACKETS}",
    re.IGNORECASE,
)
# "slt c Bijou l'interprète lingala": someone presented ("c'est", typed "c" or "cest"), then her role, no comma
_PRESENTED = re.compile(r"(?:^|[ \t])(?:c['’][ \t]*est|cest|c)[ \t]+$", re.IGNORECASE)
_ROLE_RIGHT_AFTER = re.compile(
    rf"[ \t]+(?:la|le|l['’])[ \t]*(?:{_ROLE}|interpr[èe]te|traduct(?:eur|rice))\b", re.IGNORECASE
)
# "la maman de Chance", "la tante de précieuse": a child named by the parent's word
_PARENT_OF = re.compile(
    # ("M. Prince Mavoungou, père de Sagesse": in apposition, without its determiner; "la grande soeur à Titou", as
    # it is said)
    r"(?:\b(?:la|le|l['’]|sa|son|ses|leur|leurs|ma|mon|mes|ta|ton|notre|votre|les)[ \t]+(?:(?:grande?|petite?)[ \t]+)?|,[ \t]*)"
    r"(?:maman|papa|m[èe]re|p[èe]re|tante|oncle|tata|tonton|mamie|papi|grand-m[èe]re|grand-p[èe]re|"
    r"s(?:œ|oe)ur|fr[èe]re|nounou|parents|beau-p[èe]re|belle-m[èe]re)[ \t]+(?P<of>de[ \t]+|d['’][ \t]*|[àa][ \t]+)$",
    re.IGNORECASE,
)
# "le poste de Lorraine jamais remplacé", "le congé de Prudence": a colleague's post or leave
_POST_OF = re.compile(
    r"\b(?:poste|remplacement|rempla[çc]ante?|successeure?|cong[ée]|arr[êe]t(?:[ \t]+maladie)?|mi-temps)"
    r"[ \t]+(?:de|d['’])[ \t]*$",
    re.IGNORECASE,
)
# "Bébé (c'est comme ça que tout le monde appelle [Samuel])": the word before is what people call him
_NAMING_IN_BRACKET = re.compile(r"appel|surnom|\bdite?\b|alias|prénom", re.IGNORECASE)
_LOWER_CASE_NAMES = re.compile(r"\b(?:mme|mr|mlle|madame|monsieur)\.?[ \t]+(?-i:[a-zà-ÿ]{3,})", re.IGNORECASE)
# Capitalised after "la petite", these are services, not girls: "la Petite Enfance".
_AFTER_PETITE = gz.word_set("enfance ceinture couronne section camargue")
_BORN_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*)(?:née?|nee|né\(e\))[ \t]+le\b", re.IGNORECASE)
# Emoji and pictographs: "🙏 ju", "GR 👋 tu as"
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
_LAST_SENTENCE_END = re.compile(rf"(?:[.!?…{_EMOJI}][ \t]+|\n[ \t]*)$")
_CLOSING_THANKS = re.compile(r"\bmerci[ \t!.,]*$", re.IGNORECASE)
# A message's closing words, then its signature alone on the last line: "merci\nju", "bises\nnat"
_CLOSING_LINE = re.compile(
    r"\b(?:merci(?:[ \t]+(?:beaucoup|bcp|d['’]avance))?|bises|bisous|biz+|a\+|à\+|@\+|bonne[ \t]+(?:journ[ée]e|soir[ée]e)|"
    r"bon[ \t]+courage|[àa][ \t]+demain|cdlt|cordialement)[ \t!.,]*\n[ \t]*$",
    re.IGNORECASE,
)
# …or on the same line after a kiss or "signé": "bisous mel", "signé mag"
_CLOSING_WORD = re.compile(r"\b(?:bises|bisous|biz+|sign[ée])[ \t!.,]*$", re.IGNORECASE)
MIN_WORDS_BEFORE_SIGNATURE = 6
# "Présent·es :", "excusés :", "participants :": a list of people follows, up to the line's end
_ATTENDANCE = re.compile(
    r"\b(?:pr[ée]sent|excus[ée]|absent|participant)(?:e|s|es|·es|·e·s|\(e\)s|\(es\))?"
    # the colon may be missing before a list: "présents AM, JLD, FK"
    r"(?:[ \t]*:|[ \t]+(?=[^\W\d_]{2,3}[ \t]*,))[ \t]*"
    # (a dot after an initial does not end the list: "C. Morel (puéricultrice), A. (SF)")
    r"(?P<items>(?:[^\n.]|\.(?![ \t]+[A-ZÀ-Ý][a-zà-ÿ])|(?<=\W(?-i:[A-Z]))\.)+)",
    re.IGNORECASE,
)
_ITEM = re.compile(r"(?:^|[,;])[ \t]*(?:et[ \t]+)?(?P<item>[^\W\d_]{2,3})(?=[ \t]*(?:[,;(]|$))")
# …and, in such a list, an initial alone ("A. (SF)"), initials joined by a hyphen ("J-P") or a word that is a
# family name ("Rocher (éducs)"): a word means a person there, not a rock.
_NO_ONE_ATTENDS = gz.word_set("néant neant aucun aucune personne tous toutes")
_ATTENDEE = re.compile(
    r"(?:^|[,;])[ \t]*(?:et[ \t]+)?"
    r"(?P<item>(?P<initials>(?-i:[A-Z])\.(?:-(?-i:[A-Z])\.)?|(?-i:[A-Z])\.?-(?-i:[A-Z])\.?)|(?-i:[A-ZÀ-Ý])[a-zà-ÿ'’-]+"
    # "presents : claire m., yannick, moi": a first name in lower case and its initial
    r"|(?P<first>(?-i:[a-zà-ÿ])[a-zà-ÿ'’-]+)[ \t]+(?-i:[a-z])\.)"
    r"(?=[ \t]*(?:[,;(]|$))"
)
_SEEN_BY = re.compile(r"\b(?:vue?s?|re[çc]ue?s?|suivie?s?)[ \t]+par[ \t]+(?P<item>[A-Z]{2,3})\b")
# Who wrote, read again or was copied: "relecture KL", "cc : JMD", "tapé par JB" (initials in lower case, "dg", "cm",
# are often a post's or a unit's: _stands_for_someone keeps those)
_WRITTEN_BY = re.compile(
    r"(?:\b(?i:r[ée]daction|relecture|cc|copie[ \t]+[àa])[ \t]*:?[ \t]*(?=[A-Z]{2,3}\b)"
    r"|\b(?i:(?:r[ée]dig[ée]e?|tap[ée]e?|saisie?|relue?|relance|compte[ \t]+rendu|cr)[ \t]+par)[ \t]+"
    r"(?=(?:[A-Z]{2,3}|[a-z]{2})(?![\w'’])))(?P<item>[A-Za-z]{2,3})(?![\w'’])"
)
# "Caramel, c'est le surnom de Kenza", "Pierre — oui c'est son vrai prénom —", "Doudou, c'est comme ça
# que sa mère l'appelle", "(Adé pour les intimes)": the word is what someone is called.
_CALLED_AFTER = re.compile(
    r"[ \t]*(?:[,(—–-][ \t]*)?(?:oui[ \t]*,?[ \t]*)?(?:c(?:['’]|[ ])?est[ \t]+(?:le[ \t]+surnom|son[ \t]+(?:vrai[ \t]+)?"
    r"(?:pr[ée]nom|surnom|nom)|comme [çc]a qu|ainsi qu)|pour[ \t]+les[ \t]+intimes)",
    re.IGNORECASE,
)
# "slt cam tu px passer", "mdr sab t'as vu", "claire tu peux prendre", "pierre t es la ?": who a message
# speaks to
_GREETING = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t]*(?P<greeting>(?:slt|salut|coucou|cc|bjr|bonjour|hello|hey|yo|mdr|re|stp)[ \t!,]+)?$",
    re.IGNORECASE,
)
# "coucou elo, la mère de…", "yo raf, jte passe le num": after a greeting, who it greets
_GREETED = re.compile(r"[ \t]*(?:,|!|\n)")
# …not a group: "hello madam,", "coucou tlm,", "hey guys !"
_GREETED_GROUPS = gz.word_set("madam sir guys folks everyone everybody girls boys ladies tlm tt ts bb")
_INTERJECTIONS = gz.word_set(
    "bon ok okay alors bref dis tiens écoute ecoute ben bah euh oui non voilà merci "
    "bonjour bonsoir salut coucou hello cordialement bises bisous amicalement"
)
# "t es la ?": "t'es" typed without its apostrophe; "béa peux tu ouvrir la perm": the question turned round
_ADDRESSED = re.compile(
    rf"[ \t]*(?:[{_EMOJI}]+[ \t]*)?,?[ \t]*\n?[ \t]*(?:tu|t['’]|t[ \t]+(?:es|as|peux|px|sais|vas|viens|fais|pourrais|ou|où)|stp|svp"
    r"|(?:peux|px|pourrais|pourras|sais|as|es|vas|viens)[ \t-]+tu)\b",
    re.IGNORECASE,
)
_ADDRESSED_FORMALLY = re.compile(r"[ \t]*,[ \t]*(?:votre|vos)\b", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?«\"“\n])[ \t\u00a0]*$")
_TELLS = re.compile(r"[ \t]*,?[ \t]*(?:j['’]?ai|j['’]?suis|jvais|je)\b", re.IGNORECASE)
# Lists are followed this many steps from a name, each step one more word.
MAX_LIST_LENGTH = 12


def from_cues(finder: Finder) -> Iterator[Span]:
    """Words the sentence makes persons: an age after them, a family word before, a signature."""
    cues = (
        (_aged, "rule:age-after"),
        (_born_after, "rule:birth-after"),
        (_after_kin, "rule:kin-before"),
        (_apposed, "rule:apposed-to-role"),
        (_before_role, "rule:before-role"),
        (_child_of, "rule:parent-of"),
        (_post_of, "rule:post-of"),
        (_signs, "rule:last-word-signature"),
        (_called, "rule:called"),
        (_spoken_to, "rule:spoken-to"),
        (_of_a_service, "rule:of-a-service"),
        (_family_at_home, "rule:family-at-home"),
        (_entry_author, "rule:entry-author"),
    )
    for index, word in enumerate(finder.words):
        if _may_be_name(word) or (word.lower in gz.CALENDAR_NAMES and _is_calendar_name(finder.words, index)):
            source = next((source for cue, source in cues if cue(finder, index)), None)
            if source:
                yield _person(word, source)
        elif word.lower in gz.KIN_WORDS and word.is_capitalised and _called(finder, index):
            yield _person(
                word, "rule:called"
            )  # "Bébé (cest son surnom hein, il a 17 ans)": a family word as a nickname


def initials(text: str) -> Iterator[Span]:
    """Short items of a list of who attended, and who saw a family: initials or nicknames."""
    for match in _ATTENDANCE.finditer(text):
        offset = match.start("items")
        for item in _ITEM.finditer(match["items"]):
            if _stands_for_someone(item["item"]):
                yield Span(
                    offset + item.start("item"), offset + item.end("item"), Label.PERSON, "rule:attendee"
                )
        for item in _ATTENDEE.finditer(match["items"]):
            name = item["item"]
            if (
                item["initials"]
                or (item["first"] and gz.first_name_tier(item["first"]))
                or (
                    gz.surname_tier(name)
                    and _stands_for_someone(name)
                    and name.lower() not in _NO_ONE_ATTENDS
                )
            ):
                yield Span(
                    offset + item.start("item"), offset + item.end("item"), Label.PERSON, "rule:attendee"
                )
    for pattern, source in (
        (_SEEN_BY, "rule:seen-by"),
        (_INITIALS_ACTING, "rule:initials-acting"),
        (_INITIALS_WHO, "rule:initials-acting"),
        (_NOTE_FOR, "rule:note-for"),
        (_WRITTEN_BY, "rule:written-by"),
    ):
        for match in pattern.finditer(text):
            if _stands_for_someone(item := match["item"]) and not _wordy_item(
                item, note=pattern is _NOTE_FOR
            ):
                yield Span(match.start("item"), match.end("item"), Label.PERSON, source)
    yield from _pairs_acting(text)
    if signed := _INITIAL_SIGNATURE.search(text):
        yield Span(signed.start("item"), signed.end("item"), Label.PERSON, "rule:initial-signature")


# "Zouzou 06-44-90-18-27", "- Kader : 07 81 05 66 32": a phone list's line, the word before the number whose it is
_NAME_BEFORE_PHONE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?P<name>(?-i:[A-ZÀ-Ý])[a-zà-ÿ'’-]{2,})[ \t]*[:–-]?[ \t]*"
)


def named_before_phones(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """The name alone before a phone number at a line's start (not "Standard 01 …", "Mairie : 05 …")."""
    for span in spans:
        if span.label != Label.PHONE:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        match = _NAME_BEFORE_PHONE.fullmatch(text, line_start, span.start)
        if match is None:
            continue
        name = match["name"]
        if _stands_for_someone(name) and not gz.is_common_word(name.lower()) and not gz.is_place(name):
            yield Span(match.start("name"), match.end("name"), Label.PERSON, "rule:name-before-phone")


# A message signed with an initial, alone on its last line or after the closing words: "…ce matin.\nN.",
# "Merci. L."
_INITIAL_SIGNATURE = re.compile(
    r"(?:\n[ \t]*|\b(?:merci|bises|bisous|cordialement|[àa][ \t]+demain|[àa]\+|bonne[ \t]+(?:journ[ée]e|soir[ée]e)|"
    r"bon[ \t]+courage|r[ée]daction[ \t]*:)"
    r"[ \t!.,]*[ \t]+)(?P<item>(?-i:[A-Z])\.(?:[ \t]?-?(?-i:[A-Z])\.)?)[ \t]*$",
    re.IGNORECASE,
)


# "Vasseur a été promue. ML est revenue à mi-temps", "JP a appelé ce matin", "JM dit que", "C. reprend les situations":
# a colleague's initials open the sentence and do what people do (an acronym takes an article: "la DSI est revenue vers
# nous")
_INITIALS_ACTING = re.compile(
    r"(?:^|(?<=[.!?\n:])[ \t]*|\bpour[ \t]+info[ \t]+)(?P<item>(?-i:[A-Z]{2,3}|[a-z]{2,3}|[A-Z]\.))[ \t]+"
    r"(?:(?:est|était|etait)[ \t]+(?:revenue?|partie?|arrivée?|tombée?|venue?|restée?|pass[ée]e?|en[ \t]+arr[êe]t|"
    r"en[ \t]+cong[ée]|malade|absente?|en[ \t]+larmes)|(?:a|avait)[ \t]+(?:appel[ée]|rappel[ée]|t[ée]l[ée]phon[ée]|"
    r"pleur[ée]|craqu[ée]|d[ée]missionn[ée])|pass[ée]e?[ \t]+(?:à|a|ce|hier)|peut[ \t]+(?:me|te|nous|vous)[ \t]+remplacer"
    # "JM dit que la petite a des bleus", "ML m'a dit": what a colleague says
    r"|(?:dit|pense|trouve|raconte|explique|confirme)[ \t]+que|(?:m['’]a|nous[ \t]+a|a)[ \t]+(?:dit|racont[ée]|expliqu[ée])"
    # "C. reprend les situations de Amandine", "JM prend le relais": who takes a colleague's work
    r"|(?:reprend|reprendra|remplace|remplacera|r[ée]cup[èe]re|r[ée]cup[ée]rera|suit|suivra|prend|prendra)[ \t]+"
    r"(?:les|le|la|l['’]|ses|son|sa))\b",
    re.MULTILINE,
)


# "à confirmer avec JM qui a l'agenda", "voir avec PL qui gère": a colleague's initials, then who they are (a service
# takes an article: "avec la CAF qui")
_INITIALS_WHO = re.compile(r"\b(?:avec|par|voir|demander[ \t]+à)[ \t]+(?P<item>(?-i:[A-Z]{2,3}))[ \t]+qui\b")


# "ML et jb ont fait le compte rendu", "LD et FK ne seront pas remplacées", "jp et yas sont admins", "PL, MC, AB :
# vous êtes d'astreinte": colleagues' initials or nicknames opening a sentence, then what they do (not "RH et DG
# ont décidé": services, see _stands_for_someone)
_SHORT_ITEM = r"[^\W\d_]{2,3}"
_PAIR_ACTING = re.compile(
    rf"(?:^|(?<=[.!?\n])[ \t]*)(?P<items>{_SHORT_ITEM}(?:(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+){_SHORT_ITEM}){{1,5}})"
    r"(?:[ \t]+(?:ont|sont|seront|étaient|etaient|avaient|vont|ne|n['’]|se|s['’]|viennent|passent|font|arrivent|"
    r"partent)\b|[ \t]*:[ \t]*vous\b)",
    re.MULTILINE,
)
_ITEMS = re.compile(rf"(?<![\w-])(?!et\b){_SHORT_ITEM}(?![\w-])")


# "transmission MT -> VG :", "Traoré -> ines": a file handed from one colleague to another
_HANDED_OVER = re.compile(
    rf"(?<![\w-])(?P<first>{_SHORT_ITEM})[ \t]*(?:->|→|=>)[ \t]*(?P<second>{_SHORT_ITEM})(?![\w-])"
)
# "note pour isa :", "fiche copiée pour romu :", "pour Nath :": whom a note is for
_NOTE_FOR = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*)(?:(?:note|mot|message|fiche|post-it|transmissions?)(?:[ \t]+copi[ée]e)?[ \t]+)?"
    r"pour[ \t]+(?P<item>[^\W\d_][\w-]{1,14})[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


def _pairs_acting(text: str) -> Iterator[Span]:
    for match in _PAIR_ACTING.finditer(text):
        offset = match.start("items")
        items = [
            (offset + item.start(), offset + item.end(), item[0]) for item in _ITEMS.finditer(match["items"])
        ]
        yield from _colleagues(items)
    for match in _HANDED_OVER.finditer(text):
        yield from _colleagues(
            [(match.start(group), match.end(group), match[group]) for group in ("first", "second")]
        )


def _colleagues(items: list[tuple[int, int, str]]) -> Iterator[Span]:
    # initials in capitals or lower case, short nicknames no dictionary has ("ml" is a unit, but
    # not beside "jb"); not "le et la"
    if all(_stands_for_someone(item) for _, _, item in items) and any(
        item.isupper() or not gz.is_french_word(item) for _, _, item in items
    ):
        for start, end, _ in items:
            yield Span(start, end, Label.PERSON, "rule:pair-acting")


def _wordy_item(item: str, *, note: bool) -> bool:
    """Initials in lower case that a dictionary has ("on est", not "mlb est en arrêt"); a note is for a first name
    or a nickname, not "Pour info :", "Pour Lille :", "Pour AG :"."""
    if note:
        # (nor "pour remplir :", "pour signer :": what the note is for)
        infinitive = (
            item.endswith(("er", "ir", "re")) and gz.is_french_word(item) and not gz.first_name_tier(item)
        )
        return item.isupper() or gz.is_common_word(item) or gz.is_place(item) or infinitive
    return item.islower() and gz.is_french_word(item)


def _stands_for_someone(item: str) -> bool:
    lower = item.lower()
    return not (
        gz.is_institution(item.upper())
        or lower in gz.FUNCTION_WORDS
        or lower in _NEVER
        or (item.islower() and gz.is_common_word(item))
        or _DRAWN_OUT.search(lower) is not None
    )


# A letter three times in a row is a sound drawn out, no one's name: "pfff", "grrr", "ouiii".
_DRAWN_OUT = re.compile(r"(\w)\1\1")


def _aged(finder: Finder, index: int) -> bool:
    """ "Paris, 9 ans,", "Teva (15 ans)", "Lourdes, 4e B", "Ange (11)"; not "à Lille, 3 ans"."""
    word = finder.words[index]
    cue = word.is_capitalised and _AGE_OR_CLASS.match(finder.text, word.end)
    if not cue:
        return False
    place = gz.is_place(word.text)
    if place and index and finder.words[index - 1].lower in _PLACE_PREPOSITIONS:
        return False
    if place and cue["bare"] is not None and names_the_place(finder.text, word.start, word.end):
        return False  # "Lieu de naissance : Nancy (54)": the town and its département
    if (
        cue["bare"] is not None or cue["born"] is not None
    ):  # a bare number in brackets: only after a first name
        return bool(word.first_name_tier)
    # (a word only once its accent is put back is a name there: "Elira, 12 ans," is no "élira")
    return bool(word.first_name_tier or not word.is_word or place or not gz.is_common_word(word.text))


def _born_after(finder: Finder, index: int) -> bool:
    """ "Noa, né le 11 novembre 2015, et Juin, née le 1er juin 2018": a word born on a day is a child."""
    word = finder.words[index]
    return (
        word.is_capitalised
        and not word.sentence_start
        and _BORN_AFTER.match(finder.text, word.end) is not None
        and not _mostly_place(word)  # "originaire d'Haïti, née le…"
        and not (index and finder.words[index - 1].lower in _PLACE_PREPOSITIONS | {"de", "d'", "d’"})
    )


def _after_kin(finder: Finder, index: int) -> bool:
    """ "la petite Sagesse", "sa fille chance"; not "la Petite Enfance", "la petite victoire"."""
    word = finder.words[index]
    before = finder.text[max(0, word.start - 40) : word.start]
    # (a cheap test first: the pattern, tried at every position before every word, is the costly part)
    if not before.rstrip(" \t").casefold().endswith(_KIN_BEFORE_WORDS):
        return False
    kin = _KIN_BEFORE.search(finder.text, max(0, word.start - 40), word.start)
    if not kin:
        return False
    if word.is_capitalised:
        if _CAPITAL_PETIT.search(kin.group()) and gz.is_place(word.text) and not word.first_name_tier:
            return False  # "le Petit Bayonne", "la Petite Camargue": a quarter, a land
        return not word.sentence_start and word.lower not in _AFTER_PETITE
    # "la petite chance" is a girl where the writer types names in lower case ("mr tessier")
    definite = kin["determiner"].lower() in {"la", "le"}
    return bool(word.first_name_tier) and (not definite or _LOWER_CASE_NAMES.search(finder.text) is not None)


_CAPITAL_PETIT = re.compile(r"\bPetite?s?\b")
# "pierre du ccas a appele", "nadia de la caf": someone named by the service she works at
_OF_SERVICE = re.compile(
    r"[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des)[ \t]*(?P<service>[^\W\d_]+)\b", re.IGNORECASE
)
# …opening a clause, or after a verb of calling or meeting (not "le classeur rose des IP", "midi salle du CSE")
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.,;:!?()\n]|\b(?:avec|et|ou|par|pour|appeler|rappeler|appel[ée]|vu|voir|vue|demander|demand[ée]|dit|selon))"
    r"[ \t]*$",
    re.IGNORECASE,
)
# "vad avec lucie chez les moreau": a family at home, by its name
_CHEZ_LES = re.compile(r"\bchez[ \t]+les[ \t]+$", re.IGNORECASE)


# "Claire de l'accueil a vu passer", "Rose du secrétariat m'a dit": a colleague by the desk she holds
_DESKS = gz.word_set(
    "accueil secrétariat secretariat compta comptabilité standard paie planning cantine ménage cuisine"
)


def _of_a_service(finder: Finder, index: int) -> bool:
    word = finder.words[index]
    service = _OF_SERVICE.match(finder.text, word.end)
    tier = word.first_name_tier
    if not (
        service is not None
        and bool(tier)
        and _CLAUSE_OPENING.search(finder.text, max(0, word.start - 12), word.start) is not None
    ):
        return False
    if word.is_capitalised:  # who acts: "Claire de l'accueil a vu", not "Rose de l'accueil" (a room)
        desk = bisect.bisect_left(finder.starts, service.start("service"))
        return service["service"].lower() in _DESKS and finder.subject_follows(desk)
    return (
        word.is_lower
        and (tier == gz.COMMON or (tier <= gz.UNCOMMON and not word.is_word))  # not "santé de la CPAM"
        and gz.is_institution(service["service"].upper())
    )


def _family_at_home(finder: Finder, index: int) -> bool:
    word = finder.words[index]
    return (
        bool(word.surname_tier)
        and not word.lower.endswith(("s", "x"))
        and _CHEZ_LES.search(finder.text, max(0, word.start - 12), word.start) is not None
    )


def _apposed(finder: Finder, index: int) -> bool:
    """ "Ma binôme, Avril, est partie"; not "mon collègue, Lille, c'est loin" (a place)."""
    word = finder.words[index]
    return (
        word.is_capitalised
        and not word.sentence_start
        and _APPOSITION_END.match(finder.text, word.end) is not None
        and _APPOSED_TO.search(finder.text, max(0, word.start - 50), word.start) is not None
        and not _mostly_place(word)
    )


def _before_role(finder: Finder, index: int) -> bool:
    """ "Coco, la maîtresse de maison, organise"; not "Lille, la ville…" nor "Le CCAS, le service…"."""
    word = finder.words[index]
    role = _ROLE_AFTER.match(finder.text, word.end)
    if (
        role is None
        and word.is_capitalised
        and not word.sentence_start
        and _PRESENTED.search(finder.text, max(0, word.start - 8), word.start)
        and (role := _ROLE_RIGHT_AFTER.match(finder.text, word.end))
    ):
        return not _mostly_place(word)  # a word too: "c Bijou l'interprète", a nickname
    if (
        role is not None
        and word.is_lower
        and len(word.text) > 3
        and not gz.is_french_word(word.text)
        and not gz.is_institution(word.text.upper())
        and role.group().lstrip(" \t").startswith("(")
    ):
        return True  # "création par mbarry (AS, MDS Tourcoing)": a login, a family name typed in lower case
    return (
        word.is_capitalised
        and role is not None
        and (word.first_name_tier is not None or word.folded in gz.NICKNAMES or not word.is_word)
        # "l'entrée d'Awa en CP, la mère se saisit de l'aide": a short acronym no list has as a name
        and not (
            word.is_upper and len(word.text) <= 3 and word.first_name_tier is None and not word.surname_tier
        )
        # "Nancy, la TISF, passe le lundi": a role set apart on both sides names a person, even a town's
        and (not _mostly_place(word) or _CLOSED.match(finder.text, role.end()) is not None)
    )


_CLOSED = re.compile(r"[ \t]*,")


def _child_of(finder: Finder, index: int) -> bool:
    """ "la maman de Chance", "la tante de précieuse"; not "une grand-mère de Mamoudzou"."""
    word = finder.words[index]
    before = finder.text[max(0, word.start - 40) : word.start]
    if before.rstrip(" \t")[-2:].casefold() not in {"de", "d'", "d’", " à", " a"}:
        return False  # (see _after_kin)
    if not (parent := _PARENT_OF.search(finder.text, max(0, word.start - 40), word.start)):
        return False
    if parent["of"][0] in "àa":
        # (a first name or a nickname only: "son frère à Ivry", "sa tante à Lviv", "leur grand-mère à Noël")
        return (
            word.is_capitalised
            and not word.sentence_start
            and (bool(word.first_name_tier) or word.folded in gz.NICKNAMES)
            and not gz.is_place(word.text)
            and word.lower not in gz.CALENDAR_NAMES
        )
    if word.is_capitalised:
        return not word.sentence_start and bool(word.first_name_tier or not gz.is_place(word.text))
    return bool(word.first_name_tier)


def _called(finder: Finder, index: int) -> bool:
    word = finder.words[index]
    if index and finder.words[index - 1].lower in {"le", "la"} and word.is_word and not word.first_name_tier:
        return False  # "Le Boss, c'est comme ça que les jeunes appellent le directeur": a role's nickname
    return (word.is_capitalised or word.first_name_tier) and _CALLED_AFTER.match(
        finder.text, word.end
    ) is not None


def _spoken_to(finder: Finder, index: int) -> bool:
    """The first word of a message, or the word after its greeting, before "tu", "stp": a name."""
    word = finder.words[index]
    addressed = _ADDRESSED.match(finder.text, word.end) or (
        # "mel jai eu la maman au tel": a first name or a nickname, then what the writer did
        _TELLS.match(finder.text, word.end)
        and (word.folded in gz.NICKNAMES or (word.first_name_tier or 9) <= gz.UNCOMMON)
        and not gz.is_common_word(word.text)
    )
    if (
        _ADDRESSED_FORMALLY.match(finder.text, word.end)
        and word.is_capitalised
        and (word.first_name_tier or 9) <= gz.UNCOMMON
        and _SENTENCE_OPENING.search(finder.text, max(0, word.start - 4), word.start)
    ):
        return True  # "… validée par moi. Clémence, votre visite chez les Haddou n'était pas validée"
    greeting = _greeting_before(finder.text, word.start)
    if not greeting or word.lower in _INTERJECTIONS or word.lower in gz.CALENDAR:
        return False
    if not addressed:
        greeted = greeting["greeting"] and _GREETED.match(finder.text, word.end)
        return (
            bool(greeted)
            and not gz.is_common_word(word.text)
            and word.lower not in _NEVER
            and word.lower not in _GREETED_GROUPS
        )
    # after "slt", whatever word: "slt cam tu px passer"; "Mélo t'es où ?": a first name cut short, though a word
    known = word.first_name_tier or word.folded in gz.NICKNAMES or not gz.is_common_word(word.text)
    known = known or (
        word.is_capitalised and word.lower not in _INTERJECTIONS and gz.shortens_a_first_name(word.text)
    )
    return bool(greeting["greeting"] or known)


# "bonjour", the longest greeting _GREETING knows
_LONGEST_GREETING = 7


def _greeting_before(text: str, position: int) -> re.Match | None:
    """_GREETING's match ending at position, searched from the farthest it can start (its blanks, the longest
    greeting, the blanks before it, the line's start or a sentence's end), not from the text's start: a search per
    word over all that comes before it grows with the square of the text's length."""
    start = position
    while start and text[start - 1] in " \t!,":
        start -= 1
    start -= _LONGEST_GREETING
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return _GREETING.search(text, max(0, start - 1), position)


def _post_of(finder: Finder, index: int) -> bool:
    word = finder.words[index]
    return bool(
        word.is_capitalised
        and word.first_name_tier
        and _POST_OF.search(finder.text, max(0, word.start - 30), word.start)
    )


# A notebook's entry and who wrote it: "- mercredi (Mélo) : ok, moral bof", "12/03 (Sandrine) :"
_ENTRY_DAY_BEFORE = re.compile(
    r"(?:\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?)[ \t]*\([ \t]*$",
    re.IGNORECASE,
)
_ENTRY_COLON_AFTER = re.compile(r"[ \t]*\)[ \t]*:")
_NOT_AN_AUTHOR = gz.word_set(
    "grève greve absent absente absence repos congé conge congés matin soir midi nuit journée ok rien vacances "
    "pont réunion reunion formation astreinte permanence garde"
)


def _entry_author(finder: Finder, index: int) -> bool:
    """ "- mercredi (Mélo) : ok, moral bof": who wrote a notebook's entry, in brackets after its day."""
    word = finder.words[index]
    return (
        word.is_capitalised
        and not word.is_upper
        and _ENTRY_COLON_AFTER.match(finder.text, word.end) is not None
        and _ENTRY_DAY_BEFORE.search(finder.text, max(0, word.start - 20), word.start) is not None
        # not "vendredi (Férié) :", "lundi (Grève) :", "jeudi (Toussaint) :"
        and not word.lower.endswith(("é", "ée", "és", "ées"))
        and word.lower not in _NOT_AN_AUTHOR
        and word.lower not in gz.CALENDAR_NAMES
        and not gz.is_place(word.text)
        and word.lower not in gz.FAMOUS_WORDS
    )


def _signs(finder: Finder, index: int) -> bool:
    """ "Tu l'as ? Claire", "merci !! kim": a first name alone after a message's last sentence."""
    words = finder.words
    # (a full stop, a bang or emoji may close the message after it: "merci Dom 😅")
    last = len(words) - index <= _MAX_CLOSING_MARKS + 1 and all(
        _CLOSING_MARK.fullmatch(after.text) for after in words[index + 1 :]
    )
    word = words[index]
    if not last or _words_before(finder, index) < MIN_WORDS_BEFORE_SIGNATURE:
        return False
    # "à demain. Romain": a first name that some village bears too still signs; a known town does not
    if (
        gz.is_region(word.text)
        or word.lower in gz.TOWN_FIRST_NAMES
        or (not word.first_name_tier and gz.is_place(word.text))
    ):
        return False
    before = finder.text[: word.start]
    # ("stp ?\nmc": a very rare first name in lower case and short is initials as well)
    rare = word.is_lower and len(word.text) <= 3 and (word.first_name_tier or 0) >= gz.VERY_RARE
    if rare and (_CLOSING_THANKS.search(before) or _CLOSING_WORD.search(before)):
        return True  # "bisous dom"
    if not word.first_name_tier or rare:
        # "merci\nju": a short nickname on the last line, after the closing words; "je repasse vendredi. ML":
        # initials after the last sentence
        if word.is_lower:
            if len(word.text) > 6 or not _stands_for_someone(word.text) or gz.is_common_word(word.text):
                return False
            if _CLOSING_WORD.search(before):
                return True  # "bisous mel"
            # "merci\nju"; initials or a short nickname after the last sentence: "avant 17h. sb", "🙏 ju", "? delph"
            french = gz.is_french_word(word.text)
            return not french and (
                bool(_CLOSING_LINE.search(before))
                or (len(word.text) <= 5 and word.text.isascii() and bool(_LAST_SENTENCE_END.search(before)))
            )
        return word.is_upper and len(word.text) <= 3 and bool(_LAST_SENTENCE_END.search(before))
    if word.is_capitalised:
        # "…2 postes de chargés de com. Parfait.": a word said; a signature takes no full stop
        if word.is_word and index == len(words) - 2 and words[-1].text in {".", "!"}:
            return False
        return bool(_LAST_SENTENCE_END.search(before) or _CLOSING_THANKS.search(before))
    return bool(_CLOSING_THANKS.search(before) or _CLOSING_WORD.search(before))


_CLOSING_MARK = re.compile(rf"[.!{_EMOJI}\ufe0f\u200d]+")
_MAX_CLOSING_MARKS = 3


def _words_before(finder: Finder, index: int) -> int:
    """How many words come before words[index], a placeholder counting as one: the detail it replaced made
    one word at least ("kevin" then "[personne]"), so a second reading counts no more than the first."""
    end = finder.words[index].start
    if "[" not in finder.text[:end]:
        return index
    placeholders = [match.span() for match in PLACEHOLDER.finditer(finder.text, 0, end)]
    inside = sum(
        1 for word in finder.words[:index] if any(left <= word.start < right for left, right in placeholders)
    )
    return index - inside + len(placeholders)


def listed_with(finder: Finder, spans: Iterable[Span]) -> list[Span]:
    """Words listed with a name found already ("Lan et [Mai]", "Gloire, Heureux et [Miracle]")."""
    people = [span for span in spans if span.label == Label.PERSON]
    found: list[Span] = list(_called_in_bracket(finder, people)) + list(_initials_in_bracket(finder, people))
    frontier = people
    for _ in range(MAX_LIST_LENGTH):
        covered = merge(people + found)
        new = [
            _person(finder.words[index], "rule:listed-with-name")
            for span in frontier
            for index in _listed_beside(finder, span, covered)
        ]
        new = [span for span in new if span not in found]
        if not new:
            break
        found += new
        frontier = new
    return found


# After a word opening a clause, words that make it no subject: "remise en état"
_NOT_A_SUBJECT_S_VERB = gz.word_set("en y et")
_STRESSED_PRONOUNS = gz.word_set("moi toi lui elle nous vous eux elles")
# Where a clause starts: "…avec ses deux, precieuse n'a pas lâché sa chaise"
_CLAUSE_MARKS = frozenset({".", ",", ";", ":", "!", "?", "(", "-"})


def lower_case_subjects(finder: Finder, spans: Iterable[Span]) -> list[Span]:
    """In a text that types its people's names in lower case ("merveille est venue", found), a first name or a
    nickname in lower case opening a clause, a verb after it, is one more ("precieuse n'a pas lâché sa chaise",
    "bouboule a eu une place au chrs"), though it is a word too."""
    people = merge([span for span in spans if span.label == Label.PERSON])
    if not any(finder.text[span.start : span.end].islower() for span in people):
        return []
    words, found = finder.words, []
    for index, word in enumerate(words):
        if not word.is_lower or not word.is_alpha or len(word.text) < 3 or _is_covered(word, people):
            continue
        if (
            not ((word.first_name_tier or 9) <= gz.RARE or word.folded in gz.NICKNAMES)
            or word.lower in _NEVER
        ):
            continue
        if word.lower in gz.FUNCTION_WORDS or gz.is_place(word.text.title()):
            continue
        if word.is_verb and word.folded not in gz.NICKNAMES:
            continue  # "passe a", "reste a"
        opens = (
            index == 0
            or words[index - 1].text in _CLAUSE_MARKS
            or "\n" in finder.text[words[index - 1].end : word.start]
        )
        following = words[index + 1] if index + 1 < len(words) else None
        if (
            not opens
            or following is None
            or not following.is_lower
            or following.lower in _NOT_A_SUBJECT_S_VERB
        ):
            continue  # "remise en état"
        after = words[index + 2].lower if index + 2 < len(words) else ""
        if following.lower == "a" and (after in _STRESSED_PRONOUNS or after in DETERMINERS):
            continue  # "grace a toi": "grâce à", typed without its accents
        if finder.subject_follows(index):
            found.append(_person(word, "rule:lower-case-subject"))
    return found


def _listed_beside(finder: Finder, span: Span, covered: list[Span]) -> Iterator[int]:
    words, starts = finder.words, finder.starts
    first, last = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end) - 1
    if first > last:
        return
    name = words[first]
    for step, edge in ((1, last), (-1, first)):
        link = _skip_parenthesis(words, edge + step, step)
        if link is None or words[link].lower not in _LINKS:
            continue
        candidate = _skip_parenthesis(words, link + step, step)
        if candidate is None or _is_covered(words[candidate], covered):
            continue
        left, right = sorted((words[candidate], name), key=lambda word: word.start)
        if "\n" in finder.text[left.end : right.start]:
            continue  # "Cordialement,\nAurore": a line apart
        comma = words[link].text == ","
        # "synthèse lefevre/blanc": a couple's two family names joined by a slash, the second a word too
        glued = left.end + 1 == right.start
        if words[link].text == "/":
            # ("sit. KONÉ / M'BALA": two family names in capitals, the blanks kept)
            if (glued or (left.is_upper and right.is_upper)) and _family_name_after_slash(words[candidate]):
                yield candidate
            continue
        if _may_join_list(
            words,
            candidate,
            name,
            after_comma=comma and step > 0,
            before_comma=comma and step < 0,
            joined=words[link].lower == "et",
        ):
            yield candidate


# "mme ouazani (ou ouazzani, c'est écrit des deux façons)": a name spelt another way is the same name
MIN_VARIANT_LENGTH = 5
MIN_VARIANT_SIMILARITY = 0.85


def spelled_like(finder: Finder, spans: Iterable[Span]) -> list[Span]:
    """Words that no dictionary knows and that differ from a name found by a letter or two, or shorten it
    ("Mme Rakotomalala… interphone au nom RAKOTO", "Stéphanie… Steph")."""
    people = merge([span for span in spans if span.label == Label.PERSON])
    names = {
        word.folded
        for word in finder.words
        if len(word.text) >= MIN_VARIANT_LENGTH
        and word.is_alpha
        and _is_covered(word, people)
        and not word.is_word
    }
    # a name written again in other capitals or accents ("EXAUCE", then « Exaucé »), or with its parts glued
    # ("Ould Mohamed", then "OULDMOHAMED", as a form's field holds it)
    # (the whole name, or its last parts: "Abdelkader Ould Mohamed" gives "ouldmohamed")
    same = {
        gz.fold("".join(parts[first:]))
        for span in people
        if (parts := _GLUE.split(finder.text[span.start : span.end].strip()))
        for first in range(max(1, len(parts) - 1))
        if len("".join(parts[first:])) >= MIN_VARIANT_LENGTH
    }
    found = [
        _person(word, "rule:spelled-like-name")
        for word in finder.words
        if word.is_alpha
        and word.is_capitalised
        and word.folded in same
        and not _is_covered(word, people)
        and not gz.is_place(word.text)
        and not names_the_place(finder.text, word.start, word.end)  # "la loi Santiago"
    ]
    found += _spelt_letters(finder.text, people)
    if not names:
        return found
    return found + [
        _person(word, "rule:spelled-like-name")
        for word in finder.words
        if len(word.text) >= MIN_SHORT_FORM_LENGTH
        and word.is_alpha
        and word.folded not in names
        and not _is_covered(word, people)
        and not word.is_word
        and _may_be_name(word)
        and not gz.is_place(word.text)
        and any(_is_variant(word.folded, name) or _shortens(word, name) for name in names)
        and not names_the_place(finder.text, word.start, word.end)
    ]


# What joins a name's parts: "Ould Mohamed", "Ben-Ali", "N'Diaye".
_GLUE = re.compile(r"[\s'’-]+")
# Letters one by one, as a name is spelt on the phone: "le prénom c'est Thi Hoa, t h i et h o a"
# (an accent said after its letter: "M A E tréma L Y S")
_ACCENT_SAID = r"(?:[ \t]+(?:tr[ée]ma|c[ée]dille|accent[ \t]+(?:aigu|grave|circonflexe)))?"
_LETTERS = re.compile(
    rf"(?<![\w'’-])[^\W\d_]{_ACCENT_SAID}(?:[ \t]+[^\W\d_]{_ACCENT_SAID}){{1,20}}(?![\w'’-])"
)


def _spelt_letters(text: str, people: list[Span]) -> list[Span]:
    """A name found (or one of its words), spelt again letter by letter, in any case."""
    names = set()
    for span in people:
        parts = _GLUE.split(text[span.start : span.end].strip())
        names |= {gz.fold(part) for part in parts if len(part) >= MIN_SPELT_LETTERS}
        names.add(gz.fold("".join(parts)))
    return [
        Span(match.start(), match.end(), Label.PERSON, "rule:spelt-name")
        for match in _LETTERS.finditer(text)
        if gz.fold("".join(letter for letter in match.group().split() if len(letter) == 1)) in names
    ]


MIN_SPELT_LETTERS = 3  # "t h i": fewer letters may spell anything ("a b", "l a")


# "Flo", "Steph", "RAKOTO": the first letters of a name, as friends, families and doorbells say it ("Jean" is
# no shortened "Jeanne": three letters at least are dropped)
MIN_SHORT_FORM_LENGTH = 3


def _shortens(word: Word, name: str) -> bool:
    return word.is_capitalised and len(name) >= len(word.folded) + 3 and name.startswith(word.folded)


# A name's parts, split at blanks and hyphens: "Jean-Marc Delacroix-Vial" → J, M, D, V.
_NAME_PARTS = re.compile(r"[^\W\d_]+")
# Initials written as one word: "JMDV", "J.M.D.V." are not words (capitals, two to five letters).
_INITIALS_WORD = re.compile(r"(?<![\w.])(?-i:[A-Z](?:\.?[A-Z]){1,4})\.?(?![\w.])")


def initials_of_names(finder: Finder, spans: Iterable[Span]) -> list[Span]:
    """A named person's initials, written as one word later on: "Jean-Marc Delacroix-Vial… JMDV a refusé"."""
    initials = {
        "".join(part[0].upper() for part in parts)
        for span in spans
        if span.label == Label.PERSON
        and 2 <= len(parts := _NAME_PARTS.findall(finder.text[span.start : span.end])) <= 5
        and all(part[0].isupper() for part in parts)
    }
    found = [
        Span(match.start(), match.end(), Label.PERSON, "rule:initials-of-name")
        for match in _INITIALS_WORD.finditer(finder.text)
        if len(letters := match.group().replace(".", "")) >= 3 and letters in initials
    ]
    # "Jade (J. dans les écrits antérieurs)": the name's initial, in brackets right after it
    for span in spans:
        initial = _INITIAL_IN_BRACKETS.match(finder.text, span.end)
        if span.label == Label.PERSON and initial and initial["letter"] == finder.text[span.start]:
            found.append(Span(initial.start("letter"), initial.end(), Label.PERSON, "rule:initial-of-name"))
    return found


_INITIAL_IN_BRACKETS = re.compile(r"[ \t]*\((?P<letter>[A-ZÀ-Ý])\.")


# "Lorraine <lorraine.kessler@cd54.fr>", "Kessler Lorraine (lorraine.kessler@…)": a mail header's display name.
_BEFORE_ADDRESS = re.compile(r"[ \t]*[<(][ \t]*$")


def named_by_email(finder: Finder, spans: Iterable[Span]) -> list[Span]:
    """The words right before a bracketed e-mail address that its local part spells."""
    found = []
    for span in spans:
        if span.label != Label.EMAIL:
            continue
        before = _BEFORE_ADDRESS.search(finder.text, max(0, span.start - 4), span.start)
        if before is None:
            continue
        local = gz.fold(finder.text[span.start : span.end].split("@")[0])
        index = bisect.bisect_right(finder.starts, before.start()) - 1
        while (
            index >= 0
            and finder.words[index].end <= before.start()
            and finder.words[index].folded in local
            and _may_be_name(finder.words[index])
            and _is_name_word(finder.words[index])
        ):
            found.append(_person(finder.words[index], "rule:named-by-email"))
            index -= 1
    return found


def _is_variant(word: str, name: str) -> bool:
    return (
        len(word) >= MIN_VARIANT_LENGTH
        and word[0] == name[0]
        and SequenceMatcher(None, word, name).ratio() >= MIN_VARIANT_SIMILARITY
    )


def _called_in_bracket(finder: Finder, people: list[Span]) -> Iterator[Span]:
    text, words, starts = finder.text, finder.words, finder.starts
    for span in people:
        opening = text.rfind("(", max(0, span.start - 60), span.start)
        if (
            opening < 0
            or ")" in text[opening : span.start]
            or not _NAMING_IN_BRACKET.search(text, opening, span.start)
        ):
            continue
        index = bisect.bisect_left(starts, opening) - 1
        word = words[index] if index >= 0 else None
        # a nickname may be a family word: "Bébé", "Mamie"
        if (
            word
            and word.is_alpha
            and word.is_capitalised
            and word.lower not in gz.FUNCTION_WORDS
            and not text[word.end : opening].strip()
            and not gz.is_institution(word.text)
        ):
            yield _person(word, "rule:called-in-bracket")


# "francois (FG) présente le tract", "contactez-moi (jb)": who the name or "moi" is, in brackets
_SHORT_IN_BRACKET = re.compile(rf"[ \t]*\([ \t]*(?P<item>{_SHORT_ITEM})[ \t]*\)")
_ME = re.compile(r"\bmoi\b", re.IGNORECASE)
# "CJM de Rayan (B.)": the family name's initial in brackets after a name
_INITIAL_IN_BRACKET = re.compile(r"[ \t]*\([ \t]*(?P<item>[A-ZÀ-Ý]\.)[ \t]*\)")


def _initials_in_bracket(finder: Finder, people: list[Span]) -> Iterator[Span]:
    text = finder.text
    ends = [(span.end, text[span.start]) for span in people]
    ends += [(match.end(), None) for match in _ME.finditer(text)]
    for end, initial in ends:
        if initial is not None and (letter := _INITIAL_IN_BRACKET.match(text, end)):
            yield Span(letter.start("item"), letter.end("item"), Label.PERSON, "rule:initials-in-bracket")
            continue
        match = _SHORT_IN_BRACKET.match(text, end)
        if match is None or not _stands_for_someone(item := match["item"]):
            continue
        # after a name: its initials ("FG" after "francois"); after "moi": a nickname no dictionary has
        if (
            initial is not None and item[0].lower() == initial.lower() and (item.isupper() or item.islower())
        ) or (initial is None and not gz.is_french_word(item)):
            yield Span(match.start("item"), match.end("item"), Label.PERSON, "rule:initials-in-bracket")


def _skip_parenthesis(words: list[Word], index: int, step: int) -> int | None:
    """index, or the first word past a short bracket opening (closing, going left) there."""
    opening, closing = ("(", ")") if step > 0 else (")", "(")
    if not 0 <= index < len(words):
        return None
    if words[index].text != opening:
        return index
    for distance in range(1, 8):
        position = index + step * distance
        if not 0 <= position < len(words):
            return None
        if words[position].text == closing:
            after = position + step
            return after if 0 <= after < len(words) else None
    return None


def _may_join_list(
    words: list[Word], index: int, name: Word, *, after_comma: bool, before_comma: bool, joined: bool = False
) -> bool:
    word = words[index]
    if word.lower in gz.CALENDAR and _is_calendar_name(words, index):
        return True  # "Lan et Mai": a month is written in lower case, a girl with a capital
    if word.lower in _INTERJECTIONS or word.lower in DETAIL_CUES:
        return False  # "Bonjour, Noé en MS…", "mr lemaire, iban fr76…"
    if _famous_first_name_beside_someone(word, name):
        return True  # "avec Stevenson et Naïka": a first name that a famous man bears, beside a girl's
    if not _may_be_name(word) or (word.is_upper and not name.is_upper) or _mostly_place(name):
        return False  # a town found as a person spreads to no list of towns
    # in lower case, a first name, or a word in no dictionary joined by "et" ("nikola et zuzia"; not "karim et docs",
    # a plural, nor a list of acronyms or languages: "la crip, fanny", "il parle pular, soussou"), beside a name in
    # lower case
    # (or after a comma, a long one that the list's "et" follows: "vu abdul wahid, samiullah et un mineur"; not
    # "christophine, ti-nain, fruit à pain")
    listed_on = index + 1 < len(words) and words[index + 1].lower == "et"
    unknown = (
        word.is_lower
        and (joined or (after_comma and listed_on and len(word.text) >= MIN_UNKNOWN_LISTED))
        and len(word.text) >= 4
        and not (
            gz.is_french_word(word.text) or gz.is_place(word.text) or word.is_verb or word.lower.endswith("s")
        )
        and not (gz.is_institution(word.text.upper()) or word.lower in gz.LANGUAGES)
    )
    if word.is_lower and not (name.is_lower and (word.first_name_tier or unknown) and not word.is_word):
        return False
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and following.is_alpha and following.is_capitalised:
        return False  # "France Travail", "Pôle Emploi": a name's first word, the name unknown
    previous = words[index - 1] if index else None
    if previous is not None and previous.lower in _PLACE_PREPOSITIONS and gz.is_place(word.text):
        return False
    is_name = _is_name_word(word)
    if after_comma:  # "Mme Aubert, Lens": where she lives
        return bool(is_name) and not gz.is_place(word.text)
    if before_comma:
        # "Cordialement, Aurore": a closing; "Mayotte, Mme Madi": a place; "Chance, Merveille et Léa"
        return bool(is_name) and not _mostly_place(word)
    return True


def _family_name_after_slash(word: Word) -> bool:
    return (
        bool(word.surname_tier)
        and word.is_alpha
        and not word.is_upper
        and word.lower not in gz.FUNCTION_WORDS
        and word.lower not in _NEVER
        and not gz.is_place(word.text.title())
    )


MIN_UNKNOWN_LISTED = 6


def _famous_first_name_beside_someone(word: Word, name: Word) -> bool:
    return (
        word.is_capitalised
        and not word.is_upper
        and word.lower in gz.FAMOUS_WORDS
        and bool(word.first_name_tier)
        and bool(name.first_name_tier)
        and name.lower not in gz.FAMOUS_WORDS
    )


def _is_name_word(word: Word) -> bool:
    """A word the lexicon has as a name, or no word at all ("secrétariat" is a word, not a name)."""
    return bool(word.first_name_tier or word.surname_tier or not word.is_word)


def _mostly_place(word: Word) -> bool:
    """A place before a name: "Lens", "Mayotte", "Lourdes"; not "Prince" or "Chance", small communes."""
    return gz.is_place(word.text) and (
        not word.first_name_tier or word.lower in gz.TOWN_FIRST_NAMES or gz.is_region(word.text)
    )


def _is_calendar_name(words: list[Word], index: int) -> bool:
    word = words[index]
    beside = [words[i] for i in (index - 1, index + 1) if 0 <= i < len(words)]
    return word.is_capitalised and not word.sentence_start and not any(w.text[0].isdigit() for w in beside)


def _may_be_name(word: Word) -> bool:
    return (
        word.is_alpha
        and len(word.text) >= 2
        and word.has_name_shape
        and word.lower not in gz.FUNCTION_WORDS
        and word.lower not in _NEVER
        and not gz.is_institution(word.text)
        and not gz.joins_places(word.text)  # "le match France-Maroc"
    )


def _is_covered(word: Word, covered: list[Span]) -> bool:
    """`covered` is merged (apart, in text order): only the last span starting at or before the word can hold it.
    (A search, not a scan: a long text names its people hundreds of times.)"""
    index = bisect.bisect_right(covered, word.start, key=_start) - 1
    return index >= 0 and word.end <= covered[index].end


def _start(span: Span) -> int:
    return span.start


def _person(word: Word, source: str) -> Span:
    return Span(word.start, word.end, Label.PERSON, source)
