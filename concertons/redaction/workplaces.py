"""The small named sites where the author works: "la MDS de Wattrelos", "l'antenne Lens-Nord".

Social workers of a département are few in each site: the site's name, with a job title, is
enough to recognise the author or the families she follows. The kind of site stays readable
("la MDS de [lieu de travail]"), only its name is masked, as PERSON leaves the civility out.

A site is one of the words below (MDS, UTPAS, CMS, antenne, circonscription, centre de PMI,
CCAS…) followed by:
* de / d' / du / des / de la / de l' and a commune: "l'UTPAS d'Avon", "le CMS du Cateau-Cambrésis"
  (Le Cateau-Cambrésis), "la MDS des Mureaux";
* or a commune and a quarter: "l'antenne Lens-Nord", "l'EDS Fréjus-Sud-Ouest", "Saint-Joseph-Ville",
  "la MDS de Lille-Sud";
* or, capitalised, a commune alone: "la MDS Wattrelos".
The commune is checked against concertons.geo's list, so "la MDS du quartier des Izards", "les MDS
du Valenciennois" or "la MDS de la rue Gambetta" stay. A quarter's name no list knows, capitalised, is
taken after the words that always mean a local site ("l'antenne de Fives", "le CMS des Minguettes"). A département-level service ("la PMI du
Nord", "l'antenne de la Creuse", "le pôle social de Vaucluse") is not a workplace to mask: the
département is public and counts thousands of workers.
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from concertons.geo import communes, departements
from concertons.redaction import gazetteers
from concertons.redaction.addresses import TITLES
from concertons.redaction.spans import Label, Span

_ADJECTIVE = r"(?:d[ée]partementa(?:le?s?|ux)\s+)?"
# The kinds of site that place a worker. Longer phrases first: alternation takes the first that fits.
SITE = re.compile(
    r"(?<![\w-])(?:"
    rf"maisons?\s+{_ADJECTIVE}(?:de\s+la\s+|des\s+|de\s+)solidarit[ée]s?(?:\s+d[ée]partementales?)?"
    r"|maisons?\s+du\s+d[ée]partement(?:\s+solidarit[ée]s?)?"  # "Maison du Département Solidarité de Bapaume"
    r"|maisons?\s+de\s+la\s+m[ée]tropole|MDM"  # Lyon's: "la Maison de la Métropole de Villeurbanne-Tonkin"
    r"|maisons?\s+d[ée]partementales?"  # "la maison départementale de Fourmies"
    rf"|espaces?\s+{_ADJECTIVE}(?:des\s+|de\s+la\s+)?solidarit[ée]s?"  # "l'espace solidarité de Saint-Jean-de-Braye"
    r"|antennes?(?:\s+(?:sociales?|m[ée]dico-sociales?|d[ée]partementales?|solidarit[ée]s?|autonomie|enfance|"
    r"insertion|MDS|MDPH|APA|PMI|SPIP|PJJ|ASE|CMP|RSA|UDAF|ATMP|CAF|CPAM|MSA|(?-i:[A-Z]{2,6})))?"  # "l'antenne CTG de…"
    r"|points?\s+(?:info|infos|information)\s+(?:seniors?|autonomie|familles?|jeunesse|jeunes)"  # "le point info seniors de Rezé"
    r"|plateformes?\s+(?:autonomie|territoriale\s+d['’]appui|d['’]appui|insertion|enfance)"  # "la plateforme autonomie de…"
    # A local employment agency: "France Travail Lunel", "l'agence Pôle emploi de Vierzon"
    r"|France\s+Travail|P[ôo]le\s+[ée]mploi"
    r"|centres?\s+m[ée]dico-soci(?:al|aux)"
    rf"|centres?\s+{_ADJECTIVE}d['’]\s?action\s+(?:sociale|m[ée]dico-sociale)"
    r"|centres?\s+(?:de\s+)?PMI"
    # foster care's service: "le service d'accueil familial de Loudéac"
    r"|services?\s+(?:d['’]\s?accueil|de\s+placement)\s+familial|(?-i:SAF|SPF)"
    r"|circonscriptions?(?:\s+d['’]\s?action\s+(?:sociale|m[ée]dico-sociale)(?:\s+et\s+m[ée]dico-sociale)?)?"
    r"|circos?"  # "la circo de Bruay"
    # "le pôle social de …", "le pôle enfance de Ruffec", "le pôle de Louviers"
    r"|p[ôo]les?(?:\s+(?:sociaux|social|m[ée]dico-social|solidarit[ée]s?|enfance|famille|insertion|autonomie|PMI|ASE|RSA|"
    r"territorial|d['’]action\s+sociale))?"
    r"|unit[ée]s?\s+territoriales?(?:\s+d['’]\s?action\s+(?:sociale|m[ée]dico-sociale))?"
    # Acronyms: maisons / unités / centres / espaces départementaux (d'action sociale), CCAS, services.
    r"|MDSI?|MDSD|MSD|MDD|DTPAS|UTP?AS|UTS|UT|CMSS?|CDAS|EDAS|EDS|SSD|CCAS|CIAS|SAAD|SSIAD|PMI|CLIC"
    # Establishments of a few dozen workers: "au foyer de Saint-Pierre", "l'IME de Bully".
    # The youth justice's and probation's local units: "UEMO de Maubeuge", "l'UEAJ de Lens", "le SPIP de Douai"
    r"|UEMO|UEAJ|STEMO|UEHC|SPIP"
    # ("le foyer de l'enfance de Saint-Omer", "le foyer départemental de l'enfance d'Arras")
    # (and disabled adults' ones: "l'ESAT de Fougerolles", "la MAS de Lannemezan")
    rf"|(?P<establishment>foyers?\s+{_ADJECTIVE}de\s+l['’]\s?enfance|foyers?|MECS|IME|ITEP|IEM|SESSAD|CHRS|EHPAD|CHS|CMPP|CAMSP|HUDA|CADA|CPH|SAMO|MEF"
    r"|ESAT|SAVS|SAMSAH|(?-i:FAM|MAS)"
    r"|accueils?\s+de\s+(?:nuit|jour)|missions?\s+locales?|pensions?\s+de\s+famille|maisons?\s+relais|r[ée]sidences?\s+sociales?)"
    # Local offices and teams: "l'agence de Fos-sur-Mer", "la perm de Saint-Amand", "l'ASE de Cambrai".
    # ("l'agence MSA de Château-Chinon": the agency of a body, named by its acronym)
    r"|agences?(?:\s+(?-i:MSA|CAF|CPAM|CARSAT|URSSAF))?|perm(?:anence)?s?|services?|ASE|AEMO|(?<!d['’])accueils?"  # not "famille d'accueil à Koungou"
    # A worker's area, site and team: "secteur de Fougères", "DS, site de Hazebrouck" (not "site Pierre-Zobda-Quitman", a hospital's), "l'équipe insertion de Vierzon" (not "l'équipe de
    # Valenciennes" on a director's photo: a whole town's staff)
    r"|secteurs?|territoires?|sites?(?=\s+(?:de|du|des|d['’]))|[ée]quipes?\s+(?:insertion|APA|PMI|ASE|enfance|RSA|sociale|m[ée]dico-sociale|mobile|(?-i:AS))"
    r"|mairies?\s+annexes?"  # "la mairie annexe de Grand-Camp"
    r"|bureaux?"  # a home help service's office: "il appelle tous les jours au bureau de Naucelle"
    # the meeting place of childminders or foster carers: "le relais assfam de Saint-Amand-Montrond"
    r"|relais\s+(?:assfams?|asfams?|assistant(?:e|s|es)?\s+(?:maternel(?:le)?s?|familia(?:l|ux|les?))|petite\s+enfance)|(?-i:RAM|RPE)"
    r"|polyvalence(?:\s+de\s+secteur)?"  # "Thomas Nguyen – polyvalence Avion"
    r")(?![\w-])",
    re.IGNORECASE,
)
_BLANK = "[ \u00a0]"
# What joins the site to its name: de / d' / à / sur, or nothing ("l'antenne Lens-Nord"). "la",
# "l'", "du", "des", "au", "aux" are a commune's article ("du Cateau-Cambrésis": Le Cateau-Cambrésis).
_JOIN = (
    # A capitalised article is part of the name ("de La Ciotat", "de L'Isle-Adam"), as written.
    rf"(?:(?P<article>(?i:de|à){_BLANK}+la|(?i:du|des|au|aux)){_BLANK}+"
    rf"|(?P<elided>(?i:de|à){_BLANK}+l)['’]{_BLANK}?"
    rf"|(?P<de>(?i:de|à|sur)){_BLANK}+|(?P<d>(?i:d))['’]{_BLANK}?|)"
    # The name and a few words after it: the longest start of it that is a commune is kept.
    rf"(?P<name>[^\W\d_][\w'’]*(?:(?:-|{_BLANK}(?=[^\W\d_]))[\w'’]+){{0,7}})"
)
# "Maison départementale des solidarités (MDS) de Wattrelos": the acronym in brackets goes along.
_LINK = re.compile(rf"(?:{_BLANK}*\([A-Z]{{2,6}}\))?{_BLANK}+{_JOIN}")
# "et de Wattrelos", ", d'Hem": more sites of the same kind.
_MORE = re.compile(
    # "Mutée du CMS de Lunel à celui de Castelnau-le-Lez", "la MDS de Lens et celle de Liévin", "avec celle de…"
    rf"(?:{_BLANK}+(?:à|a|vers|pour|et|ou|avec){_BLANK}+(?:celui|celle){_BLANK}+(?=(?i:de|d['’])\b)"
    rf"|{_BLANK}*,{_BLANK}*|{_BLANK}+(?:et|ou){_BLANK}+){_JOIN}"
)
_PIECE = re.compile(r"[\w'’]+")
_HYPHENATED = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
# Quarters of a town that name a site: "Lens-Nord", "Fréjus-Sud-Ouest", "Saint-Joseph-Ville".
QUARTERS = (
    "nord-est",
    "nord-ouest",
    "sud-est",
    "sud-ouest",
    "nord",
    "sud",
    "est",
    "ouest",
    "centre",
    "ville",
)
# The article a link word holds, as the commune's name starts with it.
_ARTICLE = {"la": "La ", "l": "L'", "du": "Le ", "au": "Le ", "des": "Les ", "aux": "Les "}
# Quarters that may follow the town after a blank in lower case ("Lens nord"); not "est", a verb.
_LOWER_CASE_QUARTERS = frozenset(QUARTERS) - {"est", "ville"}
# Départements named without an article, which are communes too: "l'antenne de Paris" is the city
# and the département at once, too big to place anyone.
_DEPARTEMENTS_WITHOUT_ARTICLE = frozenset({"paris", "vaucluse", "mayotte"})


def find(text: str) -> Iterator[Span]:
    for site in SITE.finditer(text):
        link = _LINK.match(text, site.end())
        if (
            site["establishment"]
            and link
            and not (link["de"] or link["d"] or link["article"] or link["elided"])
        ):
            continue  # "le foyer Saint-Vincent-de-Paul" is named after a saint; "un foyer à Bastia" is any
        if (
            (site["establishment"] or site.group().lower().startswith("bureau"))
            and link
            and link["de"]
            and link["de"].lower() != "de"
        ):
            continue  # (nor "son bureau à Bordeaux": where one works, not a site's name)
        if site.group().lower().startswith("territoire") and not (link and _TERRITORY.match(link["name"])):
            continue  # "tout le territoire de Lens" is the town; "territoire Val de Sambre" a team's
        while link and (found := _site_name(link)):
            yield Span(*found, Label.WORKPLACE, "rule:workplace")
            link = _MORE.match(text, found[1])
    yield from _posts_in_towns(text)
    yield from _sites_in_quarters(text)


# A local site named after its quarter, which no commune list knows: "l'antenne de Fives", "la PMI de
# Wazemmes", "le CMS des Minguettes", "(MDS Wazemmes)". Only the words that always mean a small local site: "le service de
# Pédiatrie", "le secteur de Mme Roux" are something else.
_QUARTER_SITE = re.compile(
    r"(?<![\w-])(?:MDSI?|MDS|CMSS?|PMI|UTP?AS|UTS|EDA?S|CDAS|antennes?|circos?|circonscriptions?|p[ôo]les?"
    rf"|centres?\s+m[ée]dico-soci(?:al|aux)|maisons?\s+{_ADJECTIVE}(?:de\s+la\s+|des\s+|de\s+)solidarit[ée]s?)"
    r"[ \u00a0]+(?:(?P<de>de[ \u00a0]+|d['’][ \u00a0]?|du[ \u00a0]+|des[ \u00a0]+)|(?=(?-i:[A-ZÀ-Ý])))"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’]+(?:-(?-i:[A-ZÀ-Ý])[\w'’]+)*(?:[ \u00a0]+(?:de|du|des)[ \u00a0]+(?-i:[A-ZÀ-Ý])[\w'’]+)?)",
    re.IGNORECASE,
)


_TITLES = TITLES | {"dr", "docteur", "me", "maître"}


def _sites_in_quarters(text: str) -> Iterator[Span]:
    for match in _QUARTER_SITE.finditer(text):
        name = match["name"]
        first = _HYPHENATED.match(name).group()
        if (
            gazetteers.is_region(name)
            or gazetteers.is_region(first)
            or _is_departement(first, None)
            or any(gazetteers.is_institution(part) for part in first.split("-"))
            or gazetteers.is_common_word(first.split("-")[0])
            or first.lower() in _TITLES
            or (
                first.isupper() and len(first) > 1
            )  # "l'antenne CTG de…": a body's acronym, its site named after
            # "(MDS Wazemmes)" names the quarter; "la PMI Louise-Michel" a person it honours
            or (not match["de"] and gazetteers.first_name_tier(first.split("-")[0]) is not None)
        ):
            continue
        yield Span(match.start("name"), match.end("name"), Label.WORKPLACE, "rule:workplace-quarter")


# A worker's post in a commune: "Irène, AS à Oignies", "Marion, AS polyvalence à Outreau", "éducatrice à Barlin".
_POST_IN_TOWN = re.compile(
    r"\b(?:(?-i:AS|ASS|ES|ME|EJE|CESF|TISF|IDE)|[ée]duc(?:atrice|ateur)?s?|assistante?s?\s+sociale?s?|puéricultrice|"
    r"conseill[eè]re?s?\s+(?:en\s+)?(?:ESF|insertion)|secrétaires?\s+médico-sociale?s?|référente?s?\s+(?:RSA|ASE|APA))"
    r"(?:\s+(?:polyvalence|PMI|ASE|APA|RSA|AEMO|insertion|de\s+secteur))?\s+(?:à|a)\s+"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’]*(?:-[\w'’]+)*)",
    re.IGNORECASE,
)


# "110 situations par AS à Saint-Étienne", "une AS pour 3 000 habitants": a ratio, the town's figure
_RATIO_BEFORE = re.compile(r"\b(?:par|pour)\s+(?:une?\s+)?$", re.IGNORECASE)


def _posts_in_towns(text: str) -> Iterator[Span]:
    for match in _POST_IN_TOWN.finditer(text):
        name = match["name"]
        if _RATIO_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _is_commune(name, None, lower_case_ok=False) and not _is_departement(name, None):
            yield Span(match.start("name"), match.end("name"), Label.WORKPLACE, "rule:workplace-post")


def _site_name(link: re.Match) -> tuple[int, int] | None:
    """Offsets of the longest start of the name that is a commune, with or without a quarter."""
    name, offset = link["name"], link.start("name")
    article = link["article"] or link["elided"]
    if article:
        article = article.split()[-1].lower()  # "de la" -> "la", "du" -> "du"
    direct = not (article or link["de"] or link["d"])
    if _is_departement(_HYPHENATED.match(name).group(), article):
        return None  # "un foyer du Pas-de-Calais": "Le Pas" is a commune too
    if territory := _TERRITORY.match(name):
        return offset, offset + territory.end()  # "CLIC du Val de Saône", "SSIAD Cœur de Beauce"
    for piece in reversed(list(_PIECE.finditer(name))):
        if _is_site_name(name[: piece.end()], article, direct=direct):
            # "du CMS de Strasbourg-Neudorf": a quarter no list knows, joined to the commune (or after a blank,
            # right after the site: "l'UTPAS Lille Moulins")
            quarter = _JOINED_QUARTER.match(name, piece.end()) or (
                direct and _spaced_quarter(name, piece.end())
            )
            return offset, offset + (quarter.end() if quarter else piece.end())
    return None


# A local territory named after its land, river or region: "le CLIC du Val de Saône", "le SSIAD Cœur de Beauce",
# "la MDS du Pays de Retz"; no commune list has them.
_TERRITORY = re.compile(
    r"(?-i:Val|Vallée|Cœur|Coeur|Pays|Haut|Haute|Bas|Basse|Plaine|Portes?|Terres?|Monts?|Rives?|Côte|Causses?)"
    r"[ \u00a0-](?:de|du|des|d['’])[ \u00a0-]?(?:l['’]|la[ \u00a0])?(?-i:[A-ZÀ-Ý])[\w'’]+(?:-[\w'’]+)*"
)
_SPACED_QUARTER = re.compile(r"[ \u00a0](?-i:[A-ZÀ-Ý])[\w'’]+(?:-[\w'’]+)*")


def _spaced_quarter(name: str, position: int) -> re.Match | None:
    quarter = _SPACED_QUARTER.match(name, position)
    if quarter is None:
        return None
    word = quarter.group().strip().lower()
    if word in gazetteers.CALENDAR or word in _TITLES or gazetteers.is_institution(quarter.group().strip()):
        return None  # "l'UTPAS Roubaix Lundi", "la MDS Lens Mme Roux"
    if gazetteers.is_common_word(word) and not gazetteers.is_place(quarter.group().strip()):
        return None  # "l'agence Fontaine Immobilier": a word (Moulins is a town's name too)
    return quarter


# ("secteur Bois-de-Nèfles", "pôle autonomie de Ajaccio-Rive Sud": the quarter's small words, its side)
_JOINED_QUARTER = re.compile(
    r"(?:-(?:(?:de|du|des|la|le|les|sur|en)-)*(?-i:[A-ZÀ-Ý])[\w'’]*)+(?:[ \u00a0](?:Nord|Sud|Est|Ouest|Centre)\b)?"
)


def _is_site_name(candidate: str, article: str | None, *, direct: bool) -> bool:
    lower = candidate.lower()
    for quarter in QUARTERS:
        if not lower.endswith(quarter) or len(lower) <= len(quarter) + 1:
            continue
        separator, written = candidate[-len(quarter) - 1], candidate[-len(quarter) :]
        # "Lens-Nord", "Lens Nord", "Lens nord" say it is a site; "Lens est fermée" is a verb.
        if separator == "-" or (
            separator in " \u00a0" and (written[0].isupper() or quarter in _LOWER_CASE_QUARTERS)
        ):
            if _is_commune(candidate[: -len(quarter) - 1], article, lower_case_ok=True):
                return True
            break  # "Sains-du-Nord" is a commune whole: not "Sains-du" and a quarter
    if direct and not candidate[0].isupper():
        return False  # "l'antenne relais", "le CMS ferme": a word, not a name
    if _is_commune(candidate, article, lower_case_ok=not direct):
        return True
    # Two towns make one site: "l'UTPAS Roubaix-Wattrelos", "la MDS de Lens-Liévin".
    return any(
        _is_commune(candidate[:hyphen], article, lower_case_ok=not direct)
        and _is_commune(candidate[hyphen + 1 :], None, lower_case_ok=False)
        for hyphen in _hyphens(candidate)
    )


def _hyphens(candidate: str) -> Iterator[int]:
    position = candidate.find("-")
    while position > 0:
        yield position
        position = candidate.find("-", position + 1)


def _is_commune(name: str, article: str | None, *, lower_case_ok: bool) -> bool:
    if not name or not name[0].isalpha():
        return False
    if not name[0].isupper():
        # Sloppy messages write "la mds de roubaix"; a lower-case word ("de secteur", "de garde") is
        # a word first, whatever commune shares its spelling.
        # A hyphenated name is judged whole: "saint-pol-sur-ternoise", "pointe-noire" are no words.
        first = _HYPHENATED.match(name).group()
        saint = first.split("-")[0] in {"saint", "sainte"} and "-" in first  # "saint-benoît" is no word
        if not lower_case_ok or len(name) < 4 or (gazetteers.is_common_word(first) and not saint):
            return False
    return _known_commune(name, article)


def _is_departement(name: str, article: str | None) -> bool:
    return bool(departements.get(name) or (article and departements.get(_ARTICLE[article] + name)))


@lru_cache(maxsize=4096)
def _known_commune(name: str, article: str | None) -> bool:
    if article is not None:
        if _is_departement(name, article):
            return False  # "la PMI de la Creuse", "l'antenne du Doubs": a département's service
        return bool(communes.lookup(_ARTICLE[article] + name))
    if name.lower() in _DEPARTEMENTS_WITHOUT_ARTICLE or departements.get(name) is not None:
        return False  # "la PMI de La Réunion": the département, though a commune of Lot-et-Garonne bears its name
    if communes.lookup(name) or gazetteers.is_commune_short_name(name):  # "l'UTPAS d'Hénin" (Hénin-Beaumont)
        return True
    # Articles get dropped: "l'UTAS Seyne-sur-Mer-Centre" (La Seyne-sur-Mer), "de Portel".
    return any(communes.lookup(prefix + name) for prefix in ("Le ", "La ", "Les ", "L'"))
