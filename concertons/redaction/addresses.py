"""Postal addresses: "12 rue des Lilas, 59100 Roubaix", "au 3 bis, allée Jean-Moulin", "résidence Les Tilleuls, bât. C".

A postal address identifies a home as a whole: house number (bis, ter), street, residence or
building, staircase, floor, flat, postcode and the commune after the postcode are one span.
A street word starts a candidate; the street name is read word by word to its right.
- With a house number in front, the address is masked whoever lives or works there, and any
  word but a stop word belongs to the name (people type "12 rue des lilas").
- Without a number, a named dwelling ("résidence Les Tilleuls", "lieu-dit Les Granges",
  "hameau la croix-blanche") is masked, and a bare street only where someone lives ("elle habite
  rue Voltaire") or when a postcode follows it: "la MDS de la rue Gambetta" says where an
  institution is, and "dans la rue" or "une place en crèche" are no address at all.
- A building or a cité written next to a numbered street belongs to it ("immeuble Le Beau Site,
  21 allée Hélène Boucher"), and so do building complements (bât., escalier, étage, appt, porte).
- A postcode after the address, and the commune after the postcode ("…, 59100 Roubaix",
  "… 13400 AUBAGNE CEDEX", "…, Roubaix (59100)"), are part of it. A commune alone stays readable
  (communes are statistics, not people), and so does one written after an address without a
  postcode ("29 rue de Nantes, à Frans").
- A postcode and its commune with no street are an address where someone is said to live there
  ("elle habite 59100 Roubaix") or right after a person's name (a letter heading); "15000 euros"
  is no postcode: the commune after it must be one that has that postcode.
"""

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from concertons.geo import communes
from concertons.geo.normalize import name_key
from concertons.redaction import gazetteers
from concertons.redaction.gazetteers import (
    INSTITUTIONS,
    NUMBER_WORDS,
    first_name_tier,
    is_french_word,
    is_place,
    surname_tier,
    word_set,
)
from concertons.redaction.spans import Label, Span

# Street words that can stand without a number, when someone is said to live there.
_STREETS = (
    r"rue|ruelle|avenue|boulevard|"
    r"avnue|avenu|boulvard|boulevart|"  # typed in a hurry
    r"all[ée]es?|impasse|chemin|quai|square|faubourg|esplanade|parvis|"
    r"rond[- ]point|sentier|sente|venelle|(?<!rez-de-)(?<!rez de )chauss[ée]e|promenade|mont[ée]e|traverse|route|place|voie|cours|"
    r"passage(?![ \t]+d['’][ \t]*une?\b)|"  # not "sans passage d'une aide à domicile"
    r"servitude|"  # Polynesia: "servitude Taaroa, PK 4,2 côté montagne"
    r"piste|"  # Guyane: "piste Bélizon, PK 4"
    r"hent|straed|"  # Breton: "3 Hent ar Feunteun", "straed ar Vilin"
    r"strada|stretta|piazza|carrughju|chjassu"  # Corsican: "4 strada di a Funtana", "piazza di a Chjesa", "12 u chjassu…"
)
# Their abbreviations, with or without their dot ("av.", "bd", "r." only after a number).
# "qu." (quai), "prom." and "trav." only with their dot: "qu'il", "trav" are words.
_ABBREVIATIONS = r"(?:av(?!\.?\s*J\.-C\.)|bd|bvd|blvd|bld|imp|ch|chem|sq|fg|fbg|rte|pl|all|pass|crs)\b\.?|(?:qu|prom|trav|sent)\.|r\.?(?=\s)|ru(?=\s)"
# Where people live, named: masked even without a number ("résidance", "residense": as typed).
_DWELLINGS = (
    r"r[ée]sid[ae]n[cs]e|r[ée]s\.|r[ée]sid\b\.?|(?-i:RES)|r[ée]s(?=[ \t]+(?:les|le|la|du|des|de)[ \t])|lotissement|lot\.|cour[ée]e|lieu[- ]?dit|(?-i:ld)(?=[ \t]+(?-i:[A-Z]))|(?-i:LD)(?=[ \t]+(?-i:[A-Z][A-Za-zÀ-ÿ'’-]{2}|L[ae][ \t]))|hameau|ham\.|domaine|villa|clos|mas|"
    r"aire\s+d['’]accueil|"  # where travellers live: "l'aire d'accueil de la route du Rhin"
    # a house's name: "la maison Les Genêts", "maison Les Sorbiers, 1er étage"
    r"(?-i:maison)(?=[ \t]+(?-i:L[ae]s?[ \t]+[A-ZÀ-Ý]|L['’][A-ZÀ-Ý]))|"
    r"p[ée]niche(?=[ \t]+(?-i:[A-ZÀ-Ý]))|"  # "il vit seul sur la péniche L'Albatros"
    # a Kanak village, a few families: "originaire de Lifou, tribu de Wedrumel"
    r"tribu(?=[ \t]+(?:de[ \t]+|d['’])(?-i:[A-ZÀ-Ý]))"
)
# Common nouns too: an address only with a number or building complements ("cité Lemire, maison 12").
_NUMBERED_ONLY = (
    r"cit[ée]|parc|quartier|za|zac|zi|hlm|bourg|mail|cour|carrefour|galerie|c[ôo]te|rampe|descente|port|"
    r"ferme|camping|moulin|grange|section|borde|"  # "section Belle-Espérance": a locality in the Antilles
    # where one lives in the countryside: "vit seul au moulin de la Grave", "sa tente dans le bois de la Garenne"
    r"bois|cabane|bergerie|buron|scierie|village|airial|"  # "un banga au village de Bandrajou" (Mayotte)
    r"manoir|ch[âa]teau|chalet|"  # with a postcode: "manoir de la Motte, 35300 Fougères"
    r"pont|parking|"  # where someone sleeps: "il dort sous le pont des Tanneurs", "au parking des Tilleuls"
    # "écart Mofina, carbet 3" in Guyane; "lot 12, tribu de Tiendanite" in New Caledonia; "une caravane prêtée, terrain
    # des Bruyères"
    r"[ée]cart|tribu|[îi]let|terrain|"
    # "habitation Beauséjour" (an estate of the Antilles), "morne l'Étoile", "motu Vaiorea" (an islet of Polynesia)
    r"habitation|morne|motu"
)
# Of those, the blocks where people live: masked too when someone is said to live there
# ("elle habite cité des Fleurs", "il vit Ferme de la Garenne", "elle habite section Bellevue"); a neighbourhood ("quartier des
# Izards") never is.
# The lived-in places of the countryside and overseas: being at one is living there ("au buron de Cabrousse",
# "sur le motu Vaiorea", "à l'écart Yalimapo-Pointe", "de l'îlet à Calebasses").
_ILET = re.compile(r"[îi]let", re.IGNORECASE)
_ILET_AT = re.compile(r"[ \t]+[àa](?=[ \t]+(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
# (and a mill in the countryside: "oui au moulin de Peyrelade, eux y sont toujours", "le couple du moulin de la Sagne")
# (a borde of the Pyrenees, a bergerie: "de la borde de Peyrusse"; not a chalet: "le séjour au chalet des Flocons")
# (and a farm: "il est retourné à la ferme de la Combe"; "Cahier de liaison – ferme de la Combe", a notebook's home)
_OUTLYING = re.compile(
    r"[îi]let|[ée]cart|buron|morne|motu|moulin|grange|borde|bergerie|ferme|airial", re.IGNORECASE
)
# ("jusqu'à Îlet à Cordes": an îlet of Cilaos is named with its word, without article)
_AT_OUTLYING = re.compile(
    r"(?:\b(?:au|du|sur[ \t]+le|à)|\b(?:[àa]|de|sur)[ \t]+(?:l['’]|la(?=[ \t]))|[–—][ \t]*)[ \t]*$",
    re.IGNORECASE,
)
_ON_THE_WAY = re.compile(
    r"\b(?:pass[ée]r?|passez|travers[ée]r?|traversez|franchi[rs]?|long[ée]r?|longez|apr[èe]s|avant)[ \t]+"
    r"(?:le|la|les|l['’])[ \t]*$",
    re.IGNORECASE,
)
_KIND_OF_RESIDENCE = re.compile(
    r"[ \t]+(?:de[ \t]+l['’]enfant|du[ \t]+mineur|des[ \t]+parents|habituelle|principale|administrative|familiale"
    r"|altern[ée]e|secondaire)\b",
    re.IGNORECASE,
)
_ESTABLISHMENT_KIND_AFTER = re.compile(
    r"[ \t]+(?:autonomie|services|s[ée]niors?|pour[ \t]+personnes[ \t]+[âa]g[ée]es)\b", re.IGNORECASE
)
_REGISTERED_AFTER = re.compile(r"[ \t]*\([ \t]*(?:FINESS|SIRET|SIREN)\b", re.IGNORECASE)
_KIND_OF_WAY = re.compile(
    r"[ \t]*(?:de[ \t]+(?:fer|terre|halage|ronde|traverse|campagne|service|randonn[ée]e|grande[ \t]+randonn[ée]e)"
    r"|forestier|forestière|vicinal|rural|communal|creux|goudronn[ée]e?|empierr[ée]e?)"  # (lower case: "chemin de Halage")
)
_NAMED_OR_NUMBERED_AFTER = re.compile(
    r"[ \t]*(?:n[°º]|num[ée]ro|\d|(?:de|du|des)[ \t]+(?:la[ \t]+|l['’][ \t]*)?(?-i:[A-ZÀ-Ý])|d['’][ \t]*(?-i:[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
_BLOCKS = re.compile(
    r"cit[ée]|hlm|ferme|camping|tribu|[îi]let|section|pont|parking|moulin|grange|bois|cabane|bergerie|borde|buron|scierie|village|"
    r"chalet|habitation|morne|motu|[ée]cart",
    re.IGNORECASE,
)
_SURNAME_FIRST_NAME = re.compile(r"(?-i:[A-ZÀ-Ý]{3,}[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+)(?![ \t]+(?-i:[A-ZÀ-Ý]{2,}))")
_CITES_BEFORE = re.compile(
    r"\b(?:nous|vous|me|te|lui|leur|on|il|elle|ils|elles|qui|je)[ \t]+$", re.IGNORECASE
)
_LOWER_CASE_BLOCKS = re.compile(r"cit[ée]|section", re.IGNORECASE)  # "elle habite section bois-debout"
_CAPITALISED_ARTICLE = re.compile(r"[ \t]+(?:(?:L[ae]s?|LES?|LA)[ \t]+|L['’])[A-ZÀ-Ý]")
# Buildings: where someone lives only when said so ("elle loge tour Racine"); "salle 204,
# bâtiment B" of the hôtel du département is no one's home.
_BUILDINGS = r"b[âa]timent|immeuble|tour"
STREET = re.compile(
    # (a letter after the boundary: every word below starts with one, and the words' ends are not tried)
    rf"\b(?=[^\W\d_])(?:(?P<street>{_STREETS})\b|(?P<abbreviation>{_ABBREVIATIONS})|(?P<dwelling>{_DWELLINGS})(?:\b|(?<=\.))|"
    rf"(?P<numbered>{_NUMBERED_ONLY})\b|(?P<building>{_BUILDINGS})\b)",
    re.IGNORECASE,
)
# "12", "12 bis", "12B", "n° 12", "n°5,", "12-14" right before the street word; an adjective
# may stand between ("14 Grande Rue", "2 Grand'Rue", "3 Vieille Route").
_NOT_AFTER_A_MONTH = "".join(
    rf"(?<!{month}[ \t])"
    for month in ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout")
    + ("septembre", "octobre", "novembre", "décembre", "decembre")
)
# What may stand before a street's word as part of its name: "14 Grande Rue", "Grande Rue n°67"
_STREET_ADJECTIVES = "(?:grande?|petite?|vieille|vieux|haute|basse|nouvelle)"
HOUSE_NUMBER = re.compile(
    # (not the last figures of a phone: "+33 6 52 18 77 40, mail tutelles@…")
    # (nor a zero: "0 place au foyer" counts none)
    # (nor a year after its month: "Décembre 1986, rue Monsieur-le-Prince")
    # (nor the end of a code: "dossier DALO 69-2023-DALO-1187 clos du coup")
    r"(?:(?:\bn[°º]\s*|\bnum[ée]ro\s+)?(?<![\w,./-])(?<!\d\d[ \u00a0.]\d\d[ \u00a0.])(?!0\b)"
    rf"{_NOT_AFTER_A_MONTH}\d{{1,4}}(?:\s*[-/]\s*\d{{1,4}})?"
    # dictated, after "au": "vit seule au neuf rue du Moulin", "au vingt-trois bis avenue Foch"
    # or after the verb that says it ("la maman habite douze rue des Écoles", "il habite euh trente et un ou trente-trois
    # rue de la gare")
    rf"|(?:(?<=\bau\s)|(?<=\bhabite\s)|(?<=\bhabitent\s)|(?<=\bvit\s)|(?<=\bvivent\s)|(?<=\beuh\s)|(?<=\badresse\s))"
    rf"(?:{NUMBER_WORDS}|vingt|et)(?:[- ](?:{NUMBER_WORDS}|et|un|ou))*"
    # anywhere, from two on: "adresse pour la collègue : onze rue de la fonderie" (a street with its name
    # must follow: see _NAMED_AFTER_SPOKEN_NUMBER)
    # (in lower case: "Le Moulin Neuf, route de Sées" is a mill's name)
    rf"|(?<![\w'’-])(?-i:(?!une?\b|z[ée]ro\b|cents?\b|mille\b){NUMBER_WORDS}(?:[- ](?:{NUMBER_WORDS}|et|un))*))"
    r"(?:\s*(?:bis|ter|quater|[a-dA-D])\b)?"
    r"\s*,?\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|(?-i:u)\s+)?"  # (Corsican: "12 u chjassu di a Funtana")
    rf"(?P<adjective>{_STREET_ADJECTIVES}(?:\s+|-)|(?:grand|petit)['’])?$",
    re.IGNORECASE,
)
# A number in words is a house's before a street named with a capital or a particle.
_NAMED_AFTER_SPOKEN_NUMBER = re.compile(r"[ \t]+(?:(?-i:[A-ZÀ-Ý])|(?:du|des|de|d['’])[ \t]*)", re.IGNORECASE)
# "rue Victor Hugo n°12": the number written after the street makes it numbered all the same.
# "lot. Le Clos des Vignes, 12": a dwelling's house number after its name, where the line ends.
_SPOKEN_HOME = re.compile(r"\b(?:habite|habitent|vit|vivent)[ \t]+$", re.IGNORECASE)
_LOWER_NAME_NEXT = re.compile(r"[ \t]+(?!(?:plus|loin|apr[èe]s|d['’]?|en|et|ou|qui|que)\b)[a-zà-ÿ]{3,}")
_QUANTITY_BEFORE = re.compile(
    r"\b(?:plus|moins|près|pres|autour)[ \t]+de[ \t]+$|\b(?:environ|au[ \t]+moins|presque|quasiment)[ \t]+$"
    # "on était 300 place de la République", "on était au moins 400 place Bellecour"
    r"|\b(?:on|nous)[ \t]+(?:[ée]tait|[ée]tions|sommes|serons|sera)[ \t]+(?:au[ \t]+moins[ \t]+|plus[ \t]+de[ \t]+)?$",
    re.IGNORECASE,
)
# "il vit dans un village de l'Alta Rocca": any of them, no one's address
_INDEFINITE_BEFORE = re.compile(r"\b(?:un|une|des)[ \t]+$", re.IGNORECASE)
# "seule à la maison 9 rue pasteur": at home, then the house's number (not a house numbered 9).
_AT_HOME = re.compile(r"\b(?:à|a)\s+la\s+maison\s*$", re.IGNORECASE)
_HOUSE_AFTER_NAME = re.compile(r"[ \t]*,[ \t]*\d{1,4}(?:[ \t]*(?:bis|ter)\b)?(?=[ \t]*(?:[.;)»\n]|$))")
# Words that go on with the sentence after a street's name or number.
_STREET_STOP_WORDS = (
    r"(?:avec|chez|dans|depuis|pour|par|mais|elle|ils|elles|nous|vous|donc|puis|alors|près|vers|entre|sans|"
    r"apres|après|avant|pendant|comme)\b"
)
_NUMBER_SUFFIX = re.compile(r"[ \t]*(?:bis|ter|quater)\b", re.IGNORECASE)  # "rue Pasteur 12 bis"
# (capitalised: without its number before it, the adjective opens a proper name)
_ADJECTIVE_RIGHT_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:La|Le|Les|la|le|les)[ \t]+)?(?=[A-ZÀ-Ý])(?i:{_STREET_ADJECTIVES})[ \t-]$"
)
_NUMBER_AFTER = re.compile(
    r"\s*,?\s*(?:n[°º]|n(?=[ \t]+\d)|num[ée]ro)\s*\d{1,4}(?:\s*(?:bis|ter)\b)?"
)  # "rue Victor Hugo, numéro 30", "allee des mesanges n 6"
# A street without a number is someone's home only after these words ("habite rue Voltaire").
_KIN = "|".join(sorted(map(re.escape, gazetteers.KIN_WORDS), key=len, reverse=True))
_HOME = re.compile(
    # ("t'es toujours rue Pasteur ?": asked where a colleague lives, to drive her; a "T2" is a flat, not the tram
    # line "T2 entre Gambetta et Place Carnot")
    r"\b(?:habite|habites|habitez|habitent|habitait|vit|vivent|vivait|vivre|vis|vivons|vivez|domicili[ée]e?s?|demeurant|r[ée]sidant|"
    r"t['’]es[ \t]+toujours|tu[ \t]+es[ \t]+toujours|"
    r"r[ée]side|r[ée]sident|log[ée]e?s?|loge|logent|h[ée]berg[ée]e?s?|dort|dors|dormons|dorment|install[ée]e?s?|"
    # "il dort dans sa Kangoo… il se gare le soir chemin du Marais": where a car is someone's home
    r"se[ \t]+gare(?:nt)?[ \t]+(?:le[ \t]+soir|la[ \t]+nuit)|"
    r"emm[ée]nag[ée]e?s?|relog[ée]e?s?|adresse|(?<!à )domicile|squat|squatte|squattent|campe|campent|"
    r"retrouv[ée]e?s?|expuls[ée]e?s?|d[ée]m[ée]nag[ée]e?s?|appartement|logement|studio|pavillon|"
    r"maison|immeuble|chambre|(?<!tram )(?<!ligne )[FT][1-7]|chez (?:elle|lui|eux|sa|son|ses|leur|leurs|un|une|des|les|ma|mon|mes|ta|ton|tes|nos|vos|notre|votre)|"
    # "chez l'oncle, chemin Ravine-Creuse", "chez la grand-mère rue…" (not "chez le médecin")
    rf"chez[ \t]+(?:l['’]|la[ \t]+|le[ \t]+)(?:{_KIN})\b|"
    r"dans[ \t]+(?:(?:un|une|des|leurs?|ses?)[ \t]+)?\d{1,3}[ \t]?m[²2]|"  # "ils sont cinq dans 18 m² rue Myrha"
    # where people without a home sleep: "il dormait quai de Valmy", "sa caravane chemin des Gravières"
    r"dormait|dormaient|dormir|dormi|sous (?:le|un) pont|sous (?:le|un)(?=[ \t]*$)|couche|couchent|couchait|tente|caravane|"
    r"camionnette|voiture|v[ée]hicule|"
    # travellers: "la famille stationne sur l'aire d'accueil du chemin de la Gravière"
    r"aire[ \t]+d['’][ \t]?accueil|"
    # "ne peut pas rentrer chemin des Anglais", "sous l'abri du parking rue de la Gare" (not "mis à l'abri")
    r"campement|terrain|cabane|porche|banc|bidonville|sous[ \t]+(?:l['’]|un[ \t]+)abri|rentrer|"
    # "ils occupent le moulin du Batut"
    r"occupe|occupent|occupait|occupaient|"
    # "une case en tôle chemin Bœuf-Mort" (a house, in La Réunion and the Antilles)
    r"cases?|bangas?|kaz|carbets?|baraque|bicoque|taudis|bungalow|mobil[- ]home)"
    r"\b[^.;:!?\n]{0,40}$",
    re.IGNORECASE,
)
# "chez M. Da Costa, tout au bout du chemin des Vignes": the street of someone's home (the title's full stop
# is no sentence's end)
_AT_SOMEONES = re.compile(
    r"\bchez[ \t]+(?:M\.|Mme\.?|Mr\.?|monsieur|madame)[ \t]+[^.;:!?\n]{0,40}$", re.IGNORECASE
)
# "Adresse de la grand-mère pour le placement : …", "Nouvelle adresse :", a form's "DORT :": what follows is one.
_ADDRESS_LABEL = re.compile(
    r"\b(?:adresses?|domicile|domiciliation|lieu[ \t]+de[ \t]+vie|dort|dorment|couchage)\b[^.;!?\n]{0,50}:\s*$",
    re.IGNORECASE,
)


# A service, its premises or an event named after the home word: "la permanence déménage rue
# Gambetta", "les bornes de la Maison France Services place Victor Hugo", "les locaux de la rue…".
_SERVICE = re.compile(
    r"\b(?:permanences?|locaux|si[èe]ge|bureaux?|mds|ccas|caf|cpam|pmi|mairie|antenne|agence|services|"
    r"[ée]picerie|association|boutique|restos?|accueil de jour|"
    r"maison (?:des|de la|du|de l['’]|france)|manif\w*|rassemblement|cort[èe]ge|gr[èe]ves?|salle|r[ée]union|"
    # "on se retrouve à 9h45 place de la Préfecture": a meeting, not a home
    r"(?<=se )retrouv\w*|(?<=nous )retrouv\w*|retrouvons|rdv|rendez-vous)\b",
    re.IGNORECASE,
)


_HOME_AFTER = re.compile(
    # "rue du Stade (case en tôle bleue)": the home in brackets after the street
    r"[ \t]*\([ \t]*(?:case|maison(?![ \t]+(?:des|de|du|d['’]))|cabane|caravane|tente|squat|banga|baraque|bicoque|mobil[- ]home)\b"
    # "rue Mchangamé, la banga bleue après le terrain": the home in apposition
    r"|[ \t]*,[ \t]*(?:la|le|une|un|sa|son|leur)[ \t]+(?:case|cabane|caravane|tente|banga|baraque|bicoque)\b"
    r"|"
    # "rue du Commerce, à Passamaïnty, où il dormait": the commune may stand between
    r"(?:[ \t]*,?[ \t]*(?:à|a|au)[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ \t](?-i:[A-ZÀ-Ý])[\w'’-]*)?)?"
    r"[ \t]*,?[ \t]*(?:où|ou)[ \t]+(?:il|elle|ils|elles|on|la famille|[a-zà-ÿ]+)[ \t]+(?:dort|dorment|dormai[st]|"
    r"dormaient|dormirai[st]|dormiraient|vi[tv]|vivent|vivai[st]|habit\w*|squatt\w*|log\w*|camp\w*|s'est install\w*)\b"
    # "vers le square de la Chapelle où dort son copain": the verb before its subject
    r"|[ \t]*,?[ \t]*(?:où|ou)[ \t]+(?:dort|dorment|dormai[st]|vit|vivent|habite|habitent|squatte|squattent|campe|campent)\b"
    # "vue chemin des Prés à Outreau, elle dormirait dans sa voiture": who sleeps there, said next
    r"|(?:[ \t]*,?[ \t]*(?:à|a)[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]*)?[ \t]*,[ \t]*(?:il|elle|ils|elles)[ \t]+(?:y[ \t]+)?"
    r"(?:dort|dorment|dormai[st]|dormaient|dormirai[st]|dormiraient|vit|vivent|vivrai[st]|squatt\w*|camp\w*)\b",
    re.IGNORECASE,
)


# "elle est tjrs chemin Summer", "ils sont toujours rue Voltaire", "Momo toujours rue Paradis": a person is there,
# right before the street; "la dame de la rue des Lilas": someone known by the street she lives in.
_PERSON_IS_AT = re.compile(
    r"\b(?:elle|il|elles|ils)[ \t]+(?:est|sont|[ée]tait|[ée]taient|reste|restent)"
    r"(?:[ \t]+(?:toujours|tjrs|encore|d[ée]sormais|maintenant|depuis[ \t]+\w+))?[ \t]+$"
    r"|(?<![.!?]\s)\b(?-i:[A-ZÀ-Ý][\w'’-]+)[ \t]+(?:est[ \t]+)?(?:toujours|tjrs|encore)[ \t]+$"
    # "La famille Calixte est section Fonds-Cacao"
    r"|\b(?:famille|m[èe]re|p[èe]re|couple)(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]+)?[ \t]+(?:est|sont)[ \t]+$"
    r"|\b(?:(?:la|le|les)[ \t]+(?:dame|monsieur|famille|gamins?|vieux|vieille|mamie|papi|papy)|ceux)"
    r"[ \t]+(?:de[ \t]+la|du|des|de)[ \t]+$",
    re.IGNORECASE,
)


def _lives_there(text: str, position: int) -> bool:
    """Does the text before position say that someone lives at what follows?"""
    start = max(0, position - 60)
    if any(cue.search(text, start, position) for cue in (_ADDRESS_LABEL, _PERSON_IS_AT, _AT_SOMEONES)):
        return True
    home = _HOME.search(text, start, position)
    # the last home word before the street: "sans domicile stable, domiciliation au CCAS, dort quai de Valmy"
    while home and (later := _HOME.search(text, home.start() + 1, position)):
        home = later
    if not home or _SERVICE.search(text, home.start(), position):
        return False
    # "La permanence avenue de la République a déménagé, celle de la rue Jean-Jaurès aussi", "On nous déménage rue
    # de la Gare": a service moves too
    reach = max(0, home.start() - _SUBJECT_REACH)
    clause = max(max(text.rfind(stop, reach, home.start()) for stop in ".!?:;\n") + 1, reach)
    return not (
        _MOVES.match(text, home.start())
        and (
            _SERVICE_SUBJECT.match(text, clause)
            or _WE_MOVE.search(text, clause, home.start())
            or _SERVICE_MOVED.search(text, clause, home.start())
        )
    )


_MOVES = re.compile(r"d[ée]m[ée]nag|emm[ée]nag|install", re.IGNORECASE)
_SUBJECT_REACH = 80  # characters back from a move to the start of its sentence
# The service as the sentence's subject ("Le centre de vaccination a déménagé", not "le centre-ville"), or the
# team ("on nous déménage", "nous avons déménagé"); "Elle a appelé le CCAS : elle a déménagé rue…" is a home.
_SERVICE_SUBJECT = re.compile(
    r"\s*(?:le|la|les|l['’]|notre|nos|votre|ce|cette|ces)\s*"
    rf"(?:{_SERVICE.pattern}|(?:centre|p[ôo]le|service|direction|consultations?|cr[èe]che|[ée]cole|pmi|cmpp?|"
    r"foyer|chrs|ehpad|mecs|cada|fjt|ime|itep|[ée]tablissement|structure|halte|coll[èe]ge|lyc[ée]e|h[ôo]pital|"
    r"clinique|csapa|ssiad|local)(?![\w-]))",  # ("le local de la rue Lebas ferme, la permanence déménage bd…")
    re.IGNORECASE,
)
# …or the subject of the move inside the sentence: "elle ne vient plus depuis que la PMI a déménagé avenue Jean Jaurès"
_SERVICE_MOVED = re.compile(
    _SERVICE_SUBJECT.pattern + r"\s+(?:a|ont|s['’]est|se\s+sont|vient\s+de|va|vont)\s*$", re.IGNORECASE
)
_WE_MOVE = re.compile(r"\b(?:on\s+nous|nous\s+(?:avons\s+|allons\s+)?)$", re.IGNORECASE)


_TOKEN = re.compile(r"\d+(?:[-/][^\W_]+)+|[^\W_]+(?:['’-][^\W_]+)*['’]?|\d+|\S")
PARTICLES = word_set("de du des d' d’ la le les l' l’ aux au sur sous lès lez van von saint sainte st ste")
# Words that end a lower-case street name: what follows the address in a sentence.
STOP_WORDS = word_set(
    """
    à a au aux avec chez dans depuis pour par mais où qui que quand il elle ils elles on je j nous
    vous est sont était ont avait et ou donc car puis alors près vers entre sans son sa ses apres pres
    leur leurs mon ma mes ce cette ces un une après avant pendant lors comme si y en ne n personne rien jamais
    aussi encore toujours
    """
)
# "47 route des Roses aux Trois-Îlets": after the first word, "au" and "aux" lead to the commune.
ENDING_PARTICLES = frozenset({"à", "a", "en", "et", "au", "aux"})
# Civilities end a street name ("le chemin de Mme Dupont"); ranks do not ("rue du Docteur Roux").
TITLES = word_set("m mr mme mmes mlle madame monsieur mademoiselle")
MAX_NAME_WORDS = 7
_COMPLEMENT = (
    r"(?<![^\W\d_])(?:(?:b[âa]t(?:iment)?\.?|bt\.?|appt?\.?|apt\.?|ap?partement|ap?part\.?|app\.?|esc(?:alier)?\.?|porte|entr[ée]e|"
    r"logement|bloc|hall|all[ée]e|all\.|tour|"
    r"log\.?|chambre|ch\.|chbre|[ée]tg\.?|maison|villa|lot|emplacement|parcelle|mobil[- ]home|caravane|bo[îi]te|studio|"
    r"cit[ée]|PK|case|carbet|banga|kaz|ponton|anneau|niveau|"  # "parking des Tilleuls, niveau -2", "quai de la Fosse, ponton 3"
    r"km|cave|box|garage)"  # "route de Thiézac, km 4", "bât. D, cave n° 11", "rue Clément, box 4"
    r"\s*(?:n[°º]\s*)?-?"
    # "PK 4,2 côté montagne": a kilometre point on a Polynesian road, and its side; not a flat's type ("logement T4")
    r"(?:\d{1,3},\d(?:\s+c[ôo]t[ée]\s+(?:montagne|mer|lagon))?(?!\w)|(?!(?<=logement\s)(?-i:[TF])[1-7]\b)(?-i:[A-Z]\d{0,3}|\d{1,4}[A-Z]?)\b)"
    # "parcelle ZB 112", "parcelle B 412": a plot's section and number in the land register
    r"|parcelle\s+(?:(?-i:[A-Z]{1,2})\s?)?\d{1,4}\b"
    # the entry door's code ("code 72B49", "code porte : 1984A"), a building named ("Bât. Lilas"), a staircase's side
    r"|code(?:\s+(?:porte|d['’]entr[ée]e|portail|immeuble))?\s*:?\s*(?=[A-Z]*\d)(?-i:[0-9A-Z]{3,6})\b"
    r"|b[âa]t(?:iment)?\.?\s+(?:(?-i:L[ae]s?)\s+)?(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,})\b"  # "Bât. Les Érables"
    r"|esc(?:alier)?\.?\s+(?:gauche|droite?)\b"
    r"|fond\s+de\s+cour\b"  # "27 rue du Moulin, fond de cour, 80100 Abbeville"
    # dictated: "douze rue des Écoles appartement trois"
    rf"|(?:ap?partement|appart|chambre|logement)\s+(?:num[ée]ro\s+)?{NUMBER_WORDS}(?:[- ](?:{NUMBER_WORDS}|et))*\b)"
)
# "3e étage", "11ème étage porte gauche", "RDC": the floor, where it is written as part of the address.
# ("deuxième étage" dictated)
_ORDINAL = (
    r"(?:\d{1,2}\s*(?:e|è|ème|eme|ième|ieme|er|ère|ere)"
    r"|premier|premi[èe]re|(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix)i[èe]me)"
)
_FLOOR = (
    rf"(?:{_ORDINAL}\s+(?:[ée]tage|[ée]t\.|[ée]tg\b\.?)(?:\s+(?:gauche|droite|gche|dte|face|fond(?:\s+d[eu]\s+couloir)?))?"
    r"|(?:rdc|rez[- ]de[- ]chauss[ée]e)(?:\s+(?:gauche|droite|face|fond))?"
    # "2e gauche", "3e droite": the floor and the door, as on a letter box
    rf"|{_ORDINAL}\s+(?:gauche|droite|face|fond|(?:g|d|gche|gch|dte|dr|dt)\b\.?)"
    # "bât 2, 3e": a bare floor, only where the address line ends after it, or its town follows ("bat b 3eme a
    # Saint-Priest")
    # (or its postcode: "bat B 3eme 93300 aubervilliers")
    rf"|{_ORDINAL}(?=[ \t]*(?:[,;.()–—]|$|\n|[àa][ \t]+(?-i:[A-ZÀ-Ý])|(?:sans|avec)[ \t]+ascenseur|depuis\b|\d{{2}}[ \u00a0]?\d{{3}}\b))"
    # "esc. D 5e apt 57", "bat d 3eme porte 31": a bare floor before the flat or the door
    rf"|{_ORDINAL}(?=[ \t]*,?[ \t]*(?:app|apt|appt|porte|log|chambre|ch\.|chbre|esc|b[âa]t|entr)))(?!\w)"
    # "3e étage porte gauche", "3eme etage la porte a droite", "porte face à l'ascenseur"
    r"(?:\s*,?\s*(?:la\s+)?porte\s+(?:de\s+|[àa]\s+)?(?:gauche|droite|face|du\s+fond)"
    r"(?:\s+(?:[àa]|de)\s+l['’]\s?(?:ascenseur|escalier))?(?!\w))?"
)
_SEPARATOR = r"\s*[,–—(|-]?\s*"  # "|": a table's or a software's columns
# "bat. c, entree 6" in a text typed in lower case: a lower-case letter names a building or a
# staircase; "a" only where the address goes on or ends after it ("l'escalier a été refait").
_LOWER_CASE_PART = (
    r"(?:b[âa]t(?:iment)?\.?|esc(?:alier)?\.?|entr[ée]e)\s*(?-i:[b-h]|a(?=\s*(?:[,;:.!?)\n–—-]|$|[àa]\s|"
    r"\d{2}\s?\d{3}\b|\d{1,2}\s*(?:e|è|ème|eme)\s|(?:app|apt|esc|entr|porte|log))))\b"  # "bat a 3e etage"
)
# Building, staircase, flat ("bât. C, appt 12"), and a floor among them, next to a name: with no
# street word, a floor alone says nothing ("Mme Durand, 3e étage").
DETAILS = re.compile(
    rf"(?:{_SEPARATOR}{_FLOOR}\)?)*{_SEPARATOR}{_COMPLEMENT}\)?(?:{_SEPARATOR}(?:{_COMPLEMENT}|{_FLOOR})\)?)*",
    re.IGNORECASE,
)
# After a street or a dwelling, a floor alone belongs to the address too ("12 rue des Lilas, 3e
# étage"); one written as a remark after "au" does not ("au 5e étage sans ascenseur").
_STREET_DETAILS = re.compile(
    rf"(?:{_SEPARATOR}(?:{_COMPLEMENT}|{_FLOOR}|{_LOWER_CASE_PART})\)?)+(?:{_SEPARATOR}n(?:[°º]|(?=\s+\d))\s*\d{{1,4}}\b)?",
    re.IGNORECASE,
)
# "habite rue pasteur 12 bis.", "allee des peupliers 9 bat b", "bd gambetta 117 apt 8": a bare number after a
# street's name, where the clause ends, a postcode, a complement or the sentence's next word follows (not "la
# réunion rue Pasteur 12 personnes", "la route nationale 12, bouchée": a road's number)
_BARE_NUMBER_AFTER = re.compile(
    r"(?<!nationale)(?<!d[ée]partementale)[ \t]+\d{1,3}(?!\d)(?:[ \t]*(?:bis|ter|quater)\b)?"
    r"(?=[ \t]*(?:[,.;?!)\n]|$|(?:0[1-9]|[1-8]\d|9[0-8])[ \u00a0]?\d{3}\b)"
    rf"|[ \t]+{_STREET_STOP_WORDS}|{_SEPARATOR}(?:{_COMPLEMENT}|{_FLOOR}|{_LOWER_CASE_PART})"
    r"|[ \t]+[àa][ \t]+(?!(?:été|ete|eu|dit|fait|pas)\b)[^\W\d_])",  # "chemin du halage 3 a marquette"
    re.IGNORECASE,
)
_HAS_COMPLEMENT = re.compile(rf"{_COMPLEMENT}|{_LOWER_CASE_PART}", re.IGNORECASE)
# Complements written before the number: "appartement 42, cité des Musiciens" makes 42 the flat.
_DETAILS_BEFORE = re.compile(rf"(?:{_COMPLEMENT}\s*[,-]?\s*)+$", re.IGNORECASE)
# …and where the address starts: "bât. B, appt 14, 12 rue des Lilas", "6e étage, 22 rue Nationale",
# "bâtiment C de la résidence Les Glycines". ("T2, 3e étage, 7 rue…": the flat's type)
_DETAILS_OR_FLOOR_BEFORE = re.compile(
    rf"(?:(?:{_COMPLEMENT}|{_FLOOR}|{_LOWER_CASE_PART}|(?-i:[TF])[1-7](?=\s*,))\s*(?:[,–—-]|\bd[eu](?:\s+la)?(?=\s)|\bde\s+l['’])?\s*)+$",
    re.IGNORECASE,
)
_FLOOR_OF_BEFORE = re.compile(
    rf"\bau[ \t]+{_ORDINAL}(?:[ \t]+[ée]tage)?[ \t]+de[ \t]+la[ \t]+$", re.IGNORECASE
)
_JOINED_BY_OF = re.compile(r"\b(?:d[eu](?:\s+la)?|de\s+l['’])\s*$", re.IGNORECASE)
# "appartement 12" without a street around it is still where someone lives; "bâtiment B" of the
# hôtel du département is not: a flat or a lodging number is needed ("Fonds de solidarité logement 2025" is
# a year).
STANDALONE_DETAILS = re.compile(
    # (not a flat's type: "un logement T4", "appartement F3")
    r"\b(?:appartement|appt|apt|logement)\s*(?:n[°º]\s*)?(?!(?:19|20)\d\d\b)(?!(?-i:[TF])[1-7]\b)(?-i:[A-Z]\d{0,3}|\d{1,4}[A-Z]?)\b"
    + rf"(?:{DETAILS.pattern})?",
    re.IGNORECASE,
)

_DETAILS_THEN_POSTCODE = re.compile(
    rf"(?<!\w){_COMPLEMENT}(?:{_SEPARATOR}(?:{_COMPLEMENT}|{_FLOOR}))*[ \t]*,?[ \t]*"
    r"(?=(?:0[1-9]|[1-8]\d|9[0-8])[ \u00a0]?\d{3}\b)",
    re.IGNORECASE,
)

# Postcodes: 01000–98999 (Corsica's are 20xxx, overseas 97xxx), "59100" or "59 100"; not a piece
# of a longer number ("12 345 actes", a phone). Found alone, not after a number either (an IBAN's
# "FR76 17515 …"); after an address, a flat's number may come first ("appt 78 34680 Murviel").
_POSTCODE_SHAPE = r"(?<![\w.,/])(?P<code>(?:0[1-9]|[1-8]\d|9[0-8])[ \u00a0]?\d{3})(?![\w]|[ \u00a0.,/]\d)"
_POSTCODE = re.compile(_POSTCODE_SHAPE)
_GLUED_POSTCODE = re.compile(r"(?<![\w.,/])(?P<code>(?:0[1-9]|[1-8]\d|9[0-8])\d{3})(?=(?-i:[A-ZÀ-Ý]))")
_LONE_POSTCODE = re.compile(rf"(?<!\d[ \u00a0]){_POSTCODE_SHAPE}")
# A commune's words: "Roubaix", "Saint-Jean-de-Védas", "Bois-d'Arcy", "L'Haÿ-les-Roses", "LE COTEAU".
_TOWN_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_TOWN_TOKEN = re.compile(rf"[ \t]?({_TOWN_WORD})")
MAX_TOWN_WORDS = 5
# What a postcode after an address may be separated by: ", ", " - ", a blank, a line break.
# A building's part before the number that opens an address: "l'escalier 4 de la résidence Victor Schœlcher"
_COMPLEMENT_BEFORE_NUMBER = re.compile(
    r"(?<![^\W\d_])(?P<word>b[âa]t(?:iment)?\.?|esc(?:alier)?\.?|entr[ée]e|tour|bloc|cage)[ \t]+$",
    re.IGNORECASE,
)
# A postcode dictated, then its commune: "cinquante neuf cent soixante dix croix" (59170 Croix)
_SPOKEN_POSTCODE = re.compile(
    rf"[ \t]*,?[ \t]*{NUMBER_WORDS}(?:[ -](?:{NUMBER_WORDS}|et)){{1,6}}[ \t]+(?P<town>[^\W\d_]+(?:['’-][^\W\d_]+)*)",
    re.IGNORECASE,
)
_TAIL_SEPARATOR = re.compile(r"[ \t]*(?:[,;–—|-][ \t]*)?(?:\n[ \t]*)?")
# "Roubaix (59100)", "Sevran ( 93270 )".
# Where streets have no name or no number, a home is told by the place, then the house and what stands next to
# it: "Doujani 2, banga vert au-dessus de la citerne", "section Champfleury, maison rose au bout de l'impasse",
# "chemin Bassin Plat, case au fond de la cour"; not "la maison de quartier", "une case à cocher".
_HOME_NOUNS = r"(?:case|kaz|banga|carbet|maison|cabane|bungalow|caravane|mobil[- ]home)"
_DESCRIBED_HOME = re.compile(
    r"(?<![\w'’-])(?P<word>(?:quartier|section|village|[îi]let|chemin|impasse|piste|lotissement)[ \t]+)?"
    r"(?P<place>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t]+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*|\d{1,2}|de|du|des|la))*)[ \t]*,[ \t]*"
    rf"(?:(?:la|le|une|un|sa|son|leur)[ \t]+)?(?:(?:\d{{1,2}}e|derni[èe]re|deuxi[èe]me|premi[èe]re)[ \t]+)?{_HOME_NOUNS}\b"
    r"(?![ \t]+(?:de|du|des|d['’]|à[ \t]+cocher|départementale|France|familiale|commune|relais)\b)"
    r"[^,.;:!?\n()«»\"]{0,40}?[ \t]+(?:à[ \t]+côté|derrière|devant|après|avant|au[ \t]+bout|au[ \t]+fond|en[ \t]+face|"
    r"au-dessus|au[ \t]+dessus|en[ \t]+dessous|contre|sous|près|au[ \t]+bord|juste|sans)\b"
    # up to six more words, not into the next clause ("après le pont elle a soixante-dix-neuf ans")
    r"(?:[ \t]+(?!(?:elle|il|ils|elles|on|je|nous|vous|qui|et|mais)\b)[^\s,.;:!?()«»\"]+){0,6}",
    re.IGNORECASE,
)
_ESTABLISHMENT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:ehpad|ehpa|mecs|chrs|cada|huda|ssr|usld|foyer|maison[ \t]+de[ \t]+retraite|clinique|cr[èe]che"
    r"|r[ée]sidences?[ \t]+(?:autonomie|services|s[ée]niors?))"
    r"|(?-i:MAS|FAM|IME|ESAT))[ \t]+(?:(?-i:Le|La|Les|L['’])[ \t]*)?$"
)
# "de Cuincy", "d'Arras": "de" and a capitalised name (not a name in capitals, "MAS DE LA GARRIGUE")
_OF_A_NAME = re.compile(r"[ \t]+(?:de|du|d['’])[ \t]*[A-ZÀ-Ý][a-zà-ÿ]")
# "…, 20218, NIR", '3 impasse du Lavoir 63490"', "lieu dit le mas bas, 46160 pas de nom de commune": the
# postcode without its commune (not "15000 euros", "12000 habitants")
_BARE_POSTCODE_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*{_POSTCODE_SHAPE}(?=[ \t]*(?:[,.;)|\n–—\-\"»”]|$)"
    r"|[ \t]+(?!(?:euros?|eur|habitants?|personnes?|km|kms|ans|foyers?|familles?|dossiers?|places?)\b)[a-zà-ÿ])"
)
_CODE_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?P<code>(?:0[1-9]|[1-8]\d|9[0-8])[ \u00a0]?\d{3})[ \t]*\)")
_ARRONDISSEMENT = re.compile(
    r"[ \t]+\d{1,2}[ \t]?(?:e|è|ème|eme|ième|ieme|er)\b(?:[ \t]+arr(?:ondissement\b|t\b|\.)?)?", re.IGNORECASE
)
_NAME_BRACKET = re.compile(r"[ \t]*\([^()\n\d]{1,20}\)")
_CITIES = frozenset({"paris", "lyon", "marseille"})
_CEDEX = re.compile(r"[ \t]+cedex\b(?:[ \t]*\d{1,2}\b)?", re.IGNORECASE)
# After a postcode with no commune: the end of the address line ("12 rue des Lilas, 59100.").
_LINE_END = re.compile(r"[ \t]*(?:$|[\n.;:)!?])")
_BLANKS = re.compile(r"[ \t]{1,3}(?:\|[ \t]{1,3})?")  # "35700 | Rennes": a table's columns


@lru_cache(maxsize=4096)
def _towns_of(code: str) -> frozenset[str]:
    """The name keys of the communes a postcode serves."""
    return frozenset(name_key(commune.name) for commune in communes.by_postal_code(code))


def _departements_of(code: str) -> frozenset[str]:
    if code.startswith("20"):
        return frozenset({"2A", "2B"})
    return frozenset({code[:3] if code.startswith(("97", "98")) else code[:2]})


@lru_cache(maxsize=8192)
def _is_town_of(name: str, code: str) -> bool:
    """Is name a commune of that postcode, or, for a CEDEX or a mistyped code, of its département?"""
    if name_key(name) in _towns_of(code):
        return True
    departements = _departements_of(code)
    return any(commune.departement in departements for commune in communes.lookup(name))


# Postcodes of the overseas collectivities, whose communes the INSEE list does not hold: Saint-
# Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, Polynesia, New Caledonia.
_COLLECTIVITIES = frozenset({"975", "977", "978", "986", "987", "988"})


def _town_end(text: str, position: int, code: str, *, strict: bool) -> int | None:
    """Where the commune written at position after that postcode ends; None if there is none.

    The longest run of words that is a commune of the postcode wins. Strictly, that is all; after a
    street (not strict), a capitalised word that is no French word is taken as a misspelt commune.
    """
    ends, cursor = [], position
    for _ in range(MAX_TOWN_WORDS):
        token = _TOWN_TOKEN.match(text, cursor)
        # The first word starts at position, each of the others after one blank.
        if not token or token.start(1) != (cursor + 1 if ends else cursor):
            break
        ends.append(token.end())
        cursor = token.end()
    for end in reversed(ends):
        if _is_town_of(text[position:end], code):
            # "Château-Chinon (Ville)": the bracket is part of the commune's name.
            bracket = _NAME_BRACKET.match(text, end)
            if bracket and name_key(text[position : bracket.end()]) in _towns_of(code):
                return bracket.end()
            return end
    if not ends:
        return None
    if code[:3] in _COLLECTIVITIES and text[position].isupper():
        return ends[-1] if len(ends) > 1 and text[ends[0] : ends[-1]].strip() else ends[0]
    if strict:
        return None
    word = text[position : ends[0]]
    if name_key(word) in {_WITHOUT_ARTICLE.sub("", town) for town in _towns_of(code)}:
        return ends[0]  # "97220 Trinité": La Trinité, its article left out
    if code.startswith("97") and (locality := _CAPITALISED_PLACE.match(text, position)):
        return (
            locality.end()
        )  # overseas, a locality of the commune: "27 chemin Mutel, 97432 Ravine des Cabris"
    if word in {"La", "Le", "Les", "L'", "L’"} and len(ends) > 1 and text[ends[0] + 1].isupper():
        return ends[1]  # "97421 La Rivière": a village of the commune, with its article
    # "Saint-Maur", "saint-maur" (Saint-Maur-des-Fossés), "chalon" typed short; not "et", "pour"
    if word.lower() not in STOP_WORDS and not gazetteers.is_common_word(word):
        return ends[0]
    if any(town.startswith(name_key(word)) for town in _towns_of(code)):
        return ends[0]  # "71100 chalon": Chalon-sur-Saône, written short
    return None


_WITHOUT_ARTICLE = re.compile(r"^(?:la|le|les|l)[ ']")
_CAPITALISED_PLACE = re.compile(
    r"(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+(?:(?:de|du|des|la|le|les|à)[ \t]+|[dl]['’])?"
    r"(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:['’-][^\W\d_]+)*){0,3}"
)


def _with_suffixes(text: str, start: int, end: int) -> int:
    """Where the commune ends with its arrondissement or CEDEX: "Paris 15e", "LILLE CEDEX 9"."""
    if name_key(text[start:end]) in _CITIES and (arrondissement := _ARRONDISSEMENT.match(text, end)):
        end = arrondissement.end()
    if cedex := _CEDEX.match(text, end):
        end = cedex.end()
    return end


def _postal_here(text: str, position: int, *, strict: bool) -> int | None:
    """The end of "59100 Roubaix" or "Roubaix (59100)" written at position; None if neither is.

    Strictly (no street before it), the commune must be one the postcode serves; after a street, a
    postcode alone at the end of a line is enough.
    """
    if glued := _GLUED_POSTCODE.match(text, position):
        # "93130NOISY-LE-SEC": typed without its blank, the commune must be one the postcode serves
        town = _town_end(text, glued.end(), glued["code"], strict=True)
        return _with_suffixes(text, glued.end(), town) if town is not None else None
    if postcode := _POSTCODE.match(text, position):
        code = postcode["code"].replace(" ", "").replace("\u00a0", "")
        blank = _BLANKS.match(text, postcode.end())
        town_start = blank.end() if blank else None
        town = _town_end(text, town_start, code, strict=strict) if town_start is not None else None
        if town is not None:
            return _with_suffixes(text, town_start, town)
        if not strict:
            if cedex := _CEDEX.match(text, postcode.end()):
                return cedex.end()
            if _LINE_END.match(text, postcode.end()):
                return postcode.end()
        return None
    # "Roubaix (59100)": the commune first, its postcode in brackets.
    cursor = position
    for _ in range(MAX_TOWN_WORDS):
        token = _TOWN_TOKEN.match(text, cursor)
        if not token or (token.start(1) != cursor and cursor == position):
            return None
        if cursor == position and token.group(1).lower() in STOP_WORDS:
            return None  # "à Roubaix (59100)": the commune starts after the preposition
        cursor = token.end()
        if brackets := _CODE_IN_BRACKETS.match(text, cursor):
            code = brackets["code"].replace(" ", "").replace("\u00a0", "")
            town = text[position:cursor]
            if _is_town_of(town, code) or (not strict and town[0].isupper()):
                return brackets.end()
            return None
    return None


# A postal box or a sorting code between the street and the postcode: "…, CS 40021, 62018 Arras cedex 9".
_POSTAL_BOX = re.compile(
    r"(?:BP|B\.P\.|CS|TSA|bo[îi]te\s+postale)[ \t]*(?:n[°º][ \t]*)?\d{1,6}\b", re.IGNORECASE
)


def _postal_end(text: str, position: int, *, strict: bool = False) -> int | None:
    """The end of a postcode and commune following an address that ends at position."""
    separator = _TAIL_SEPARATOR.match(text, position)
    box = _POSTAL_BOX.match(text, separator.end())
    if box and (end := _postal_end(text, box.end(), strict=strict)) is not None:
        return end
    if (end := _postal_here(text, separator.end(), strict=strict)) is not None:
        return end
    # "8 rue Sabine, Quartier d'Orléans, 97150 Saint-Martin", "23 chemin Lebon, Ravine des Cabris,
    # 97432 Saint-Pierre": a locality's name between the street and the postcode
    if locality := _LOCALITY.match(text, separator.end()):
        return _postal_here(text, locality.end(), strict=strict)
    # "rue du Stade, face à la mosquée de Vahibé, 97600 Mamoudzou": where streets have no numbers, the
    # landmark that finds the house, written inside the address
    if landmark := _LANDMARK.match(text, separator.end()):
        return _postal_here(text, landmark.end(), strict=strict)
    return None


_LANDMARK = re.compile(
    r"(?:en[ \t]+)?(?:face|derri[èe]re|[àa][ \t]+c[ôo]t[ée]|pr[èe]s|apr[èe]s|avant|au[- ]dessus|en[- ]dessous|au[ \t]+bout)"
    r"\b[^,.;:!?\n\d]{3,40},[ \t]*(?=\d{5}\b)",
    re.IGNORECASE,
)


_LOCALITY = re.compile(
    r"(?:(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+(?:(?:de|du|des|la|le|les|à)[ \t]+|[dl]['’])?"
    r"(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:['’-][^\W\d_]+)*){0,3})"
    # "rue Mbiwi, Tsoundzou 1, 97600 Mamoudzou": a village in parts, numbered
    # (its comma may be left out: "12 chemin Badamier, Bois-de-Nèfles 97490 Ste-Clotilde")
    r"(?:[ \t]+(?:\d{1,2}|(?-i:I{1,3}|IV)))?[ \t]*(?:,[ \t]*)?(?:\n[ \t]*)?(?=\d{5})"
)


_NEIGHBOURHOOD_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?P<word>quartier|village|section|hameau|lieu-dit)[ \t]+|(?<![\w'’])(?:à|a|au)[ \t]+)"
    r"(?P<place>(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ \t]+(?:(?:de|du|des|la|le|les)[ \t]+)?(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2})[ \t]*,[ \t]*$",
    re.IGNORECASE,
)


# A house's name on its own line above the street, as on an envelope: "La Grange Neuve\n15 rte…".
_HOUSE_NAME_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:adresse|domicile)[^:\n]{0,20}:[ \t]*)?((?-i:(?:L[ae]s?[ \t]+|L['’])[A-ZÀ-Ý][^\W\d_]*(?:[ \t]+(?:(?:de|du|des|la|le|les)[ \t]+|[dl]['’])?"
    r"[A-ZÀ-Ý][^\W\d_]*){0,3}))[ \t]*\n[ \t]*$"
)


# A residence's name before its building, then the street: "Les Hauts de Chantereine, bât. 2, 9 rue…".
_HOUSE_NAME_BEFORE_DETAILS = re.compile(
    r"(?<![\w'’])((?:[Ll]es?|La|la|L['’]|l['’])[ \t]*(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:[ \t]+(?:(?:de[ \t]+la|de|du|des|la|le|les|aux)[ \t]+|"
    r"(?:de[ \t]+)?[dl]['’])?(?-i:[A-ZÀ-Ý])[^\W\d_]*){0,3})[ \t]*,[ \t]*$"
)


# Lower-case words that end a street's name, known by the complement or postcode after them.
_LOWER_WORDS_OF_STREET = re.compile(
    r"(?:[ \t]+(?!(?:et|ou|à|a|au|aux|en|depuis|chez|avec|pour|dans|sur|de|du|des)\b)(?-i:[a-zà-ÿ]{3,}))"
    r"(?=[ \t]*,[ \t]*(?:(?:0[1-9]|[1-8]\d|9[0-8])[ \u00a0]?\d{3}\b|\d{1,2}[ \t]*(?:e|er|ère|ème)[ \t]+[ée]tage|"
    r"b[âa]t|esc|appt|apt|porte|[ée]tage))",
    re.IGNORECASE,
)


def _house_name_before(text: str, start: int) -> int:
    if start == 0 or "\n" not in text[max(0, start - 60) : start]:
        return start
    house = _HOUSE_NAME_LINE.search(text, max(0, start - 60), start)
    return house.start(1) if house and not is_place(house.group(1)) else start


# Between a dwelling and the street it is named after: "aire d'accueil de la route du Rhin".
_TO_STREET = re.compile(
    rf"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*(?=(?:{_STREETS})\b)", re.IGNORECASE
)


# A numbered street next to a building or a cité ("immeuble Le Beau Site, 21 allée…"), or a
# residence on the line above a street: one address, the comma or the line break between included.
_JOIN_GAP = re.compile(r"[ \t]*(?:[,;–—-][ \t]*)?(?:\n[ \t]*)?")
# Before a commune and its postcode: "12 rue des Lilas à Roubaix (59100)".
_AT = re.compile(r"[ \t]*,?[ \t]*(?:à|a)[ \t]+")


_PUBLIC_BUILDING = re.compile(
    r"[ \t]+(?:de[ \t]+la|du|de[ \t]+l['’]|des)[ \t]*(?:pr[ée]fecture|sous-pr[ée]fecture|mairie|caf|cpam|mds|ccas|"
    r"d[ée]partement|conseil|tribunal|h[ôo]tel[ \t]+de|administration|direction|ddets|dreets)\b",
    re.IGNORECASE,
)


def find(text: str) -> Iterator[Span]:
    found: list[tuple[int, int, str]] = []
    # Buildings, cités and bare dwellings that are addresses only next to one: (start, end).
    weak: list[tuple[int, int]] = []
    # Dwellings named after the street they stand on: (start, where the street starts).
    leads: list[tuple[int, int]] = []
    for match in STREET.finditer(text):
        if match["building"] and _PUBLIC_BUILDING.match(text, match.end()):
            continue  # "dans le bâtiment de la préfecture, porte C": a public building, no one's home
        if (
            match["numbered"]
            and match["numbered"].lower() in {"cité", "cite"}
            and _AUXILIARY_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue  # "la cheffe a cité le décret n° 2022-735": the verb, no cité
        number = (
            None
            if match["building"]
            else HOUSE_NUMBER.search(text, max(0, match.start() - 40), match.start())
        )
        if (
            match["abbreviation"]
            and match.group().lower().rstrip(".") in {"r", "ru", "pl", "ch", "all", "pass"}
            and not number
            # "M. Lefebvre habite r. de Lannoy à Roubaix": with its dot, after "habite", before "de" and a name
            and not (
                match.group().endswith(".")
                and _NAMED_AFTER_SPOKEN_NUMBER.match(text, match.end())
                and _lives_there(text, match.start())
            )
        ):
            continue  # "r", "pl", "ch" alone are letters or words: they need the house number
        spoken = number is not None and not any(character.isdigit() for character in number.group())
        if (
            spoken
            and not _NAMED_AFTER_SPOKEN_NUMBER.match(text, match.end())
            # "il habite dix-huit rue pasteur": dictated where someone lives, the name in lower case
            and not (
                _SPOKEN_HOME.search(text, max(0, number.start() - 12), number.start())
                and _LOWER_NAME_NEXT.match(text, match.end())
            )
        ):
            number = None  # "au neuf rue du Moulin", not "on passe au deux rue plus loin"
        if number and _QUANTITY_BEFORE.search(text, max(0, number.start() - 20), number.start()):
            number = None  # "on était plus de 300 place de la République": a crowd, not a house
        if (
            number
            and _DETAILS_BEFORE.search(text, max(0, match.start() - 60), match.start())
            and not _AT_HOME.search(text, max(0, number.start() - 20), number.start())
        ):
            number = None  # "appartement 42, cité des Musiciens": 42 is the flat, not the house
        numbered = number is not None
        if (
            not numbered
            and match["dwelling"] in {"MAS", "VILLA", "CLOS"}
            and _SURNAME_FIRST_NAME.match(text, match.start())
        ):
            continue  # "IP reçue pour MAS Joy", "VILLA Lina": a surname in capitals, then a first name
        if not numbered and _ESTABLISHMENT_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "l'EHPAD Le Clos Félicité", "le foyer Les Glycines": an establishment's name, public
        if not numbered and match["dwelling"] and _ESTABLISHMENT_KIND_AFTER.match(text, match.end()):
            continue  # "la résidence autonomie Le Clos Saint-Jean": an establishment for older people, public
        if match["dwelling"] and _KIND_OF_RESIDENCE.match(text, match.end()):
            continue  # "la commune de résidence de l'enfant", "sa résidence habituelle": no residence's name
        if not numbered and match["dwelling"] == "MAS" and _OF_A_NAME.match(text, match.end("dwelling")):
            continue  # "la MAS de Cuincy": a maison d'accueil spécialisée, a workplace; not "le Mas des Oliviers"
        name_start = match.end()
        if (
            match["numbered"]
            and (joined := _ILET_AT.match(text, name_start))
            and _ILET.fullmatch(match["numbered"])
        ):
            name_start = joined.end()  # "îlet à Cordes", "Ilet à Bourse": La Réunion's islets are named so
        end = _street_name_end(text, name_start, numbered=numbered)
        if end is None and number and number["adjective"]:
            end = match.end()  # "14 Grande Rue": the adjective and the street word are the name
        adjective = None
        if (
            end is None
            and not numbered
            and (adjective := _ADJECTIVE_RIGHT_BEFORE.search(text, max(0, match.start() - 12), match.start()))
            and (_NUMBER_AFTER.match(text, match.end()) or _lives_there(text, adjective.start()))
        ):
            # "Grande Rue n°67", "elle habite Grande Rue": the adjective and the street word are the name
            end = match.end()
        block = match["numbered"] and _BLOCKS.fullmatch(match["numbered"])
        if (
            block
            and match["numbered"].lower() in {"bois", "village"}
            and end
            and _names_a_town(text[match.end() : end])
        ):
            continue  # "le campement du bois de Vincennes", "elle vit au village de Murat": a town, not a home
        if not numbered and _INDEFINITE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            continue  # "au bout d'un chemin de terre", "dans un village de l'Alta Rocca": any of them
        if match.group().lower() == "cite" and _CITES_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue  # "On nous cite la délibération n° 2025-11-204": the verb
        if block and _ROAD_BRIDGE.match(text, match.end()):
            continue  # "sous le pont de l'A7": a motorway's bridge, any of them
        named = None  # a lower-case name: does it read as a name by itself?
        if (
            end is None
            and not numbered
            # Not "ferme", "camping": "la MDS ferme le vendredi".
            and (match["dwelling"] or match["building"] or _LOWER_CASE_BLOCKS.fullmatch(match.group()))
            and (lower := _lower_case_name_end(text, match.end()))
        ):
            end, named = lower
        if end is None and not numbered and match["numbered"] and _postal_end(text, match.end(), strict=True):
            end = match.end()  # "Le Bourg, 23170 Chambon-sur-Voueize"
        if end is None and not numbered and (match["street"] or match["abbreviation"]):
            # "vit chemin du moulin, 24100 bergerac": typed in lower case, a street with no number
            # is an address where a postcode and its commune follow it, or where someone is said
            # to live or sleep ("il dort rue de la gare")
            lower_end = _street_name_end(text, match.end(), numbered=True)
            # (complements or a floor may stand before the postcode: "boulvard de lyon 88 3e etage 59100 roubaix")
            complements_after = _STREET_DETAILS.match(text, lower_end) if lower_end is not None else None
            if lower_end is not None and (
                _postal_end(text, complements_after.end() if complements_after else lower_end, strict=True)
                is not None
                or _BARE_NUMBER_AFTER.match(text, lower_end)
            ):
                end = lower_end
            elif (lower := _LOWER_STREET_NAME.match(text, match.end())) and _lives_there(text, match.start()):
                end = lower.end()
            elif (named := _LOWER_PERSON_STREET.match(text, match.end())) and _lives_at_named(
                text, match, named
            ):
                end = named.end()  # "il est chez son pote momo rue jules ferry"
            elif single := _LOWER_ONE_WORD_STREET.match(text, match.end()):
                end = single.end()  # "elle habite rue pasteur 12 bis"
            elif (rural := _RURAL_ROAD.match(text, match.end())) and _NUMBER_AFTER.match(text, rural.end()):
                end = rural.end()  # "chemin rural n° 12": its number follows it
        if not numbered and end and _REGISTERED_AFTER.match(text, end):
            continue  # "Le Clos Fleuri (FINESS 590 812 406) 48 places": an establishment, registered
        if (
            not numbered
            and end
            and _KIND_OF_WAY.fullmatch(text, match.end(), end)
            and not _NAMED_OR_NUMBERED_AFTER.match(
                text, end
            )  # "chemin rural n° 12", "chemin de halage de la Sauldre"
        ):
            continue  # "au bout du chemin de terre", "près du chemin de fer": a kind of way, not a street's name
        if end is None and not numbered:
            if match["dwelling"] and (link := _TO_STREET.match(text, match.end())):
                leads.append((_article_before(text, match), link.end()))
            continue
        if after := _NUMBER_AFTER.match(text, end or match.end()):
            numbered, end = True, after.end()  # "rue Victor Hugo n°12"
        elif (
            not numbered
            and end
            and (match["street"] or match["abbreviation"])
            and (after := _BARE_NUMBER_AFTER.match(text, end))
        ):
            numbered, end = True, after.end()  # "elle habite rue pasteur 12 bis"
        elif match["dwelling"] and end and (after := _HOUSE_AFTER_NAME.match(text, end)):
            numbered, end = True, after.end()  # "lot. Le Clos des Vignes, 12."
        if end is None:
            continue
        if text[end - 1].isdigit() and (suffix := _NUMBER_SUFFIX.match(text, end)):
            end = suffix.end()  # "rue Pasteur 12 bis"
        if numbered and (trailing := _LOWER_WORDS_OF_STREET.match(text, end)):
            end = trailing.end()  # "3 rue des Jardins ouvriers, 1er étage, 54000 Nancy"
        details = None  # a building or a flat: someone's home
        if complements := _STREET_DETAILS.match(text, end):
            end = complements.end()
            details = _HAS_COMPLEMENT.search(complements.group())
        tail = _postal_end(text, end)
        if tail is None and (spoken := _SPOKEN_POSTCODE.match(text, end)) and is_place(spoken["town"]):
            tail = spoken.end()  # "… porte droite cinquante neuf cent soixante dix croix": dictated
        if tail is None and (bare := _BARE_POSTCODE_AFTER.match(text, end)):
            tail = (
                bare.end()
            )  # "hameau de Pietralba, route de Ponte-Leccia, 20218, NIR …": the postcode alone
        accepted = numbered
        if not numbered:
            # "il aurait été vu rue Bayard, où il dormirait dans un squat": the home said after it
            home = _lives_there(text, match.start()) or _HOME_AFTER.match(text, end) is not None
            if named is not None:
                # A lower-case name is a home's where one is said to be, or to be gone to: "au
                # hameau la croix-blanche", "elle vit à l'immeuble des fleurs"; not "la résidence
                # les week-ends chez le père", "elle vit dans la tour du quartier".
                at = _AT_PLACE.search(text, max(0, match.start() - 8), match.start()) is not None
                located = at or _LOCATIVE.search(text, max(0, match.start() - 12), match.start()) is not None
                if match["dwelling"] and match["dwelling"].lower().startswith(("hameau", "lieu")):
                    # a hamlet is a place: "hameau beauséjour"; one lived at, whatever its words ("elle habite
                    # hameau de la briqueterie")
                    convincing = named or home
                else:
                    convincing = (named and (home or located)) or (home and at)
                accepted = bool(convincing or details or tail)
            elif match["numbered"]:
                # "cité Les Iris" is named like a residence, and "Cité Beauséjour, 4e étage" has
                # floors; "cité du Mirail" is a neighbourhood.
                cite = match["numbered"].lower() in {"cité", "cite", "chalet"}  # and "chalet Les Gentianes"
                named_block = cite and (_CAPITALISED_ARTICLE.match(text, match.end()) or complements)
                # "Le Bourg, 23170 Chambon-sur-Voueize", "Moulin de la Font, 23000 Sainte-Feyre":
                # a postcode and its commune make any of them a postal address
                strict_tail = _postal_end(text, end, strict=True) is not None
                # "chez Mme Léonce, section Douville": a locality of the Antilles; not a union's
                # "section CGT", "section Roubaix", nor "section Enfance"
                section = match["numbered"].lower() == "section" and _names_a_locality(
                    text[match.end() : end],
                    at=_BARE_AT.search(text, max(0, match.start() - 4), match.start()) is not None,
                )
                outlying = (
                    _OUTLYING.fullmatch(match["numbered"])
                    and _AT_OUTLYING.search(text, max(0, match.start() - 8), match.start())
                    # not "au moulin de Daudet": a famous one is visited, not lived at
                    and not any(
                        word.lower() in gazetteers.FAMOUS_WORDS for word in text[match.end() : end].split()
                    )
                )
                # "quand on a passé le pont de la Sioule": a landmark on the way there, not where one lives
                on_the_way = _ON_THE_WAY.search(text, max(0, match.start() - 24), match.start()) is not None
                accepted = bool(
                    details
                    or strict_tail
                    or section
                    or outlying
                    or (block and not on_the_way and (home or tail or named_block))
                )
            elif match["building"]:
                # A named "immeuble" is a residence ("l'immeuble Le Beau Site"), and so is a "tour Les
                # Cèdres"; a "bâtiment B" or the "tour Eiffel" is someone's home only when said so.
                immeuble = match["building"].lower() == "immeuble"
                tower = match["building"].lower() == "tour"
                named_tower = tower and (
                    _CAPITALISED_ARTICLE.match(text, match.end())
                    # "on est au 2e de la tour Mimosa": a floor of a tower named like a residence
                    or (
                        _FLOOR_OF_BEFORE.search(text, max(0, match.start() - 24), match.start())
                        and (named_after := _CAPITALISED_NEXT.match(text, match.end()))
                        and named_after.group(1).lower() not in gazetteers.FAMOUS_WORDS
                        and not _SERVICE.search(
                            text, max(0, match.start() - 60), match.start()
                        )  # a meeting's
                    )
                )
                accepted = bool(home or details or tail or immeuble or named_tower)
            elif match["street"] or match["abbreviation"]:
                # "rue Voltaire, 59100 Roubaix" is a postal address; "sq. des Hirondelles, bât 2" a home
                accepted = bool(home or tail or details)
            else:
                accepted = True  # a named dwelling: "résidence Les Tilleuls", "lieu-dit Kerhuel"
            # A building, a cité, a dwelling, a business zone or a street with no number is one only
            # next to an address: "route de Montbron, lieu-dit Chez Brunet, 16220 Rouzède".
            zone = match["numbered"] and match["numbered"].lower() in {"za", "zac", "zi"}
            if not accepted and not (
                match["building"] or block or match["dwelling"] or match["street"] or zone
            ):
                continue
        start = number.start() if number else _article_before(text, match)
        if adjective:
            start = min(start, adjective.start())
        before = _DETAILS_OR_FLOOR_BEFORE.search(text, max(0, start - 60), start)
        if before and match["building"] and _JOINED_BY_OF.search(before.group()):
            before = None  # "au 2e étage du bâtiment C, bureau 214": a floor of a building, no home
        if before:
            start = before.start()  # "bât. B, appt 14, 12 rue des Lilas"
            house = _HOUSE_NAME_BEFORE_DETAILS.search(text, max(0, start - 60), start)
            if house and not is_place(house.group(1)):
                start = house.start(1)  # "Les Restanques, bât. B2, 140 chemin de la Ripelle"
        if tail is not None:
            end = tail
            # "quartier Morne-Pitault, chemin Bellevue, 97232 Le Lamentin", "à Cavani Sud, rue des
            # Manguiers, 97600 Mamoudzou": overseas, the neighbourhood comes before the street
            locality = _NEIGHBOURHOOD_BEFORE.search(text, max(0, start - 60), start)
            # after "à", a neighbourhood no list knows, not a commune ("domicile à Sélestat, 3 rue…")
            # nor a service ("au CCAS, 3 place de la Mairie", "au CHRS Le Phare, 5 bis rue…")
            if locality and (
                locality["word"]
                or not (
                    is_place(locality["place"])
                    or any(part.isupper() for part in locality["place"].split())
                    # "à Mme Técher-Payet, rés. Les Songes…": the person written to
                    or locality["place"].split()[0].lower().rstrip(".")
                    in TITLES | {"dr", "docteur", "maître", "me"}
                )
            ):
                start = locality.start("word") if locality["word"] else locality.start("place")
        if accepted:
            found.append((start, end, "rule:address"))
        else:
            weak.append((start, end))
    # "BP 112, 24100 Bergerac": a postal box and its commune are where someone gets their mail.
    for match in _POSTAL_BOX.finditer(text):
        if (tail := _postal_end(text, match.end())) is not None:
            found.append((match.start(), tail, "rule:address-postal-box"))
    # "Les Flamants, bât. C3, 13014 Marseille", "case 3, 97225 Le Marigot": a building or a lodging,
    # then a postcode and its commune, is a postal address without a street
    for match in _DETAILS_THEN_POSTCODE.finditer(text):
        if (tail := _postal_end(text, match.end(), strict=True)) is not None:
            start = match.start()
            house = _HOUSE_NAME_BEFORE_DETAILS.search(text, max(0, start - 60), start)
            if house and not is_place(house.group(1)):
                start = house.start(1)
            found.append((start, tail, "rule:address-details-postcode"))
    for match in _HOTEL_ROOM.finditer(text):
        found.append(
            (match.start("name"), _postal_end(text, match.end()) or match.end(), "rule:address-hotel-room")
        )
    for match in STANDALONE_DETAILS.finditer(text):
        found.append((match.start(), _postal_end(text, match.end()) or match.end(), "rule:address-detail"))
    for start, end in _named_homes(text):
        found.append((start, _postal_end(text, end) or end, "rule:address-named-home"))
    for match in _DESCRIBED_HOME.finditer(text):
        if match["word"] or not is_place(match["place"]):  # not "La Réunion, maison créole au bord de la mer"
            found.append((match.start(), match.end(), "rule:address-described-home"))
    for match in _POLYNESIAN_PK.finditer(text):
        found.append((match.start(), _postal_end(text, match.end()) or match.end(), "rule:address-pk"))
    for match in _PITCH.finditer(text):
        found.append((match.start(), _postal_end(text, match.end()) or match.end(), "rule:address-pitch"))
    for match in _VILLAGE_HOUSE.finditer(text):
        found.append(
            (match.start(), _postal_end(text, match.end()) or match.end(), "rule:address-village-house")
        )
    for match in _HOUSE_CALLED.finditer(text):
        found.append((*match.span("quoted" if match["quoted"] else "name"), "rule:address-house-called"))
    for match in _PLACE_OF_A_COMMUNE.finditer(text):
        # (a commune in the brackets, not a département: "M. Durand, Le Havre (Seine-Maritime)" is his town)
        if communes.largest_population(match["commune"]) and match["commune"] != match["place"]:
            found.append((*match.span("place"), "rule:address-place-of-a-commune"))
    for match in _HOUSE_NAMED.finditer(text):
        if _is_unknown_place(match["name"]):
            found.append((match.start(), match.end(), "rule:address-house-named"))
    for match in _ROUND_STOP.finditer(text):
        if _is_hamlet(match["place"]):
            found.append((*match.span("place"), "rule:address-round-stop"))
    for match in _RESIDENT_OF_HAMLET.finditer(text):
        if not (is_place(match["name"]) or match["name"].replace(" ", "-") in _NOT_HAMLETS):
            found.append((*match.span("place"), "rule:address-resident-of-hamlet"))
    for match in _LIVES_AT_NAMED_PLACE.finditer(text):
        if match["bare"] and match["kind"].lower() in {"maison", "village"}:
            continue  # "au Bistrot, la maison des associations": no one said to live there
        if match["chez"] or not is_place(match["place"]):
            found.append((*match.span("place"), "rule:address-lives-at-named-place"))
    for match in _LIVES_NEAR_A_COMMUNE.finditer(text):
        if (match["dwelling"] or not is_place(match["name"])) and is_place(match["commune"]):
            found.append((*match.span("place"), "rule:address-near-commune"))
    # "l'aire d'accueil de la route du Rhin": the dwelling opens the street's address; "La Grange
    # Neuve" on the line above it names the house.
    found = [
        (
            next((lead for lead, street in leads if street == start), _house_name_before(text, start)),
            end,
            source,
        )
        for start, end, source in found
    ]
    found += _joined_weak(text, found, weak)
    addresses = _joined(text, found)
    addresses += _postal_homes(text, addresses)
    addresses = [(*_with_localities(text, start, end), source) for start, end, source in addresses]
    addresses += _field_values(text)
    for start, end, source in sorted(addresses):
        if (before := _COMPLEMENT_BEFORE_NUMBER.search(text, max(0, start - 20), start)) and text[
            start
        ].isdigit():
            start = before.start("word")  # "l'escalier 4 de la résidence Victor Schœlcher"
        yield Span(start, _unopened_bracket_dropped(text, start, end), Label.ADDRESS, source)


def _unopened_bracket_dropped(text: str, start: int, end: int) -> int:
    """The end without a closing bracket the address did not open: "(tour Verlaine, porte 62)" is written in
    brackets; "12 rue Voltaire (bât. C)" closes its own."""
    piece = text[start:end]
    return end - 1 if piece.endswith(")") and piece.count(")") > piece.count("(") else end


# Where the 115 houses a family: "hôtel Ibis Budget de Villepinte, chambre 314", "formule 1 de la zone des
# dunes, ch. 108", "l'hôtel Le Rivage, 45 avenue de Lens, chambre 17": the hotel's name (a chain's
# included), its street and the room are one address; the word "hôtel" stays, as "résidence" would not, for
# it says what the testimony is about. "à l'hôtel social, chambre 12" names no hotel: kept.
_HOTEL_ROOM = re.compile(
    r"(?<![\w-])(?:h[ôo]tel[ \t]+(?=(?:(?:du|de[ \t]+la|des|de[ \t]+l['’])[ \t]*)?[«\"“]?[ \t]*(?-i:[A-ZÀ-Ý]))"
    r"(?!(?:du[ \t]+d[ée]partement|de[ \t]+ville|de[ \t]+r[ée]gion|de[ \t]+police|d['’]agglo))"
    r"|(?=(?:formule[ \t]?1|F1|B&B|ibis|kyriad|campanile|premi[èe]re[ \t]+classe)\b))"
    r"(?P<name>[^.;:!?()\n]{1,60}?[ \t,]+(?:chambre|chbre|ch\.?)[ \t]*(?:n[°º][ \t]*)?\d{1,4}\b)",
    re.IGNORECASE,
)


# Polynesia's addresses: a kilometre point on the island's road and its side, then the servitude that leads to
# the house; elsewhere overseas, the kilometre point on a named road ("PK 15,2 côté montagne, servitude Tavana"); a road's kilometre alone ("au PK 12 de l'A7") is no home.
_POLYNESIAN_PK = re.compile(
    r"\bPK[ \t]*\d+(?:[,.]\d+)?[ \t]+(?:c[ôo]t[ée][ \t]+(?:mer|montagne)"
    r"(?:[ \t]*,[ \t]*(?:servitude|chemin|impasse)[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]*)?)?"
    # Guyane's and Réunion's too: "PK 62 route de Kaw", "PK 8,5 piste de Saint-Élie"
    r"|(?:de[ \t]+la[ \t]+)?(?:route|piste|chemin)[ \t]+(?:de[ \t]+|du[ \t]+|des[ \t]+|d['’])(?:la[ \t]+|l['’])?"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]*)?)",
    re.IGNORECASE,
)
_AUXILIARY_BEFORE = re.compile(
    r"(?<![\w'’])(?:a|ai|as|ont|avons|avez|avait|avaient|avais|aura|auront|avoir|ayant|été)[ \t]+$",
    re.IGNORECASE,
)
# Someone called after the hamlet, the farm or the mill they live at, as a round calls its people: "la dame de la
# Croix-Blanche", "le papi du Moulin Neuf", "la famille des Quatre Vents" (not "la dame de la Croix-Rouge").
_HAMLET_HEADS = (
    r"Croix|Moulin|Mas|Ferme|Bois|Pont|Granges?|Puech|Borde|Bergerie|Fontaine|Font|Roche|Combe|Prés?|Champs?|"
    r"Château|Motte|Lande|Landes|Vignes?|Chênes?|Ormes?|Tuilerie|Forges?|Métairie|Bastide|Quatre|Trois|"
    r"Sept|Cent|Vieux|Vieille|Haut|Hauts|Basse|Bas|Grand|Grande|Petit|Petite|Plô|Pech|Cros|Claux|Bouscat|Tuc"
)
_RESIDENT_OF_HAMLET = re.compile(
    r"\b(?i:la|le|les|sa|son|leur|ma|mon)[ \t]+"
    r"(?i:dame|monsieur|mamie|papi|papy|m[ée]m[ée]|p[ée]p[ée]|vieille|vieux|couple|famille|gens|grand-m[èe]re|grand-p[èe]re)"
    r"[ \t]+(?:(?i:du|des)[ \t]+|(?i:de)[ \t]+(?=(?i:la)[ \t]|(?i:l)['’]))"
    rf"(?P<place>(?:(?i:la)[ \t]+|(?i:l)['’])?(?P<name>(?:{_HAMLET_HEADS})(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*(?:[ \t]+(?:de[ \t]+|du[ \t]+|d['’])?[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*)?))"
    r"(?![\w'’-])"
)
# The words after the first of a place's name, two at most, with their small words ("La Grange aux Loups", "Le Bos
# Grand", "Les Quatre Vents", "Granges de Bor")
_MORE_NAME_WORDS = r"(?:[ \t]+(?:(?:aux|au|de|du|des|la|le)[ \t]+)?(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2}"
# Where someone lives, a place no list knows, then the commune it is near: "vit à Lavaud-Bas près de Bourganeuf", "il
# habite Le Bos Grand sur Saint-Martin-Valmeroux", "vit dans la maison Lasbordes à côté de Hagetmau"
_LIVES_NEAR_A_COMMUNE = re.compile(
    r"\b(?:vit|vivent|habite|habitent|demeure|demeurent|r[ée]side|r[ée]sident)"
    r"(?:[ \t]+(?:seule?s?|toujours|encore|seule?s?[ \t]+avec[ \t]+\w+))?[ \t]+"
    r"(?:(?:à|a|au|aux)[ \t]+(?:l['’][ \t]*)?|dans[ \t]+(?:la|le|l['’])[ \t]*(?=(?:maison|ferme)[ \t]))?"
    r"(?P<place>(?:(?P<dwelling>maison|ferme)[ \t]+)?(?P<name>(?:(?-i:L[ae]s?)[ \t]+|(?-i:L)['’])?"
    rf"(?-i:[A-ZÀ-Ý])[\w'’]+(?:-[\w'’]+)*{_MORE_NAME_WORDS}))"
    r"[ \t]*,?[ \t]+(?:près[ \t]+de|à[ \t]+côté[ \t]+de|sur(?:[ \t]+la[ \t]+commune[ \t]+de)?|au-dessus[ \t]+de|"
    r"en[ \t]+dessous[ \t]+de|après|avant|entre|vers)[ \t]+(?P<commune>(?-i:[A-ZÀ-Ý])[\w'’-]+)",
    re.IGNORECASE,
)
# Where someone lives, a name no list knows, then the kind of place it is: "il vit seul au Lindenhof, la ferme
# au-dessus de Lièpvre", "elle habite Saint-Geniez-le-Haut, le hameau au-dessus"; or a lieu-dit named after a family,
# as in Charente and Limousin: "elle habite à Chez Vergnaud"
_LIVES_AT_NAMED_PLACE = re.compile(
    r"(?:\b(?:vit|vivent|habite|habitent|demeure|demeurent)(?:[ \t]+(?:seule?s?|toujours|encore))?[ \t]+"
    r"(?:(?:à|a|au|aux)[ \t]+)?"
    # ("assistante familiale depuis 19 ans, au Mont-Hulin, la ferme isolée": named, then said to be a home)
    r"|\b(?P<bare>au|aux)[ \t]+)"
    r"(?P<place>(?P<chez>(?-i:Chez)[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]+)"
    r"|(?:(?-i:L[ae]s?)[ \t]+|(?-i:L)['’])?(?-i:[A-ZÀ-Ý])[\w'’]+(?:-[\w'’]+)*"
    rf"{_MORE_NAME_WORDS}(?=[ \t]*,[ \t]*(?:(?:le|la|l['’]|un|une)[ \t]*)?"
    r"(?P<kind>hameau|ferme|lieu-dit|moulin|mas|maison|village|[ée]cart|borde|grange|bastide)\b))",
    re.IGNORECASE,
)
# A house given its name in words: "sa maison dite « Les Hortensias »", "la ferme appelée Le Pradou"
_HOUSE_CALLED = re.compile(
    r"\b(?:maison|villa|propri[ée]t[ée]|ferme|mas|chalet|pavillon)[ \t]+(?:dite?|appel[ée]e?|nomm[ée]e?|baptis[ée]e?)"
    # (in quotes, the name whole: "« Ostal del Pas »")
    rf"[ \t]+(?:[«\"“][ \t]*(?P<quoted>(?-i:[A-ZÀ-Ý])[^»\"”\n]{{0,40}}?)[ \t]*[»\"”]"
    rf"|(?P<name>(?:(?-i:L[ae]s?)[ \t]+|(?-i:L)['’][ \t]?)?(?-i:[A-ZÀ-Ý])[\w'’-]+{_MORE_NAME_WORDS})(?![\w'’-]))",
    re.IGNORECASE,
)
# A round's stop after the person: her lieu-dit, then its commune in brackets ("9h00 Mme Guillot, Les Essarts
# (Saint-Pierre-le-Bost)")
_PLACE_OF_A_COMMUNE = re.compile(
    r"\b(?:M\.|Mme|Mr|Madame|Monsieur|famille)[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]+[ \t]*,[ \t]*"
    rf"(?P<place>(?-i:L[ae]s?[ \t]+|L['’][ \t]?)(?-i:[A-ZÀ-Ý])[\w'’-]+{_MORE_NAME_WORDS})"
    r"[ \t]*\([ \t]*(?P<commune>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t][\w'’-]+){0,3})[ \t]*\)",
    re.IGNORECASE,
)
# A house known by its name, as in the Basque Country: "Mme Irigoyen, maison Haranburua à Hélette" (a name no
# list knows; "la maison Dupont" is a family's, "la maison Médicis" a famous one's)
_HOUSE_NAMED = re.compile(r"(?<![\w'’-])(?i:maison)[ \t]+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{4,})(?![\w'’-])")
# A home help's round: a time, the task, then the house by its name ("11h30 repas Les Quatre Vents /")
_ROUND_STOP = re.compile(
    r"\b\d{1,2}[hH](?:\d{2})?[ \t]+(?i:repas|toilette|lever|coucher|courses|m[ée]nage|passage|aide[ \t]+au[ \t]+repas)"
    r"[ \t]+(?:(?i:chez|à|au|aux)[ \t]+)?"
    rf"(?P<place>(?:L[ae]s?[ \t]+|L['’][ \t]?)[A-ZÀ-Ý][\w'’-]+{_MORE_NAME_WORDS})"
    r"(?=[ \t]*(?:[/,;.()\n]|$))"
)
_NOT_HAMLETS = frozenset({"Croix-Rouge", "Croix-Bleue", "Grande-Synthe", "Haut-Rhin", "Bas-Rhin"})
# A travellers' site, a campsite or a pontoon, then the pitch: "aire de Bellevue, place 4", "camping les 3 lacs
# emplacement 40", "terrain familial des Rochettes, lot 3", "ponton F, place 42".
_PITCH = re.compile(
    r"\b(?:aire|camping|terrain(?:[ \t]+familial)?|ponton)[ \t]+(?!de[ \t]+jeux)[^\n,.;:!?()]{1,30}?[ \t]*,?[ \t]*"
    r"(?:place|emplacement|empl\.?|lot|mobil[- ]home|chalet)[ \t]*(?:n[°º][ \t]*)?\d{1,4}\b",
    re.IGNORECASE,
)
# Mayotte's and Guyane's addresses: a village or a quarter, then the house's number ("village de Kawéni, case 27").
_VILLAGE_HOUSE = re.compile(
    r"\b(?:village|quartier|hameau)[ \t]+(?:de[ \t]+|du[ \t]+|d['’])?(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]*)?"
    r"[ \t]*,?[ \t]*(?:case|kaz|banga|maison)[ \t]*(?:n[°º][ \t]*)?\d{1,4}\b",
    re.IGNORECASE,
)
# The places of a rural or overseas address, written beside its street with a comma: "section Boisvin,
# chemin des Pitons, 97129 Lamentin", "maison Aranburua, chemin d'Errota", "rue Schœlcher, section
# Morne-Rouge", "servitude Vaitiare, lot 9, quartier Heiri".
_LOCALITY_WORDS = (
    r"section|village|maison|habitation|hameau|lieu-dit|r[ée]sid[ae]n[cs]e|r[ée]s\.|cit[ée]|tribu|"
    r"lotissement|lot\.?|domaine|b[âa]t\.?|b[âa]timent|immeuble|[îi]let|case|emplacement|caravane|mas|ferme"
)
_LOCALITY_BEFORE = re.compile(
    rf"(?:^|(?<=[\n(:]))[ \t]*(?P<place>(?:(?:la|le|les)[ \t]+|l['’])?(?:{_LOCALITY_WORDS})[ \t]+[^\W_][^,\n.;:!?()]{{0,40}}?)"
    rf"[ \t]*,[ \t]*$|(?<=\s)(?P<after_verb>(?:{_LOCALITY_WORDS})[ \t]+(?-i:[A-ZÀ-Ý])[^,\n.;:!?()]{{0,40}}?)[ \t]*,[ \t]*$",
    re.IGNORECASE,
)
_LOCALITY_AFTER = re.compile(
    rf"[ \t]*,[ \t]*(?:(?:{_LOCALITY_WORDS})[ \t]+(?-i:[A-ZÀ-Ý0-9])[^,\n.;:!?()]{{0,30}}?)(?=[ \t]*(?:[,.;:!?()\n]|$))",
    re.IGNORECASE,
)


# "Mme Poulain, La Bergerie, lieu-dit Les Combes, 23200 …", "habite La Basse Cour, 53410 Port-Brillet", "la maison
# familiale, La Ronceraie, route de Pouzauges": a house's name, its article capitalised, right before an address
# without a number, with its postcode or opening on its street, is its first line.
_HOUSE_BEFORE_ADDRESS = re.compile(
    r"(?:^|(?<=[\n(:,])|(?<=\bhabite)|(?<=\bvit)|(?<=\bdemeurant)|(?<=\bdomicile))[ \t]*"
    r"(?P<house>(?-i:L[ae]s?[ \t]+|L['’])(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:-[^\W\d_]+)*"
    r"(?:[ \t]+(?:(?:de|du|des|la|le|les|aux)[ \t]+|[dl]['’])?(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:-[^\W\d_]+)*){0,2})"
    r"(?:[ \t]*,[ \t]*|[ \t]+)$"
)


_POSTCODE_INSIDE = re.compile(r"(?<!\d)\d{5}(?!\d)")
_STREET_FIRST = re.compile(rf"(?:{_STREETS})\b", re.IGNORECASE)
# "numéro neuf impasse des moulins", "n° 12 rue…": the number's sign belongs to the address
_NUMBER_SIGN_BEFORE = re.compile(r"(?<![\w'’])(?:num[ée]ro|n[°º])[ \t]*$", re.IGNORECASE)
_SPOKEN_OR_DIGIT = re.compile(rf"\d|{NUMBER_WORDS}\b", re.IGNORECASE)


def _with_localities(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    if before := _LOCALITY_BEFORE.search(text, max(line_start, start - 60), start):
        start = before.start("place") if before["place"] else before.start("after_verb")
    if (
        not text[start].isdigit()
        and (_POSTCODE_INSIDE.search(text, start, end) or _STREET_FIRST.match(text, start))
        and (house := _HOUSE_BEFORE_ADDRESS.search(text, max(line_start, start - 50), start))
        # (a commune's name too, where the postcode names another: "La Croix-Blanche, route de Sancerre, 18300 Bué")
        and (not is_place(house["house"]) or _names_another_commune(text[start:end], house["house"]))
        and not any(gazetteers.is_institution(word) for word in house["house"].split())
    ):
        start = house.start("house")
    if (
        number_sign := _NUMBER_SIGN_BEFORE.search(text, max(0, start - 10), start)
    ) and _SPOKEN_OR_DIGIT.match(text, start):
        start = number_sign.start()  # "numéro neuf impasse des moulins", "n° 12 rue…"
    while after := _LOCALITY_AFTER.match(text, end):
        end = after.end()
    if details := _STREET_DETAILS.match(text, end):
        end = details.end()  # "3 bis imp. des Ecoles 80000 amiens bat b": complements after the commune
    return start, end


def _names_another_commune(address: str, house: str) -> bool:
    return _POSTCODE_INSIDE.search(address) is not None and house.lower() not in address.lower()


# A form's address field: its value is an address, whatever shape it has ("Adresse : Bât. Lilas,
# esc. 2, porte 204, 13014 Marseille", "Domicile : les Jardins de l'Olivier, bat 4, 84300 Cavaillon"),
# up to the line's end, a tab, a "|" or the end of the sentence.
_FIELD_VALUE = re.compile(
    r"(?:^|(?<=[\n\t|])|(?<=\.[ ]))[ \t]*(?:nouvelle[ \t]+|ancienne[ \t]+)?(?P<label>adresse|domicile|domiciliation)"
    r"(?:[ \t]+(?:actuelle|de sortie|d['’]h[ée]bergement|postale|personnelle|du domicile"
    # whose: "nouvelle adresse de bouchra :", "Adresse du père :", "adresse de Mme Diallo :"
    r"|(?:de|du|des|d['’])[ \t]*[^\s:]+(?:[ \t]+[^\s:]+){0,2}))?[ \t]*:[ \t]*(?P<value>[^\n\t|]+)",
    re.IGNORECASE | re.MULTILINE,
)
# Where a value's sentence ends: a stop, then the line's end or a capital; not an abbreviation's dot
# ("Bât. Lilas", "Rés. Les Alizés").
_STOP = re.compile(r"[.!?»\"]+[ \t]+(?=[«\"A-ZÀ-Ý])")
_TRAILING = re.compile(r"[ \t.!?;,»\"]*$")
_ABBREVIATED = word_set("bât bat rés res all esc av bd ch imp appt apt ét st ste r pl n° no")
_EMPTY_VALUE = re.compile(
    r"(?:inconnue?|n[ée]ant|sans|aucune?|non renseign[ée]e?|sdf|nc|nr|idem|\?|-+)\.?", re.I
)


def _after_remarks(text: str, start: int, end: int) -> int:
    """Past what opens a value without being its address: "chez sa tante, 4 allée des Mimosas",
    "CCAS, 12 rue Frédéric Petit": a part with no capital and no figure, or an institution."""
    while (comma := text.find(",", start, end)) != -1:
        part = text[start:comma].strip()
        if any(c.isupper() or c.isdigit() for c in part) and part not in INSTITUTIONS:
            break
        start = comma + 1
        while start < end and text[start] in " \t":
            start += 1
    return start


def _field_values(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _FIELD_VALUE.finditer(text):
        start, end = match.span("value")
        for stop in _STOP.finditer(text, start, end):
            word = text[start : stop.start()].split()[-1:] or [""]
            if word[0].lower() not in _ABBREVIATED:
                end = stop.start()
                break
        end = _TRAILING.search(text, start, end).start()
        # up to the postcode's commune: "Domicile : Bât. Lilas, esc. 2, 13014 Marseille"; a value with
        # no postcode ("chez sa tante", "rue Voltaire, Vénissieux") is left to the other rules
        postcode = _POSTCODE.search(text, start, end)
        postal_end = postcode and _postal_end(text, postcode.start())
        if postal_end and not _EMPTY_VALUE.fullmatch(text[start:end]):
            found.append((_after_remarks(text, start, postcode.start()), postal_end, "rule:address-field"))
        elif _is_home_name(text[start:end]) and match["label"].lower() != "domiciliation":
            found.append((start, end, "rule:address-field"))  # "Adresse : Le Meynial": a farm, a hamlet
    for match in _POSTCODE_FIELD.finditer(text):
        if (end := _postal_here(text, match.end(), strict=True)) is not None:
            found.append((match.end(), end, "rule:address-field"))  # "CP/Ville : 15130 Ytrac"
    return found


# "CP/Ville : 15130 Ytrac", "Code postal : 15130": the postcode and commune of a form's address
_POSTCODE_FIELD = re.compile(
    r"(?:^|(?<=[\n\t|]))[ \t]*(?:cp|code[ \t]+postal)(?:[ \t]*/[ \t]*(?:ville|commune))?[ \t]*:[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)


def _is_home_name(value: str) -> bool:
    """A home named like a farm or a hamlet, two to four capitalised words ("Le Meynial", "La Vialle Basse");
    not a commune alone, an institution, nor "Inconnue"."""
    words = value.split()
    return (
        1 <= len(words) <= 4
        and value[:1].isupper()
        and words[0].lower().rstrip(".") not in TITLES  # "Adresse : M. Rouvier, …": whose, then where
        and ","
        not in value  # "Hameau de Chastel, Mende": the town after it stays, and the hamlet's own rule has it
        and all(word[:1].isupper() or word.lower() in _NAME_LINKS for word in words)
        and not _EMPTY_VALUE.fullmatch(value)
        and not is_place(value)
        and not any(word in INSTITUTIONS or word.upper() in INSTITUTIONS for word in words)
    )


_NAME_LINKS = word_set("de du des la le les d' l' aux")


def _joined_weak(text: str, found: list[tuple[int, int, str]], weak: list[tuple[int, int]]) -> list:
    """The buildings, cités and dwellings written right before or after an address, or overlapping
    it ("cité Lemire, 4e étage\n46 impasse du Plateau": the floor starts the street's span too)."""
    if not weak or not found:
        return []
    # (start, end reached through the gap after it) of each address, in the order of the text.
    reach = sorted((start, _JOIN_GAP.match(text, end).end()) for start, end, _source in found)
    joined = []
    for start, end in sorted(weak, key=lambda span: -span[0]):  # right to left: chains join
        gap_end = _JOIN_GAP.match(text, end).end()
        if any(other_start <= gap_end and start <= other_reach for other_start, other_reach in reach):
            joined.append((start, end, "rule:address-building"))
            reach.append((start, gap_end))
    return joined


def _joined(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Addresses that overlap or touch, but for a comma or a line break, as one span."""
    joined: list[tuple[int, int, str]] = []
    for start, end, source in sorted(found):
        if joined:
            last_start, last_end, last_source = joined[-1]
            if start <= _JOIN_GAP.match(text, last_end).end():
                joined[-1] = (last_start, max(end, last_end), last_source)
                continue
        joined.append((start, end, source))
    return joined


_HOUSE_BEFORE_POSTCODE = re.compile(
    r"(?<![\w,./])\d{1,4}(?:[ \t]*(?:bis|ter)\b)?[ \t,]+"
    r"(?!(?:km|m|kilom[èe]tres?|ans?|mois|jours?|euros?|minutes?|heures?|h|personnes?|enfants?|fois)\b)"
    r"[^\W\d_][^\d\n.;:!?]{2,40}?[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)


# A house's name right before a postcode and its commune, and its number: "La Métairie Neuve\n49490 Noyant-Villages",
# "12 La Basse-des-Feignes, 88400 Gérardmer".
_HOUSE_NAME_BEFORE_POSTCODE = re.compile(
    r"(?-i:((?<![\w,./])(?:\d{1,4}(?:[ \t]*(?:bis|ter)\b)?[ \t]*,?[ \t]+)?"
    r"(?P<name>(?:L[ae]s?[ \t]+|L['’])[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*"
    r"(?:[ \t]+(?:(?:de|du|des|la|le|les)[ \t]+|[dl]['’])?[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*){0,3})))"
    r"[ \t]*,?[ \t]*\n?[ \t]*$"
)


def _postal_homes(text: str, addresses: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Postcodes and communes without a street, where someone lives ("elle habite 59100 Roubaix"),
    or written after an address and "à" ("12 rue des Lilas à Roubaix (59100)")."""
    found = []
    candidates = [match.start() for match in _LONE_POSTCODE.finditer(text)]
    candidates += [_town_start_before(text, match.start()) for match in _CODE_IN_BRACKETS.finditer(text)]
    after_addresses = {at.end() for _start, end, _source in addresses if (at := _AT.match(text, end))}
    for start in candidates:
        if start is None or any(a <= start < b for a, b, _source in addresses):
            continue
        end = _postal_here(text, start, strict=True)
        if end is None:
            continue
        # "domicile : 14 les Hauts de Bellevue 97400 St Denis": a house number and a name with no
        # street word before the postcode belong to it
        house = _HOUSE_BEFORE_POSTCODE.search(text, max(0, start - 50), start)
        if house and any(a <= house.start() < b for a, b, _source in addresses):
            house = None  # "12 rue des Lilas à Roubaix (59100)": a street, found already
        named = _HOUSE_NAME_BEFORE_POSTCODE.search(text, max(0, start - 50), start)
        if house and _lives_there(text, house.start()):
            found.append((house.start(), end, "rule:address-postcode"))
        elif (
            named
            and not _names_the_town(named["name"], text, start)
            and not any(a <= named.start() < b for a, b, _s in addresses)
        ):
            # "M. Lucien Mabille, La Métairie Neuve\n49490 Noyant-Villages": a house's name, its
            # postcode and commune make a postal address, as on an envelope
            found.append((named.start(1), end, "rule:address-house-name"))
        elif (
            (segment := _SEGMENT_BEFORE_POSTCODE.search(text, max(0, start - 60), start))
            and segment["name"].split()[0].lower().rstrip(".") not in TITLES
            and not any(gazetteers.is_institution(word) for word in segment["name"].split())
            and not _names_the_town(segment["name"], text, start)
        ):
            # "(La Touche, 35500 Balazé)", "adresse : la Métairie des Landes, 35360 Montauban-de-
            # Bretagne", "chalet des Frasses, 74450 Le Grand-Bornand": what stands before a postcode
            # and its commune, alone between brackets, a colon or a line's start, is where it goes
            found.append((segment.start("name"), end, "rule:address-envelope"))
        elif start in after_addresses or _lives_there(text, start):
            found.append((start, end, "rule:address-postcode"))
    return found


def _names_the_town(name: str, text: str, start: int) -> bool:
    """Is the name before a postcode that postcode's commune ("Lille\n59000 Lille"), or, postcode
    unknown, any place? "Les Combes\n43150 Laussonne" is a hamlet, whatever commune is named so."""
    if code := _POSTCODE.match(text, start):
        return _is_town_of(name, code["code"])
    return is_place(name)


_BARE_AT = re.compile(r"(?<![\w'’])[àa][ \t]+$")
# Communes this populated have union sections named after them.
SECTION_MAX_POPULATION = 5000


def _names_a_locality(name: str, *, at: bool) -> bool:
    """ "section Douville"; "à section Bellevue", a word too, where one goes."""
    words = name.split()
    return bool(
        words
        and words[0][0].isupper()
        and not any(word.isupper() or word in INSTITUTIONS for word in words)
        and not gazetteers.is_region(name.strip())
        # a town's union section ("section Roubaix"); a hamlet's name, Douville, is a small commune's too
        and all(
            communes.largest_population(part) < SECTION_MAX_POPULATION
            for part in [name.strip(), *re.split(r"[- ]+", name.strip())]
        )
        and (at or not gazetteers.is_common_word(words[0].lower()))
    )


# The part of an envelope before its postcode: a name (an article, a dwelling's word, capitalised
# words and their particles) after "(", ":", a line's start or a comma, and a comma or a line
# break before the postcode.
_DWELLING_WORDS = (
    r"maison|chalet|mas|m[ée]tairie|ferme|moulin|grange|granges|borie|borde|bergerie|buron|bastide|villa|domaine|lieu-dit|"
    r"hameau|ch[âa]teau|cabane|caravane|case|kaz|section|tribu|airial"  # an airial: a farmstead of the Landes
)
# One of those words alone ("ferme de Lherm" in a table's column of homes)
DWELLING = re.compile(_DWELLING_WORDS, re.IGNORECASE)
_CAPITALISED_WORD = r"(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:['’-][^\W\d_]+)*"
_SEGMENT_BEFORE_POSTCODE = re.compile(
    r"(?:^|[(:\n|]|(?P<comma>,)|(?P<home>\b(?:vit|vivent|habite|habitent|demeurant|r[ée]side)[ \t]+(?:à|au|a)[ \t])"
    r"|(?P<at>(?<![\w'’])(?:à|au)[ \t])"
    # "la bergerie de l'airial de Mounet, 40630 Sabres": a dwelling's word after "de"
    rf"|(?<![\w'’])(?:de[ \t]+l['’]|de[ \t]+la[ \t]|du[ \t])(?=(?:{_DWELLING_WORDS})\b))[ \t]*"
    rf"(?P<name>(?:(?:la|le|les)[ \t]+|l['’])?(?:{_CAPITALISED_WORD}|(?P<dwelling>{_DWELLING_WORDS})\b)"
    # Breton articles: "Penn ar Hoat", "Ker an Dour"
    rf"(?:[ \t]+(?:(?:de|du|des|la|le|les|aux|au|ar|an|al|er)[ \t]+|[dl]['’])?{_CAPITALISED_WORD}){{0,4}})"
    r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


# "Mme Aubert, La Croix-Blanche, 03160 Ygrande": after a person, a place then a postcode is their address.
_PERSON_BEFORE = re.compile(
    r"\b(?:M|Mme|Mlle|Mr|Monsieur|Madame|Mademoiselle)\.?[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’-]+)?[ \t]*$"
)


def _town_start_before(text: str, position: int) -> int | None:
    """Where the run of words before "(59100)" at position starts (at most MAX_TOWN_WORDS)."""
    offset = max(0, position - 80)
    run = _WORDS_BEFORE.search(text, offset, position)
    if run is None:
        return None
    # The longest run of words that reads as "commune (postcode)" wins.
    for word in _WORD.finditer(text, run.start(), position):
        if _postal_here(text, word.start(), strict=True) is not None:
            return word.start()
    return None


_WORD = re.compile(_TOWN_WORD)
_WORDS_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_TOWN_WORD}[ \t]){{0,{MAX_TOWN_WORDS - 1}}}{_TOWN_WORD}[ \t]*$")


# "elle vit Les Jardins de la Garonne, bât 2": a name with no street word, but a building or a
# flat after it, where someone lives, is a residence all the same.
_CAPITALISED_NAME = re.compile(
    r"(?-i:(?:L[ae]s?\s+|L['’])?[A-ZÀ-Ý][^\W\d_]+(?:[ -](?:(?:de|du|des|la|le|les)\s+|[dl]['’])*[A-ZÀ-Ý][^\W\d_]+){0,4})"
)


def _named_homes(text: str) -> Iterator[tuple[int, int]]:
    for name in _CAPITALISED_NAME.finditer(text):
        details = DETAILS.match(text, name.end())
        if not details or is_place(name.group()) or name.group() in INSTITUTIONS:
            continue
        if name.group().split()[0].lower().rstrip(".") in TITLES:
            continue  # "Mme Oudghiri Samira\nBâtiment D": a person's name on the line above the address
        # "Samia Bouzid, 3 enfants, Les Tilleuls bât 5": a name with its article, then a building, is a residence
        residence = _ARTICLE_LED.match(name.group()) and not any(
            gazetteers.is_institution(word) for word in name.group().split()
        )
        if _lives_there(text, name.start()) or residence:
            # "Bât. Les Mimosas, entrée 3": the building's word before the name goes with it
            word = _BUILDING_WORD_BEFORE.search(text, max(0, name.start() - 12), name.start())
            yield (word.start() if word else name.start()), details.end()


_ARTICLE_LED = re.compile(r"(?:Les|La|Le|L['’])[ \t]*(?-i:[A-ZÀ-Ý])")
_BUILDING_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:b[âa]t(?:iment)?\.?|r[ée]s(?:idence)?\.?|immeuble|imm\.|cit[ée])[ \t]+$", re.IGNORECASE
)


# Corsican names open with their article in capitals: "A Marina" is no "à".
_CORSICAN_ARTICLES = frozenset({"A", "U", "I"})
_CAPITALISED_NEXT = re.compile(r"[ \t]+((?-i:[A-ZÀ-Ý])[\w'’-]{2,})")


_SAYS_NEXT = re.compile(r"[cj][ \t]+(?:est|etait|était|ai|avais|suis)\b", re.IGNORECASE)


def _street_name_end(text: str, position: int, *, numbered: bool) -> int | None:
    """Where the street name that starts at position ends; None when there is no name."""
    end, words, capitalised, last_capital, previous_word = None, 0, False, False, ""
    for token in _TOKEN.finditer(text, position):
        gap = text[position : token.start()]
        # "16 ter rue\nde la Liberté": a line wrapped between a numbered street's word and its name
        wrapped = numbered and not words and end is None and gap.count("\n") == 1
        if ("\n" in gap and not wrapped) or gap.strip() not in {"", "-"}:
            break
        word = token.group()
        if words and _STREET_DETAILS.match(text, token.start()):
            break  # "Résidence du Lac Bât A Appt 12", "rés. les hortensias bat a": the complements start
        if len(word) > 2 and word[1] in "'’" and word[0] in "lLdD":  # "l'Église", "d'Alsace"
            word = word[2:]
        lower = word.lower()
        if (
            not words
            and word in _CORSICAN_ARTICLES
            and (following := _CAPITALISED_NEXT.match(text, token.end()))
            and not is_place(following.group(1))  # "rue A Paris" is "à Paris" in capitals
        ):
            end, capitalised, last_capital = token.end(), True, True  # "résidence A Marina", "U Castellu"
            words += 1
        elif lower in PARTICLES or lower.rstrip("'’") + "'" in PARTICLES:
            # "lieu-dit La Grange aux Loups": "aux" inside the name, "rue Pasteur aux Mureaux" before the commune
            if words and lower in ENDING_PARTICLES and not _joins_name(text, token, lower, previous_word):
                break
        elif lower in ENDING_PARTICLES:
            # "rue des Lilas à Agen": the commune after "à" is not the street; "rue du Moulin à
            # Vent" names no commune after it
            if not (words and _joins_name(text, token, lower, previous_word)):
                break
        elif word.isdigit():
            if len(word) > 4:
                break
            words += 1
            end = token.end()
            # "cité des 4000, bât. 12": a number ending the name names it as a capital would
            # ("hameau de 40 habitants" counts people)
            capitalised |= re.match(r"[ \t]*(?:[,;.)\n]|$)", text[token.end() :]) is not None
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
            if words and _SAYS_NEXT.match(text, token.start()):
                break  # "3 rue de la fonderie c est loin": "c'est" typed without its apostrophe
            if not is_capital and last_capital and not _linking(text, token):
                break  # "34 RUE LOUIS BLÉRIOT apres l'incendie": lower case after a name is the sentence
            if not (words or is_capital or numbered):
                break
            capitalised |= is_capital
            last_capital = is_capital
            words += 1
            end = token.end()
        else:
            break
        position = token.end()
        previous_word = lower
        if words >= MAX_NAME_WORDS:
            break
    if end is None or (not numbered and not capitalised):
        return None
    return end


# A street's name typed in lower case: its particle and one word ("de la gare", "des tanneurs").
_LOWER_STREET_NAME = re.compile(
    r"[ \t]+(?:(?:de[ \t]+la|du|des|de)[ \t]+|(?:de[ \t]+l|d)['’][ \t]*)(?!(?:"
    # (nor a possessive: "à une heure de route de son école")
    r"à|a|au|aux|avec|chez|dans|depuis|pour|par|mais|il|elle|ils|elles|on|nous|vous|et|ou|en|"
    r"son|sa|ses|mon|ma|mes|ton|ta|tes|leur|leurs|notre|nos|votre|vos|ce|cet|cette|ces)\b)"
    r"[a-zà-ÿ][a-zà-ÿ-]+"
)
# One lower-case word after the street, then the house's number, where someone lives: "elle habite rue pasteur
# 12 bis" (not "il dort route nationale", "la voiture garée place faute de mieux").
_LOWER_ONE_WORD_STREET = re.compile(
    rf"[ \t]+(?!{_STREET_STOP_WORDS})(?-i:[a-zà-ÿ]{{3,}})\b(?={_BARE_NUMBER_AFTER.pattern})",
    re.IGNORECASE,
)
# A street named after someone, typed in lower case: "rue jules ferry", "rue pasteur" (not "rue pasteur depuis
# mai": a sentence's word after the street).
_LOWER_PERSON_STREET = re.compile(
    r"[ \t]+(?P<first>(?-i:[a-zà-ÿ]{3,}))(?:[ \t]+"
    rf"(?!{_STREET_STOP_WORDS})(?-i:[a-zà-ÿ]{{3,}})\b|(?=[ \t]+{_STREET_STOP_WORDS}))"
)
_RURAL_ROAD = re.compile(r"[ \t]+(?:rural|communal|vicinal)\b", re.I)
_AT_SOMEONE_S = re.compile(r"\bchez\b[^.;:!?\n]{0,30}$", re.IGNORECASE)


def _lives_at_named(text: str, street: re.Match, named: re.Match) -> bool:
    at_someone_s = _AT_SOMEONE_S.search(text, max(0, street.start() - 40), street.start())
    # (a family name too: "chez sa copine rue joliot curie")
    first = named["first"]
    return bool(first_name_tier(first) or (surname_tier(first) and not is_french_word(first))) and (
        _lives_there(text, street.start()) or bool(at_someone_s)
    )


# "au", "à la", "dans le" right before a dwelling word: a place someone is at or goes to.
_LOCATIVE = re.compile(
    r"(?:\b(?:au|à\s+la|a\s+la|en|dans\s+(?:la|le|un|une)|sur\s+(?:la|le))\s+|\b[àa]\s+l['’]\s*)$", re.I
)
_AT_PLACE = re.compile(r"(?:\bau|\b[àa]\s+la|\b[àa]\s+l['’])\s*$", re.IGNORECASE)
# Lower-case names of dwellings: an article may open them, particles join their words.
_ARTICLES = word_set("la le les l' l’")
_NAME_PARTICLES = word_set("de du des d' d’ la le les l' l’")
MAX_LOWER_CASE_WORDS = 3
# Function words that residences are named with ("Mon Repos", "Le Moulin Neuf").
_NAME_WORDS = word_set("mon neuf")


_ELIDED_PRONOUN = re.compile(r"(?:[cjmnst]|qu)['’]")


def _lower_case_name_end(text: str, position: int) -> tuple[int, bool] | None:
    """Where a lower-case dwelling name starting at position ends, and whether it reads as a name.

    "résidence beauséjour" (no French word) and "hameau la croix-blanche", "résidence les
    marronniers" (an article, then a noun) read as names; "résidence alternée", "la résidence des
    enfants" do not, and are addresses only with a flat, a postcode or a street next to them.
    """
    end, words, article, unknown = None, 0, False, False
    for index, token in enumerate(_TOKEN.finditer(text, position)):
        if text[position : token.start()] not in {" ", "\t"}:
            break
        word = token.group()
        lower = word.lower()
        if not word[0].isalpha() or not word.islower() or _STREET_DETAILS.match(text, token.start()):
            break  # "résidence de kerguen bat a, 1er étage": the complements start
        if lower in _NAME_PARTICLES:
            article |= index == 0 and lower in _ARTICLES
        else:
            if _ELIDED_PRONOUN.match(lower):
                break  # "l'adresse de la section c'est sud.ase…": a clause goes on
            if len(word) > 2 and word[1] in "'’" and word[0] in "ld":  # "l'église"
                word = word[2:]
            if lower in _NAME_WORDS:
                pass  # "domaine mon repos", "le moulin neuf"
            elif lower in STOP_WORDS or lower in TITLES or lower in gazetteers.FUNCTION_WORDS:
                break
            if gazetteers.is_verb_form(word) and not word.endswith(("s", "x")):
                break  # "la résidence les accueille"; a plural is a noun ("les marronniers")
            unknown |= not gazetteers.is_common_word(word)
            words += 1
            end = token.end()
        position = token.end()
        if words >= MAX_LOWER_CASE_WORDS:
            break
    if end is None:
        return None
    return end, unknown or article


# "Le Clos des Vignes", "Les Jardins": a capitalised article is part of the dwelling's name.
_ARTICLE_BEFORE = re.compile(r"(?-i:L[ae]s?|L['’])\s*$")


_ROAD_BRIDGE = re.compile(
    r"[ \t]+(?:de[ \t]+l['’]|du[ \t]+|de[ \t]+la[ \t]+)?(?-i:A|N|D|RN|RD)[ \t]?\d{1,4}\b"
)


def _names_a_town(name: str) -> bool:
    return is_place(re.sub(r"^\s*(?:de la|de l['’]|du|des|de|d['’])\s*", "", name).strip())


def _article_before(text: str, match: re.Match) -> int:
    if (match["dwelling"] or match["numbered"]) and (
        article := _ARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start())
    ):
        return article.start()
    return match.start()


def _joins_name(text: str, token: re.Match, lower: str, previous_word: str) -> bool:
    """ "Moulin à Vent", "Grange aux Loups": "à", "au", "aux" inside a name, not before a commune."""
    following = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[token.end() :])
    return (
        lower in {"à", "a", "au", "aux"}
        and following is not None
        and (following.group(1)[0].isupper() or previous_word == "moulin")  # "moulin a vent"
        and not is_place(following.group(1))
        and not communes.lookup(following.group(1))
        and not gazetteers.is_commune_short_name(following.group(1))  # "à Capesterre" (-Belle-Eau)
        # "4 rue Pasteur aux Mureaux" (Les Mureaux), "au Havre" (Le Havre)
        and not (
            lower in {"au", "aux"}
            and communes.lookup(("Le " if lower == "au" else "Les ") + following.group(1))
        )
    )


def _linking(text: str, token: re.Match) -> bool:
    """A short lower-case word between capitalised ones: "lieu-dit Pen ar Hoat", "rue Jean sans Peur"."""
    if token.group() not in _LINKS_INSIDE_NAMES and (
        len(token.group()) > 3 or token.group().lower() in STOP_WORDS
    ):
        return False
    following = re.match(r"[ \t]+([^\W\d_])", text[token.end() :])
    return following is not None and following.group(1).isupper()


# Linking words inside the names of streets named after a sobriquet or a saying: "rue Jean sans Peur", "rue Vivre
# sans Peur", "impasse Coeur sans Reproche" (checked like the short ones: a capital must follow)
_LINKS_INSIDE_NAMES = frozenset({"sans"})


# "Mme Diallo, rue Voltaire": a street written right after a person's name is that person's home.
# "M. Bonnafoux Pierre, ferme de Lascombes": so is a farm or a mill
# ("c'est Girod, de la ferme du Crêt-Bouvier": the farm one calls from)
_AFTER_NAME = re.compile(
    # (an age may stand between: "M. Rieutort, 88 ans, ferme du Bois Noir")
    rf"(?:\s*,\s*\d{{1,3}}\s*ans)?\s*[,(–-]\s*(?:(?:de[ \t]+la|du)[ \t]+(?=(?:ferme|moulin|bergerie|grange|buron)\b))?"
    rf"(?P<street>(?:{_STREETS}|ferme|moulin|bergerie|grange|buron)\b|{_ABBREVIATIONS})"
    # "la famille Lauret du chemin Ravine Blanche": the family of that street
    # (not "Kimberly du cours d'EPS")
    r"|[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’])[ \t]*"
    r"(?P<home_street>(?:rue|avenue|boulevard|chemin|impasse|all[ée]e|route|sentier|lotissement|r[ée]sidence|quai|square)\b)",
    re.IGNORECASE,
)
# "Mme Diallo, 59100 Roubaix", "Mme Diallo\n13400 Aubagne" (a letter heading): so is a postcode.
_AFTER_NAME_GAP = re.compile(r"[ \t]*[,(–-]?[ \t]*(?:\n[ \t]*)?")


# "M. Bouvier (Les Granges Basses)", "Mazet – La Chapelotte", "Bouchet (sans sel) – Le Bourg": a hamlet's name
# right after a person's, in a round's list or a nurses' handover, where the person lives (not a commune: "Mme Roux
# (Le Mans)" says where she is from; nor an institution: "(La Poste)")
_HAMLET_AFTER_NAME = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:\([ \t]*|[–—-][ \t]+)"
    # ("M. et Mme Rigaudière (La Grange aux Loups, 1,5 km après l'église)": small words may join its words)
    r"(?P<place>(?-i:L[ae]s?[ \t]+|L['’][ \t]?)(?-i:[A-ZÀ-Ý])[\w'’-]+"
    rf"{_MORE_NAME_WORDS})"
    r"(?=[ \t]*(?:\)|,|;|\n|$))"
    # "Mme Guéguen à Kervoalic (chien pas commode…)", "M. et Mme Castan a Puech-Redon,": at a place no list knows,
    # in a round's list
    r"|[ \t]+(?:à|a|au)[ \t]+(?P<unknown>(?-i:[A-ZÀ-Ý])[a-zà-ÿ'’]{3,}(?:-(?-i:[A-ZÀ-Ý])?[a-zà-ÿ'’]+)*)"
    r"(?=[ \t]*(?:\(|,|;|\n|$)|[ \t]+puis\b)"  # ("chez mme riou a Kerandraon puis chez Tanguy")
    # "madame Carrié aux Granges de Bor,": at a hamlet named by its head word
    rf"|[ \t]+(?:à|a|au|aux)[ \t]+(?P<headed>(?-i:{_HAMLET_HEADS})(?:-(?-i:[A-ZÀ-Ý])[a-zà-ÿ'’]+)*"
    r"(?:[ \t]+(?:(?:de|du|des)[ \t]+|d['’])?(?-i:[A-ZÀ-Ý])[\w'’-]+)?)(?=[ \t]*(?:\(|,|;|\n|$))"
)


# "Kévin (ch. 12)": a room of the home he is in, no street
_ROOM = re.compile(r"ch\.?[ \t]*\d", re.IGNORECASE)


def after_names(text: str, names: Iterable[Span]) -> Iterator[Span]:
    """Streets without a number, and postcodes with their commune, written right after a person's
    name, as in a form, a list or a letter heading."""
    for name in names:
        if match := _AFTER_NAME.match(text, name.end):
            street = "street" if match["street"] else "home_street"
            end = _street_name_end(text, match.end(), numbered=False)
            if end is not None and not _ROOM.match(text, match.start(street)):
                start = match.start(street)
                if details := DETAILS.match(text, end):
                    end = details.end()
                end = _postal_end(text, end) or end
                yield Span(start, end, Label.ADDRESS, "rule:address-after-name")
                continue
        start = _AFTER_NAME_GAP.match(text, name.end).end()
        if (end := _postal_here(text, start, strict=True)) is not None:
            yield Span(start, end, Label.ADDRESS, "rule:address-after-name")
        elif (hamlet := _HAMLET_AFTER_NAME.match(text, name.end)) and (
            _is_unknown_place(hamlet["unknown"])
            if hamlet["unknown"]
            else _is_hamlet(hamlet["place"] or hamlet["headed"])
        ):
            group = next(group for group in ("place", "unknown", "headed") if hamlet[group])
            yield Span(*hamlet.span(group), Label.ADDRESS, "rule:hamlet-after-name")


def _is_unknown_place(word: str) -> bool:
    """A word no list knows: no commune, place, name, institution or dictionary word ("Kervoalic")."""
    return not (
        not _is_hamlet(word)
        or gazetteers.is_common_word(word.lower())
        or gazetteers.first_name_tier(word)
        or gazetteers.surname_tier(word)
        or gazetteers.is_commune_short_name(word)
    )


def _is_hamlet(place: str) -> bool:
    words = place.replace("’", "'").replace("L'", "").split()
    return not (
        is_place(place)
        or gazetteers.is_region(place)
        or any(
            word in gazetteers.INSTITUTION_WORDS or word.lower() in gazetteers.FAMOUS_WORDS for word in words
        )
    )


# An address said again by its number alone: "au 8 rue des Carriers (…) ; au 8, les moisissures sont revenues",
# "le voisin du 25"; not "au 8 janvier", "du 8 au 12", "au 8 %" (nor "le 18": a date, the fire brigade).
_HOUSE_NUMBER = re.compile(r"(?P<number>\d{1,4})(?:[ \t]*(?:bis|ter)\b)?(?=[ \t,]+\D)", re.IGNORECASE)
_NUMBER_AGAIN_BEFORE = re.compile(r"\b(?:au|du|au[ \t]+n[°º]|du[ \t]+n[°º])[ \t]+$", re.IGNORECASE)
_MONTHS_AND_DAYS = "|".join(sorted(gazetteers.CALENDAR, key=len, reverse=True))
_NUMBER_AGAIN_AFTER = re.compile(
    rf"(?:[ \t]*(?:bis|ter)\b)?(?![\w°]|[.,/:h]\d|[ \t]*(?:(?:{_MONTHS_AND_DAYS})\b|ans?\b|mois\b|jours?\b|"
    r"h\b|heures?\b|min|%|€|euros?\b|fois\b|[-–/][ \t]*\d|(?:au|à|et|ou)[ \t]+\d))",
    re.IGNORECASE,
)


def numbers_again(text: str, found: Iterable[Span]) -> Iterator[Span]:
    """The house number of an address found, written again alone after "au" or "du"."""
    numbers = set()
    for span in found:
        if span.label == Label.ADDRESS and (match := _HOUSE_NUMBER.match(text, span.start, span.end)):
            numbers.add(match["number"])
    for number in numbers:
        start = text.find(number)
        while start != -1:
            end = start + len(number)
            if (
                (start == 0 or not text[start - 1].isdigit())
                and _NUMBER_AGAIN_BEFORE.search(text, max(0, start - 12), start)
                and (after := _NUMBER_AGAIN_AFTER.match(text, end))
            ):
                yield Span(start, after.end(), Label.ADDRESS, "rule:address-number-again")
            start = text.find(number, end)
