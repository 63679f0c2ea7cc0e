"""Street addresses: "12 rue des Lilas", "au 3 bis, allée Jean-Moulin", "résidence Les Tilleuls, bât. C".

A street word starts a candidate; the street name is read word by word to its right.
- With a house number in front, the address is masked whoever lives or works there, and any
  word but a stop word belongs to the name (people type "12 rue des lilas").
- Without a number, a named dwelling ("résidence Les Tilleuls", "lieu-dit Les Granges") is
  masked, and a bare street only where someone lives ("elle habite rue Voltaire"): "la MDS de
  la rue Gambetta" says where an institution is, and "dans la rue" or "une place en crèche"
  are no address at all.
Building complements written next to it (bât., escalier, appt, porte) belong to the address;
the postcode and the commune stay readable: communes are statistics, not people.
"""

import re
from collections.abc import Iterable, Iterator

from concertons.redaction.gazetteers import INSTITUTIONS, is_place, word_set
from concertons.redaction.spans import Label, Span

# Street words that can stand without a number, when someone is said to live there.
_STREETS = (
    r"rue|ruelle|avenue|boulevard|all[ée]es?|impasse|chemin|quai|square|faubourg|esplanade|parvis|"
    r"rond[- ]point|sentier|venelle|chauss[ée]e|promenade|mont[ée]e|traverse|route|place|voie|passage|cours"
)
# Their abbreviations, with or without their dot ("av.", "bd", "r." only after a number).
_ABBREVIATIONS = r"(?:av|bd|bvd|blvd|imp|ch|chem|sq|fg|fbg|rte|pl|all|pass)\b\.?|r\.?(?=\s)"
# Where people live, named: masked even without a number.
_DWELLINGS = r"r[ée]sidence|r[ée]s\.|lotissement|lieu[- ]?dit|hameau|domaine|villa|clos|mas"
# Common nouns too: an address only with a number or building complements ("cité Lemire, maison 12").
_NUMBERED_ONLY = (
    r"cit[ée]|parc|quartier|za|zac|zi|hlm|bourg|mail|cour|carrefour|galerie|c[ôo]te|rampe|descente|sente|port|"
    r"ferme|camping"
)
# Of those, the blocks where people live: masked too when someone is said to live there
# ("elle habite cité des Fleurs", "il vit Ferme de la Garenne"); a neighbourhood ("quartier des
# Izards") never is.
_BLOCKS = re.compile(r"cit[ée]|hlm|ferme|camping", re.IGNORECASE)
# Buildings: where someone lives only when said so ("elle loge tour Racine"); "salle 204,
# bâtiment B" of the hôtel du département is no one's home.
_BUILDINGS = r"b[âa]timent|immeuble|tour"
STREET = re.compile(
    rf"\b(?:(?P<street>{_STREETS})\b|(?P<abbreviation>{_ABBREVIATIONS})|(?P<dwelling>{_DWELLINGS})(?:\b|(?<=\.))|"
    rf"(?P<numbered>{_NUMBERED_ONLY})\b|(?P<building>{_BUILDINGS})\b)",
    re.IGNORECASE,
)
# "12", "12 bis", "12B", "n° 12", "n°5,", "12-14" right before the street word; an adjective
# may stand between ("14 Grande Rue", "2 Grand'Rue", "3 Vieille Route").
HOUSE_NUMBER = re.compile(
    r"(?:\bn[°º]\s*|\bnum[ée]ro\s+)?(?<![\w,.])\d{1,4}(?:\s*[-/]\s*\d{1,4})?(?:\s*(?:bis|ter|quater|[a-dA-D])\b)?"
    r"\s*,?\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)?"
    r"(?P<adjective>(?:grande?|petite?|vieille|vieux|haute|basse|nouvelle)(?:\s+|-)|(?:grand|petit)['’])?$",
    re.IGNORECASE,
)
# "rue Victor Hugo n°12": the number written after the street makes it numbered all the same.
_NUMBER_AFTER = re.compile(r"\s*,?\s*n[°º]\s*\d{1,4}(?:\s*(?:bis|ter)\b)?")
# A street without a number is someone's home only after these words ("habite rue Voltaire").
_HOME = re.compile(
    r"\b(?:habite|habitent|habitait|vit|vivent|vivait|domicili[ée]e?s?|demeurant|r[ée]sidant|"
    r"r[ée]side|r[ée]sident|log[ée]e?s?|loge|logent|h[ée]berg[ée]e?s?|dort|dorment|install[ée]e?s?|"
    r"emm[ée]nag[ée]e?s?|relog[ée]e?s?|adresse|domicile|squat|squatte|squattent|campe|campent|"
    r"retrouv[ée]e?s?|expuls[ée]e?s?|d[ée]m[ée]nag[ée]e?s?|appartement|logement|studio|pavillon|"
    r"maison|immeuble|chambre|[FT][1-7]|chez (?:elle|lui|eux))"
    r"\b[^.;:!?\n]{0,25}$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\d+(?:[-/][^\W_]+)+|[^\W_]+(?:['’-][^\W_]+)*['’]?|\d+|\S")
PARTICLES = word_set("de du des d' d’ la le les l' l’ aux au sur sous lès lez van von saint sainte st ste")
# Words that end a lower-case street name: what follows the address in a sentence.
STOP_WORDS = word_set(
    """
    à a au aux avec chez dans depuis pour par mais où qui que quand il elle ils elles on je j nous
    vous est sont était ont avait et ou donc car puis alors près vers entre sans son sa ses
    leur leurs mon ma mes ce cette ces un une après avant pendant lors comme si y en ne n
    """
)
ENDING_PARTICLES = frozenset({"à", "a", "en", "et"})
# Civilities end a street name ("le chemin de Mme Dupont"); ranks do not ("rue du Docteur Roux").
TITLES = word_set("m mr mme mmes mlle madame monsieur mademoiselle")
MAX_NAME_WORDS = 7
_COMPLEMENT = (
    r"(?:b[âa]t(?:iment)?\.?|appt?\.?|apt\.?|appartement|app\.?|esc(?:alier)?\.?|porte|entr[ée]e|logement|"
    r"log\.?|chambre|maison|villa|lot|emplacement|mobil[- ]home|caravane)\s*(?:n[°º]\s*)?"
    r"(?-i:[A-Z]\d{0,3}|\d{1,4}[A-Z]?)\b"
)
# After the street: building, staircase, flat ("bât. C, appt 12"); the floor is a remark, not an address.
DETAILS = re.compile(rf"(?:\s*[,–—(-]?\s*{_COMPLEMENT}\)?)+", re.IGNORECASE)
_DETAILS_BEFORE = re.compile(rf"(?:{_COMPLEMENT}\s*[,-]?\s*)+$", re.IGNORECASE)
# "appartement 12" without a street around it is still where someone lives; "bâtiment B" of the
# hôtel du département is not: a flat or a lodging number is needed.
STANDALONE_DETAILS = re.compile(
    r"\b(?:appartement|appt|apt|logement)\s*(?:n[°º]\s*)?(?-i:[A-Z]\d{0,3}|\d{1,4}[A-Z]?)\b"
    + rf"(?:{DETAILS.pattern})?",
    re.IGNORECASE,
)


def find(text: str) -> Iterator[Span]:
    for match in STREET.finditer(text):
        number = (
            None
            if match["building"]
            else HOUSE_NUMBER.search(text, max(0, match.start() - 24), match.start())
        )
        if (
            match["abbreviation"]
            and match.group().lower().rstrip(".") in {"r", "pl", "ch", "all", "pass"}
            and not number
        ):
            continue  # "r", "pl", "ch" alone are letters or words: they need the house number
        if number and _DETAILS_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            number = None  # "appartement 42, cité des Musiciens": 42 is the flat, not the house
        numbered = number is not None
        end = _street_name_end(text, match.end(), numbered=numbered)
        if end is None and number and number["adjective"]:
            end = match.end()  # "14 Grande Rue": the adjective and the street word are the name
        if end is None and not numbered:
            continue
        if after := _NUMBER_AFTER.match(text, end or match.end()):
            numbered, end = True, after.end()  # "rue Victor Hugo n°12"
        if end is None:
            continue
        details = DETAILS.match(text, end)
        if not numbered:
            home = _HOME.search(text, max(0, match.start() - 60), match.start()) is not None
            if match["numbered"] and not (details or (home and _BLOCKS.fullmatch(match["numbered"]))):
                continue
            if match["building"] and not (home or details):
                continue
            if (match["street"] or match["abbreviation"]) and not home:
                continue
        if details:
            end = details.end()
        start = number.start() if number else _article_before(text, match)
        if before := _DETAILS_BEFORE.search(text, max(0, start - 60), start):
            start = before.start()  # "bât. B, appt 14, 12 rue des Lilas"
        yield Span(start, end, Label.ADDRESS, "rule:address")
    for match in STANDALONE_DETAILS.finditer(text):
        yield Span(match.start(), match.end(), Label.ADDRESS, "rule:address-detail")
    yield from _named_homes(text)


# "elle vit Les Jardins de la Garonne, bât 2": a name with no street word, but a building or a
# flat after it, where someone lives, is a residence all the same.
_CAPITALISED_NAME = re.compile(
    r"(?-i:(?:L[ae]s?\s+|L['’])?[A-ZÀ-Ý][^\W\d_]+(?:[ -](?:(?:de|du|des|la|le|les)\s+|[dl]['’])*[A-ZÀ-Ý][^\W\d_]+){0,4})"
)


def _named_homes(text: str) -> Iterator[Span]:
    for name in _CAPITALISED_NAME.finditer(text):
        details = DETAILS.match(text, name.end())
        if not details or is_place(name.group()) or name.group() in INSTITUTIONS:
            continue
        if _HOME.search(text, max(0, name.start() - 60), name.start()):
            yield Span(name.start(), details.end(), Label.ADDRESS, "rule:address-named-home")


def _street_name_end(text: str, position: int, *, numbered: bool) -> int | None:
    """Where the street name that starts at position ends; None when there is no name."""
    end, words, capitalised = None, 0, False
    for token in _TOKEN.finditer(text, position):
        gap = text[position : token.start()]
        if "\n" in gap or gap.strip() not in {"", "-"}:
            break
        word = token.group()
        if words and DETAILS.match(text, token.start()):
            break  # "Résidence du Lac Bât A Appt 12": the building starts the complements
        if len(word) > 2 and word[1] in "'’" and word[0] in "lLdD":  # "l'Église", "d'Alsace"
            word = word[2:]
        lower = word.lower()
        if lower in PARTICLES or lower.rstrip("'’") + "'" in PARTICLES:
            if words and lower in ENDING_PARTICLES:
                break
        elif lower in ENDING_PARTICLES:
            break  # "rue des Lilas à Agen": the commune after "à" is not the street
        elif word.isdigit():
            if len(word) > 4:
                break
            words += 1
            end = token.end()
        elif re.fullmatch(r"\d+(?:e|è|ème|eme|er|re)", word, re.IGNORECASE):
            break  # "au 12e étage": the floor is a remark, not the street
        elif word[0].isdigit():  # "8-Mai-1945"
            words += 1
            end = token.end()
        elif word[0].isalpha():
            if lower in TITLES or word in INSTITUTIONS:
                break
            is_capital = word[0].isupper()
            if not is_capital and (not numbered or lower in STOP_WORDS) and not _linking(text, token):
                break
            if not (words or is_capital or numbered):
                break
            capitalised |= is_capital
            words += 1
            end = token.end()
        else:
            break
        position = token.end()
        if words >= MAX_NAME_WORDS:
            break
    if end is None or (not numbered and not capitalised):
        return None
    return end


# "Le Clos des Vignes", "Les Jardins": a capitalised article is part of the dwelling's name.
_ARTICLE_BEFORE = re.compile(r"(?-i:L[ae]s?|L['’])\s*$")


def _article_before(text: str, match: re.Match) -> int:
    if match["dwelling"] and (
        article := _ARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start())
    ):
        return article.start()
    return match.start()


def _linking(text: str, token: re.Match) -> bool:
    """A short lower-case word between capitalised ones: "lieu-dit Pen ar Hoat"."""
    if len(token.group()) > 3 or token.group().lower() in STOP_WORDS:
        return False
    following = re.match(r"[ \t]+([^\W\d_])", text[token.end() :])
    return following is not None and following.group(1).isupper()


# "Mme Diallo, rue Voltaire": a street written right after a person's name is that person's home.
_AFTER_NAME = re.compile(rf"\s*[,(–-]\s*(?:(?:{_STREETS})\b|{_ABBREVIATIONS})", re.IGNORECASE)


def after_names(text: str, names: Iterable[Span]) -> Iterator[Span]:
    """Streets without a number written right after a person's name, as in a form or a list."""
    for name in names:
        if not (match := _AFTER_NAME.match(text, name.end)):
            continue
        end = _street_name_end(text, match.end(), numbered=False)
        if end is not None:
            start = match.start() + len(match.group()) - len(match.group().lstrip(" \t,(–-"))
            if details := DETAILS.match(text, end):
                end = details.end()
            yield Span(start, end, Label.ADDRESS, "rule:address-after-name")
