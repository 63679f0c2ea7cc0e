"""Street addresses: "12 rue des Lilas", "au 3 bis, allée Jean-Moulin", "résidence Les Tilleuls, bât. C".

A street word starts a candidate; the street name is read word by word to its right. With a
house number in front, any word but a stop word belongs to the name (people type "12 rue des
lilas"); without one, the name must hold a capitalised word, so "dans la rue" or "une place en
crèche" stay. The commune after a postal code is kept: communes are statistics, not people.
"""

import re
from collections.abc import Iterator

from concertons.redaction.spans import Label, Span

# Street words that start an address even without a number when a capitalised name follows.
STREET_WORDS = (
    r"rue|ruelle|avenue|av|bd|boulevard|blvd|all[ée]e|all[ée]es|impasse|imp|chemin|ch|quai|square|sq|"
    r"r[ée]sidence|r[ée]s|lotissement|lot|lieu-dit|lieudit|ld|hameau|cit[ée]|faubourg|fg|fbg|esplanade|"
    r"parvis|rond-point|sentier|venelle|chauss[ée]e|promenade|mont[ée]e|traverse|route|rte|place|pl"
)
# Street words that are common nouns too ("en cours", "la voie de recours"): only after a number.
NUMBERED_STREET_WORDS = r"cours|voie|passage|mail|domaine|villa|clos|parc|tour|quartier|za|zac|zi|hlm|bourg"
STREET = re.compile(rf"\b(?:(?P<strong>{STREET_WORDS})|(?P<weak>{NUMBERED_STREET_WORDS}))\b\.?", re.IGNORECASE)
# "12", "12 bis", "12B", "n° 12", "12-14", "12, " right before the street word.
HOUSE_NUMBER = re.compile(
    r"(?:\bn[°º]\s*)?\b\d{1,4}(?:\s*[-/]\s*\d{1,4})?(?:\s*(?:bis|ter|quater|[a-dA-D])\b)?\s*,?\s*$"
)
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*['’]?|\d+|\S")
PARTICLES = frozenset(
    "de du des d' d’ la le les l' l’ aux au à sur sous en et lès lez van von saint sainte st ste".split()
)
# Words that end a lower-case street name: what follows the address in a sentence.
STOP_WORDS = frozenset(
    """
    à a au aux avec chez dans depuis pour par mais où qui que quand il elle ils elles on je j nous
    vous est sont était a ont avait et ou donc car puis alors près vers entre sans chez son sa ses
    leur leurs mon ma mes ce cette ces un une depuis après avant pendant lors comme si y en ne n
    """.split()
)
ENDING_PARTICLES = frozenset({"à", "a", "en", "et"})
TITLES = frozenset("m mr mme mmes mlle madame monsieur mademoiselle dr docteur pr me maître".split())
MAX_NAME_WORDS = 7
# After the street: building, staircase, flat, floor ("bât. C", "appt 12", "3e étage").
DETAILS = re.compile(
    r"(?:\s*[,-]?\s*(?:b[âa]t(?:iment)?\.?|appt?\.?|appartement|app\.?|esc(?:alier)?\.?|porte|"
    r"entr[ée]e|logement|log\.?|chambre|boîte|bal)\s*(?:n[°º]\s*)?[A-Z0-9]{1,4}\b"
    r"|\s*[,-]?\s*\d{1,2}\s*(?:e|è|ème|eme|er)\s+[ée]tage)+",
    re.IGNORECASE,
)
# "Bâtiment C, appartement 12" without a street around it is still where someone lives.
STANDALONE_DETAILS = re.compile(
    r"\b(?:b[âa]timent|appartement|appt)\s*(?:n[°º]\s*)?[A-Z0-9]{1,4}\b(?:" + DETAILS.pattern + ")?",
    re.IGNORECASE,
)


def find(text: str) -> Iterator[Span]:
    for match in STREET.finditer(text):
        number = HOUSE_NUMBER.search(text, max(0, match.start() - 24), match.start())
        if match["weak"] and not number:
            continue
        end = _street_name_end(text, match.end(), numbered=number is not None)
        if end is None:
            continue
        if details := DETAILS.match(text, end):
            end = details.end()
        start = number.start() if number else match.start()
        yield Span(start, end, Label.ADDRESS, "rule:address")
    for match in STANDALONE_DETAILS.finditer(text):
        yield Span(match.start(), match.end(), Label.ADDRESS, "rule:address-detail")


def _street_name_end(text: str, position: int, *, numbered: bool) -> int | None:
    """Where the street name that starts at position ends; None when there is no name."""
    end, words, capitalised = None, 0, False
    for token in _TOKEN.finditer(text, position):
        gap = text[position : token.start()]
        if "\n" in gap or (gap.strip() and gap.strip() not in {"-"}):
            break
        word = token.group()
        lower = word.lower().rstrip("'’")
        if lower in PARTICLES or word.lower() in PARTICLES:
            if words and lower in ENDING_PARTICLES:
                break  # "rue des Lilas à Agen": the commune after "à" is not the street
        elif word[0].isdigit():
            if len(word) > 4:
                break
            words += 1
            end = token.end()
        elif word[0].isalpha():
            if lower in TITLES:
                break
            is_capital = word[0].isupper()
            if not is_capital and (not numbered or lower in STOP_WORDS):
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
