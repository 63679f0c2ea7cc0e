"""People's names, in every form social workers write them.

"Léa MARTIN", "MARTIN Léa", "Mme Dupont", "M. D.", "Dr Benali", "la petite Léa", "Jean-Pierre de
La Fontaine", "N'Diaye", "léa dupont" typed in lower case, a first name alone. Three sources meet:
- the spaCy model's PER entities, trimmed of titles and checked against the keep-lists;
- rules over the words: titles and family words announce a name, a first name from the INSEE
  lists starts one, capitalised or upper-case surnames around it extend it;
- propagation: once a word is known to be a name in a text, its other occurrences are too.
When in doubt on a plausible name, mask: a masked common word costs a little reading, a leaked
name costs a family its secrecy.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from concertons.redaction import gazetteers as gz
from concertons.redaction.spans import Label, Span

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?|\d+|[^\w\s]")
_ELISION = re.compile(r"(?i)(?P<prefix>jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’](?P<rest>.+)")
# Where a new sentence, line or list item starts, a capital letter says nothing about a name.
_SENTENCE_END = frozenset(".!?…:;\n\r«»\"“”—–-•*()[]")

TITLES = frozenset(
    """
    m mr mme mmes mlle mlles madame mesdames monsieur messieurs mademoiselle dr docteur docteure
    pr professeur professeure me maître maitre
    """.split()
)
# Particles inside family names ("de La Fontaine", "Van der Berg", "Ben Ali", "Ould Ahmed").
PARTICLES = frozenset(
    "de du des d' d’ la le les l' l’ van von der den di da dos das del della ben bin ibn el al abd ould mac".split()
)
# Words after which the next capitalised (or unknown lower-case) word is a person.
ANNOUNCERS = (
    r"la petite|le petit|la jeune|le jeune|l['’]enfant|le bébé|le nourrisson|la fillette|le garçon|"
    r"l['’]adolescente?|la famille|les enfants|chez|prénommée?|s['’]appelle|s['’]appellent|appelée?|"
    r"nommée?|dénommée?|surnommée?|dite?|alias|collègue|ma cheffe|mon chef|ma responsable|"
    r"mon responsable|ma cadre|mon cadre|la mère|le père|la maman|le papa|la grand-mère|le grand-père|"
    r"le frère|la sœur|la soeur|le fils|la fille|le compagnon|la compagne|le conjoint|la conjointe|"
    r"le mari|l['’]épouse|l['’]époux|l['’]ami|l['’]amie|le beau-père|la belle-mère|le demi-frère|"
    r"la demi-sœur|la demi-soeur|signé|cordialement|bébé|Mme et M\.?|M\.? et Mme"
)
_ANNOUNCER = re.compile(rf"(?:^|(?<=[\s(,;:'’]))(?:{ANNOUNCERS})\s*[,:]?\s*$", re.IGNORECASE)
# After these, a capitalised word names a place: "à Nancy", "secteur de Lourdes", "en Aude".
_PLACE_CONTEXT = re.compile(
    r"(?:\b(?:à|a|au|aux|en|sur|vers|près de|proche de|depuis|commune|ville|village|secteur|"
    r"département|territoire|agence|antenne|mds|cms|ccas|ase|caf|cpam|pmi|mdph)\s*(?:de |d['’])?|"
    r"\b(?:de|d['’]|du)\s*)$",
    re.IGNORECASE,
)
# Names of schools, hospitals and streets are institutions: "collège Jean Moulin".
_NAMED_PLACE = re.compile(
    r"\b(?:collège|college|lycée|lycee|école|ecole|groupe scolaire|hôpital|hopital|clinique|centre|"
    r"crèche|creche|ehpad|foyer|maison|salle|gymnase|stade|médiathèque|mediatheque|bibliothèque|"
    r"espace|pôle|pole|chu|ch|ime|itep|mecs|résidence|residence|cité|cite|quartier|place|rue|avenue|"
    r"boulevard|allée|allee|impasse|chemin|quai|square|pont|parc|jardin|gare|station|métro|metro)"
    r"\s+(?:de |du |des |d['’])?$",
    re.IGNORECASE,
)
# spaCy's entities that name organisations and places hold capitalised words that are not people.
NON_PERSON_ENTITIES = frozenset({"ORG", "LOC", "MISC"})
MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    sentence_start: bool

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_alpha(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and len(self.text) >= 2

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_lower(self) -> bool:
        return self.text[0].islower()

    @cached_property
    def first_name_tier(self) -> int | None:
        if tier := gz.first_name_tier(self.text):
            return tier
        parts = [part for part in re.split(r"[-'’]", self.text) if part]
        if len(parts) > 1:  # "Marie-Kélia": a hyphenated first name made of a known one
            tiers = [gz.first_name_tier(part) for part in parts]
            if tiers[0] and all(tiers[1:] or [True]) is not None:
                return max(tier or gz.VERY_RARE for tier in tiers)
        return None

    @cached_property
    def surname_tier(self) -> int | None:
        return gz.surname_tier(self.text)

    @cached_property
    def is_word(self) -> bool:
        """An ordinary French word: in the lexicon, and not a given name first of all."""
        if self.lower in gz.COMMON_WORD_NAMES or self.lower in gz.FUNCTION_WORDS:
            return True
        if not gz.is_common_word(self.text):
            return False
        tier = self.first_name_tier
        return tier is None or tier > gz.UNCOMMON

    @cached_property
    def is_institution(self) -> bool:
        return gz.is_institution(self.text) or self.text in gz.PLACES or self.lower in gz.CALENDAR


def find(text: str, entities: Iterable[tuple[int, int, str]] = ()) -> list[Span]:
    """Person spans of a text, given the (start, end, label) entities a NER model found in it."""
    words = tokenize(text)
    if not words:
        return []
    entities = list(entities)
    finder = _Finder(text, words, entities)
    spans = list(finder.from_entities()) + list(finder.from_rules())
    return spans + list(finder.propagate(spans))


def tokenize(text: str) -> list[Word]:
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
        words.append(Word(start, start + len(token), token, boundary))
        boundary = token in _SENTENCE_END
    return words


def _is_name_elision(elision: re.Match) -> bool:
    """N'Diaye, D'Souza, O'Neill: an upper-case letter, an apostrophe, a capitalised name."""
    return elision["prefix"] in {"N", "D", "O"} and elision["rest"][:1].isupper()


class _Finder:
    def __init__(self, text: str, words: list[Word], entities: list[tuple[int, int, str]]):
        self.text = text
        self.words = words
        self.entities = entities
        self.starts = {word.start: index for index, word in enumerate(words)}
        self.non_person = _covered_positions(
            (start, end) for start, end, label in entities if label in NON_PERSON_ENTITIES
        )

    # -- spaCy's entities ------------------------------------------------------------------------

    def from_entities(self) -> Iterator[Span]:
        for start, end, label in self.entities:
            if label != "PER":
                continue
            indexes = [i for i, word in enumerate(self.words) if start <= word.start and word.end <= end]
            # Drop what surrounds the name: titles, articles, "la petite", punctuation.
            while indexes and not self._may_be_name_part(self.words[indexes[0]]):
                indexes.pop(0)
            while indexes and not self._may_be_name_part(self.words[indexes[-1]]):
                indexes.pop()
            if indexes and self._entity_is_person([self.words[i] for i in indexes]):
                yield Span(self.words[indexes[0]].start, self.words[indexes[-1]].end, Label.PERSON, "spacy")

    def _may_be_name_part(self, word: Word) -> bool:
        if not word.is_alpha or word.lower.rstrip(".") in TITLES or word.lower in PARTICLES:
            return False
        return not (word.is_lower and word.is_word)

    def _entity_is_person(self, words: list[Word]) -> bool:
        names = [word for word in words if word.lower not in PARTICLES]
        if not names or self._named_place_before(words[0]) or any(not w.is_alpha for w in words):
            return False
        if any(word.first_name_tier for word in names if not word.is_word):
            return True
        if all(word.is_institution or word.is_word for word in names):
            return False
        if gz.is_place(self.text[words[0].start : words[-1].end]):
            return False
        return not all(word.is_lower and word.is_word for word in names)

    # -- rules over the words --------------------------------------------------------------------

    def from_rules(self) -> Iterator[Span]:
        words = self.words
        index = 0
        while index < len(words):
            found = (
                self._after_title(index)
                or self._after_announcer(index)
                or self._from_first_name(index)
                or self._lone_surname(index)
            )
            if found:
                first, last, source = found
                yield Span(words[first].start, words[last].end, Label.PERSON, source)
                index = max(index, last) + 1
            else:
                index += 1

    def _after_title(self, index: int) -> tuple[int, int, str] | None:
        word = self.words[index]
        if word.lower not in TITLES:
            return None
        if word.lower in {"m", "me", "pr", "dr"} and not self._title_shaped(index):
            return None
        position = index + 1
        if position < len(self.words) and self.words[position].text == ".":
            position += 1
        last = self._extend_name(position, lower_ok=True, initials=True)
        return (position, last, "rule:title") if last is not None else None

    def _title_shaped(self, index: int) -> bool:
        """"M." and "Me" are titles only capitalised and before a name ("m" is also a letter)."""
        word = self.words[index]
        return word.is_capitalised

    def _after_announcer(self, index: int) -> tuple[int, int, str] | None:
        word = self.words[index]
        if not (word.is_alpha and index):
            return None
        if not _ANNOUNCER.search(self.text, max(0, word.start - 30), word.start):
            return None
        last = self._extend_name(index, lower_ok=True)
        if last is None:
            return None
        names = self.words[index : last + 1]
        if all(w.is_institution or (w.is_capitalised and gz.is_place(w.text)) for w in names):
            return None
        return index, last, "rule:announced"

    def _from_first_name(self, index: int) -> tuple[int, int, str] | None:
        word = self.words[index]
        if not self._is_first_name(index):
            return None
        first = index
        # "MARTIN Léa", "Dupont Léa": the family name written first.
        if index and self._is_surname_before(index - 1, word):
            first = index - 1
        last = self._extend_name(index + 1, lower_ok=word.is_lower, after_first_name=True)
        return first, index if last is None else last, "gazetteer:first-name"

    def _lone_surname(self, index: int) -> tuple[int, int, str] | None:
        word = self.words[index]
        if not word.is_alpha or len(word.text) < 3 or word.is_institution or word.start in self.non_person:
            return None
        if word.is_upper:
            if word.is_word and not (word.surname_tier and word.surname_tier <= gz.COMMON):
                return None
            if self._shouting(index) or gz.is_place(word.text):
                return None
            return index, self._extend_name(index + 1, lower_ok=False) or index, "gazetteer:upper-case"
        if word.is_capitalised and not word.sentence_start and not word.is_word:
            if self._place_context(word) or self._named_place_before(word) or gz.is_place(word.text):
                return None
            if word.surname_tier or word.text.lower() not in gz.PLACES:
                source = "gazetteer:surname" if word.surname_tier else "rule:capitalised"
                return index, self._extend_name(index + 1, lower_ok=False) or index, source
        return None

    def propagate(self, spans: list[Span]) -> Iterator[Span]:
        """Every other occurrence of a word already found in a name: "Léa" alone after "Léa MARTIN"."""
        found = [(span.start, span.end) for span in spans]
        names = set()
        for word in self.words:
            if any(start <= word.start and word.end <= end for start, end in found):
                if word.is_alpha and len(word.text) >= 3 and word.lower not in PARTICLES | TITLES:
                    names.add(word.lower)
        if not names:
            return
        for word in self.words:
            if word.lower not in names or any(start <= word.start < end for start, end in found):
                continue
            if word.is_lower and word.is_word:
                continue  # "Rose" was a girl; "rose" further on is a colour
            if self._place_context(word) and gz.is_place(word.text):
                continue  # "Nancy" was a colleague; "à Nancy" is the town
            yield Span(word.start, word.end, Label.PERSON, "propagation")

    # -- helpers ---------------------------------------------------------------------------------

    def _is_first_name(self, index: int) -> bool:
        word = self.words[index]
        tier = word.first_name_tier
        if not tier or not word.is_alpha or len(word.text) < 2 or word.is_institution:
            return False
        if word.is_lower:
            if tier > gz.UNCOMMON or len(word.text) < 3 or word.is_word:
                return False
        elif word.sentence_start:
            if word.is_word and tier > gz.COMMON and not self._name_follows(index):
                return False
        elif tier == gz.VERY_RARE and gz.is_common_word(word.text):
            return False
        if gz.is_place(word.text) and (self._place_context(word) or word.is_word):
            return False
        return not (self._named_place_before(word) or word.start in self.non_person and word.is_word)

    def _name_follows(self, index: int) -> bool:
        return index + 1 < len(self.words) and self._is_surname_like(self.words[index + 1], lower_ok=False)

    def _is_surname_before(self, index: int, first_name: Word) -> bool:
        word = self.words[index]
        if not word.is_alpha or word.is_institution or self.text[word.end : first_name.start].strip():
            return False
        if word.is_upper:
            return not (word.is_word and not word.surname_tier)
        return (
            word.is_capitalised
            and not word.is_word
            and word.surname_tier is not None
            and not self._place_context(word)
        )

    def _extend_name(
        self, index: int, *, lower_ok: bool, initials: bool = False, after_first_name: bool = False
    ) -> int | None:
        """Index of the last word of the name starting at index, or None when none starts there."""
        last = None
        position = index
        count = 0
        while position < len(self.words) and count < MAX_NAME_WORDS:
            word = self.words[position]
            if last is not None and self.text[self.words[last].end : word.start].strip() not in {"", "-"}:
                break
            if word.lower in PARTICLES:
                following = self._particle_run_end(position)
                if following is None:
                    break
                last = following
                position = following + 1
                count += 1
                continue
            if initials and last is None and _is_initial(self.text, word):
                return position + (1 if self._dot_follows(position) else 0)
            if not self._is_surname_like(word, lower_ok=lower_ok, after_first_name=after_first_name):
                break
            last = position
            position += 1
            count += 1
        return last

    def _particle_run_end(self, index: int) -> int | None:
        """"de La Fontaine": particles count only when a capitalised name closes them."""
        position = index
        while position < len(self.words) and self.words[position].lower in PARTICLES and position - index < 3:
            position += 1
        if position < len(self.words):
            word = self.words[position]
            if word.is_capitalised and word.is_alpha and not word.is_institution and not gz.is_place(word.text):
                return position
        return None

    def _is_surname_like(self, word: Word, *, lower_ok: bool, after_first_name: bool = False) -> bool:
        if not word.is_alpha or word.is_institution or word.lower in TITLES:
            return False
        if word.is_upper:
            return not (word.is_word and not word.surname_tier)
        if word.is_capitalised:
            if word.sentence_start:
                return False
            if word.is_word and not (word.surname_tier and word.surname_tier <= gz.COMMON):
                return bool(after_first_name and word.first_name_tier)
            return not (gz.is_place(word.text) and not word.surname_tier)
        if not lower_ok or len(word.text) < 2 or word.lower in gz.FUNCTION_WORDS or word.lower in PARTICLES:
            return False
        if word.lower in gz.CALENDAR or word.lower in gz.COMMON_WORD_NAMES:
            return False
        return not word.is_word or (word.surname_tier is not None and word.surname_tier <= gz.COMMON)

    def _dot_follows(self, index: int) -> bool:
        return index + 1 < len(self.words) and self.words[index + 1].text == "."

    def _place_context(self, word: Word) -> bool:
        before = self.text[max(0, word.start - 25) : word.start]
        after = self.text[word.end : word.end + 8]
        return bool(_PLACE_CONTEXT.search(before) or re.match(r"\s*\(\s*(?:\d{2,3}|2[ab])\s*\)", after, re.I))

    def _named_place_before(self, word: Word) -> bool:
        return _NAMED_PLACE.search(self.text, max(0, word.start - 30), word.start) is not None

    def _shouting(self, index: int) -> bool:
        """A sentence in capitals: its words are words, not surnames."""
        around = self.words[max(0, index - 3) : index + 4]
        upper = [word for word in around if word.is_alpha and word.is_upper]
        return len(upper) >= 3 and sum(word.is_word for word in upper) >= len(upper) / 2


def _is_initial(text: str, word: Word) -> bool:
    return len(word.text) == 1 and word.text.isupper()


def _covered_positions(ranges: Iterable[tuple[int, int]]) -> set[int]:
    return {position for start, end in ranges for position in range(start, end)}
