"""Dates of birth: a date announced by "né(e) le", "DDN", "date de naissance", or put right after
a person's name in a form ("Lorenzo, 17.08.2010").

Ordinary dates (of a meeting, a month, a year) stay: only the date is masked, never the marker
("née le [date de naissance]"), and what is "born" must be a person ("la PMI est née en 1945").
"""

import itertools
import re
from collections.abc import Iterable, Iterator
from datetime import date

from concertons.redaction.gazetteers import NUMBER_WORDS, STORMS, is_institution, is_place
from concertons.redaction.spans import Label, Span

# (and as families write them by ear: "fevrié", "févrie", "janvié", "juiet", "otobre")
MONTHS = (
    r"(?:janv(?:ier|i[ée]|\.)?|f[ée]v(?:rier|ri[ée]r?|r?\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|jui[ey]t|ao[uû]t|"
    r"sept(?:embre|\.)?|oct(?:obre|\.)?|o[ck]?tobre|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?)"
)
DAY = r"(?:1er|1re|[0-3]?\d)"
# Days written in words, as some reports do ("né le premier mars", "le dix-sept mars 2011").
_DAY_IN_WORDS = (
    r"(?:premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf|vingt(?:-et-un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf| et un)?|"
    r"trente(?:-et-un| et un)?)"
)
_YEAR = r"(?:19|20)\d\d"
# Years in words, as a copied certificate writes them ("deux mille neuf", "mil neuf cent cinquante-trois").
# Dictated, a year is said in hundreds ("dix-neuf cent quarante").
# ("et" only inside a number: "deux mille vingt et un", not "deux mille seize et le trente…")
_YEAR_IN_WORDS = rf"(?:deux[- ]mille|mil(?:le)?[- ]neuf[- ]cents?|dix[- ]neuf[- ]cents?)(?:[- ](?:et(?=[- ](?:un|onze)\b)|{NUMBER_WORDS})){{0,4}}"
# A year dictated by its last two figures ("née le vingt juin quatre-vingt-cinq", "né en soixante-sept").
_YEAR_SAID = (
    rf"(?:vingt|trente|quarante|cinquante|soixante|quatre[- ]vingts?)(?:[- ](?:et|{NUMBER_WORDS})){{0,3}}"
)
_MONTH_IN_WORDS = r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# Months of the Hijri and of the Persian calendars, as interpreters transliterate them from birth certificates
# ("15 Chaabane 1428", "10 Khordad 1387"), and their years (13xx, 14xx).
_OTHER_CALENDARS_MONTHS = (
    r"(?:mou?harram|safar|rabi[aâ]?\s?(?:al[- ])?(?:awal|aouel|thani|tani|akhir)|jou?mada\s?(?:al[- ])?(?:oula|ula|akhira|thania)|"
    r"ra[dj]{1,2}ab|cha[aâ]{1,2}bane?|sha['’]?bane?|ramadh?an|chaw{1,2}al|shaw{1,2}al|dh?ou?\s?al[- ]qi['’]?da|"
    r"dh?ou?\s?al[- ]hij{1,2}a|farvardin|ordibehesht|khordad|tir|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand)"
)
_OTHER_CALENDARS_YEAR = r"1[34]\d\d"
# A full date: day, month and year.
FULL_DATE = (
    rf"(?:{DAY}\s*[/.\-]\s*(?:1[0-2]|0?\d)\s*[/.\-]\s*(?:{_YEAR}|\d\d)(?![\d/])"  # 03/03/2015, 3-3-15 (not "12-13/10")
    rf"|(?:{_WEEKDAY}\s+)?{DAY}\s+{MONTHS}\s+(?:{_YEAR}|\d\d(?!\d))"  # (mardi) 3 mars 2015, 3 mars 15
    rf"|{_YEAR}-[01]\d-[0-3]\d(?!\d)"  # 2015-03-03 (not "ticket 2024-06-0412")
    rf"|{_YEAR}[./][01]\d[./][0-3]\d(?![\d./])"  # 2010.03.21, as a passport prints it
    # "3.III.2018": the month in Roman figures, as Georgian, Polish or Russian papers write it
    rf"|{DAY}\s*[./\-]\s*(?-i:XI{{0,2}}|IX|IV|VI{{0,3}}|V|I{{1,3}})\s*[./\-]\s*{_YEAR}(?![\d/])"
    # a birth certificate's date in the Persian or the Hijri calendar: "1387/03/10", "15 Chaabane 1428"
    rf"|{_OTHER_CALENDARS_YEAR}/[01]\d/[0-3]\d(?![\d/])|{DAY}\s+{_OTHER_CALENDARS_MONTHS}\s+{_OTHER_CALENDARS_YEAR}(?!\d)"
    rf"|{_DAY_IN_WORDS}\s+{MONTHS}\s+(?:{_YEAR}|{_YEAR_IN_WORDS})(?!\w))"  # vingt et un juin deux mille neuf
)
DATE = (
    rf"(?:{FULL_DATE}"
    rf"|{DAY}\s[01]\d\s(?:{_YEAR}|\d\d)(?![\d/])"  # 12 04 2010: spaces, after a birth marker only
    # "le 22 du 8 2014", "le 12 du 7 quatre-vingt-quatre", said aloud, after a birth marker
    rf"|{DAY}\s+du\s+[01]?\d\s+(?:{_YEAR}|\d\d(?![\d/])|(?:{_YEAR_SAID})(?!\w))"
    rf"|{_DAY_IN_WORDS}\s+{MONTHS}\s+(?:{_YEAR_SAID})(?!\w)"  # vingt juin quatre-vingt-cinq, after a birth marker
    rf"|{_DAY_IN_WORDS}\s+(?:du\s+)?{_MONTH_IN_WORDS}\s+{_YEAR_IN_WORDS}(?!\w)"  # trois (du) trois deux mille dix-neuf
    rf"|{_DAY_IN_WORDS}\s+{MONTHS}(?:\s+{_YEAR})?"  # premier mars 2016
    rf"|{MONTHS}\s+{_YEAR}"  # mars 2015
    rf"|{MONTHS}\s+(?:{_YEAR_IN_WORDS}|{_YEAR_SAID})(?!\w)"  # juillet quatre-vingt-onze, after a birth marker
    rf"|{MONTHS}\s+\d\d(?![\d/])"  # février 75, after a birth marker only
    rf"|{DAY}\s+{MONTHS}(?!\s*\d)"  # 3 mars (year elsewhere or unknown)
    rf"|{DAY}(?=\s+et\s+(?:le\s+)?{DAY}\s+{MONTHS})"  # le 7 (et le 8 mars): twins
    rf"|{DAY}\s*/\s*[01]?\d(?![\d/])"  # 03/04 (year elsewhere or unknown)
    rf"|[01]?\d[/.-]{_YEAR}(?![\d/])"  # "° 03/1987", "DDN 03-1999": month and year
    r"|[01]?\d/[2-9]\d(?![\d/])"  # "DDN 06/62": month and year of two figures (no month is 20 or more)
    rf"|{_YEAR}-{_YEAR}(?![\d/])"  # "né vers 1983-1984", after a birth marker
    rf"|{_YEAR}"  # 2015
    r"|(?<=\ben )\d\d(?![\d/:]|\.\d|\s*h\b)"  # "née en 09"
    rf"|(?<=\ben )(?:{_YEAR_IN_WORDS}|{_YEAR_SAID})(?!\w)"  # "né en soixante-sept", "née en deux mille neuf"
    rf"|{MONTHS}(?!\w))(?![\d/])"  # décembre
)
# "née le", "né(e) en", "nés les", "née à Agen le", "DDN :", "DN :", "date de naissance : le".
MARKER = (
    r"(?:\bn[ée]{1,2}(?:\(e\)|·e|\.e|-e)?s?(?:\s+(?:à|a)\s+[^\s,.;:]+(?:[ -][^\s,.;:]+){0,5}?"
    # "né au Portugal en février 1965", "née en Algérie le 3 mars 1980", "né au maroc en mai 1974": a country
    rf"|\s+(?:au|aux|en)\s+(?!{MONTHS}\b)(?-i:[A-ZÀ-Ý])[^\s\d,.;:]+(?:[ -][^\s\d,.;:]+){{0,2}}?"
    rf"|\s+(?:au|aux|en)\s+(?!{MONTHS}\b)(?-i:[a-zà-ÿ]+)(?=\s+(?:en|le)\s))?"  # (in lower case, one word: "au maroc")
    r"(?:\s+[^\W\d]+ment|\s+tou(?:s|tes)\s+(?:les\s+)?(?:deux|trois)"  # "née prématurément le", "nés tous deux en"
    r"|\s+(?:ce|cette|hier)\s+(?:matin|soir|nuit|apr[èe]s-midi))?"  # "bb Ayden né ce matin le 7/12"
    r"\s+(?:[«“\"]\s*)?"  # 'se dit né "en 2009"': what the person says, quoted
    # "née un 4 mai"; not "né un 1er janvier", the date given by default to whoever has no birth certificate
    r"(?:le|les|en|un(?!\s+1er\s+janvier)|au cours de|au mois de|dans le courant de|vers|courant|dans|début|fin|mi-)?\s*(?::\s*)?"  # "NE(E) LE : 03/02/2011" in a form
    r"(?:l'ann[ée]e\s+)?"
    # "DDN de monsieur : 1976"
    r"|\bD\.?D\.?N\b\.?\s*(?:d[eu]\s+(?:monsieur|madame|mme|m\.|mr|l['’]enfant|la\s+m[èe]re|p[èe]re"
    r"|(?:la\s+|le\s+)?(?:petite?|gamine?|fille|fils|b[ée]b[ée]|jeune))\s*)?"  # "ddn de la petite : 03/2019"
    r"(?:not[ée]e|indiqu[ée]e|inscrite)?\s*(?:[«\"“]\s*)?"  # 'DDN notée « 06/62 »'
    r"(?:(?:ok|v[ée]rifi[ée]e|corrig[ée]e|confirm[ée]e)\s*)?"  # "ddn ok : 11 03 2006"
    # "sa ddn c le 14 juillet", "ddn c'est le 3 mars"
    r"[:.]?\s*(?:(?:c['’]est|c|est)\s+le\s+)?(?:du\s+)?|(?-i:\bD\.?N\b)\.?\s*:?\s*(?:du\s+)?"  # "DN du 09/12/1941"
    # "date naiss.", "date naissance", "date_naissance=2011-09-23" in a program's export
    r"|\bdate[\s_]+(?:de[\s_]+)?naiss?(?:ance\b|\.|\b)"
    r"(?:\s+(?:d[ée]clar[ée]e|pr[ée]sum[ée]e|suppos[ée]e|retenue|officielle|approximative))?"  # "Date de naissance déclarée : 2007"
    r"\s*[:.=]?\s*(?:(?:c['’]est|c|est)\s+)?(?:le\s+)?"  # "ma date de naissance c'est le 12 du 7…", dictated
    # "a accouché le", "a accouché de Lina le", "a eu son bébé le", "naît le", "aura 3 ans le"; not "elle accouche
    # en août", a due date
    r"|\b(?:(?:a|avait)\s+accouch[ée]e?|accouch(?:é|ée|ee))(?:\s+(?:de|d['’])\s*[^\s,.;:]+(?:\s+[^\s,.;:]+)?)?\s+(?:le|en)\s+"
    r"|\b(?:eu|mis\s+au\s+monde)\s+(?:son|sa|ses|un|une|des|leur)\s+(?:[^\W\d]+\s+)?"
    r"(?:b[ée]b[ée]|enfant|fils|fille|gar[çc]on|jumeaux|jumelles)s?\s+(?:le|en)\s+"
    r"|\b(?:na[iî]t|naquit|naquirent|na[iî]tra)\s+(?:le|en)\s+"
    r"|\b(?:f[êe]t\w*|aura|a\s+eu|aura\s+eu)\s+(?:ses|son|leurs?)?\s*\d{1,3}\s+ans?\s+le\s+"
    r"|\b(?:\d{1,3}\s+ans|majeure?)\s+depuis\s+le\s+"  # "18 ans depuis le 9 mars": a birthday
    r"|\bvenue?s?\s+au\s+monde\s+(?:le|en)\s+"
    r"|🎂\s*:?\s*"  # a profile's birthday: "dans sa bio ya marqué 🎂 2001"
    # "elle est de 1934", "ma sœur Paulette qui est de 1929": her year of birth
    r"|\b(?:elle|il|qui)\s+est\s+de\s+(?=(?:19|20)\d\d\b)"
    r"|\banniversaire\s*(?:[:,]\s*)?(?:le|est le|c'est le)?\s*"
    r"|\bn[ée]{1,2}\s*[:]\s*|\bnaissance\s*[:]\s*|\bnaissance\s+(?:le|en|du|au)\s+|\bné(?:e)? le\s*"
    # a chat's question, answered on the next line: "ddn de la gamine ?\n> 14.08.2017 je crois" (not the next
    # message's date and time: "…naissance de Shaïna ?\n12/05/2025, 09:23 - …")
    r"|\b(?:D\.?D\.?N|date\s+de\s+naissance)\b[^?\n]{0,40}\?[ \t]*\n[ \t]*>?[ \t]*(?![^\s,]+,?[ \t]+\d{1,2}[:h]\d{2})"
    r"|(?<![^\s(])°\s*)"  # "(°23/11/2016)": the genealogists' sign for a birth
)
# (the markers' first characters, tried before them: at the other positions of a text, trying every marker costs)
DATE_OF_BIRTH = re.compile(rf"(?=[ndaemfviq\d°🎂]){MARKER}(?P<date>{DATE})", re.IGNORECASE)
# Further dates of one announcement: "nés le 3 mars 2015 et le 4 juin 2017", "DDN : 12/04/2009
# (Lina) ; 03/05/2012 (Enzo)". Only full dates, so that "née le 3 mars, et en 2019…" stays, and
# "le" only after "et": in "née le 3 mars 2015, le 12/05/2022 elle est placée", the second is not.
_NEXT_DATE = re.compile(
    rf"(?:\s*\([^()\n]{{1,30}}\))?\s*(?:[,;/&]\s*|\bet\s+(?:le\s+|les\s+)?)(?P<date>{FULL_DATE})",
    re.IGNORECASE,
)
# "né le 3 septembre 2007, son frère en 2010": a sibling's birth said in the same breath
_SIBLING_NEXT = re.compile(
    r"\s*[,;]\s*(?:et\s+)?(?:son|sa|leur)\s+(?:petite?\s+|grande?\s+)?"
    r"(?:fr[èe]re|s(?:œ|oe)ur|cadet(?:te)?|a[îi]n[ée]e?|jumeau|jumelle|fils|fille|b[ée]b[ée])\s+"
    rf"(?:en\s+|le\s+)?(?P<date>{FULL_DATE}|(?:19|20)\d\d)(?![\d/])",
    re.IGNORECASE,
)
# "nés en 2019 et 2023", "nées en 2011, 2013 et 2016": bare years after a plural birth marker's year.
_PLURAL_BIRTH_YEAR = re.compile(r"\bn[ée]{1,2}(?:\(e\))?s\s+en\s+(?:19|20)\d\d$", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\s*(?:,\s*|\bet\s+(?:en\s+)?)(?P<date>(?:19|20)\d\d)(?![\d/])", re.IGNORECASE)
# "date de naissance de l'enfant selon l'acte : 02/01/2010", "l'acte de naissance indiquait 12/06/2008".
_BIRTH_WORD_THEN_DATE = re.compile(
    rf"\b(?:naissance|DDN|né|née|nés|nées)\b[^.;!?\n¤]{{0,50}}?[\s:,]\s*(?P<date>{FULL_DATE})", re.IGNORECASE
)
# "le 3 mars 2015, jour de sa naissance", "03/03/2015 (date de naissance)": the date comes first.
_BIRTH_WORD_AFTER_DATE = re.compile(r"\b(?:naissance|naquit|est n[ée]e?|sont n[ée]e?s)\b", re.IGNORECASE)
_DATE_THEN_BIRTH_WORD = re.compile(
    rf"(?P<date>{FULL_DATE})[^.;!?\n¤]{{0,25}}?{_BIRTH_WORD_AFTER_DATE.pattern}", re.IGNORECASE
)
# Right after a name, in a form or a report: "Pauline Renard, 15/05/1995", "CHERIF Yasmine – 12/02/1991".
_FAMILY_PLACE = (
    r"(?:fils|fille|enfant|m[èe]re|p[èe]re|fr[èe]re|s(?:œ|oe)ur|demi-fr[èe]re|demi-s(?:œ|oe)ur|petit-fils|"
    r"petite-fille|neveu|ni[èe]ce|conjointe?|concubine?|compagnon|compagne|[ée]poux|[ée]pouse)"
)
_AFTER_NAME = re.compile(
    # "MARTIN Jade | 17/09/2014", "Inès dite « Nenesse » (03/09/2015)"
    rf"(?:[ \t]*[»\"”])?\s*(?:[,–—(|;\t-]\s*|\s)(?:n[ée]e?\s+le\s+)?(?P<date>{FULL_DATE})"
    # "- Lucía, fille, 09/09/2015": a family's composition, the place in the family between
    rf"|[ \t]*,[ \t]*{_FAMILY_PLACE}[ \t]*,[ \t]*(?P<placed_date>{FULL_DATE})"
    # "La mineure Océane Técher (2009)", "Ilyes (04/2014)", "Ilyès (mars 2009)"
    rf"|\s*\((?P<year>(?:[01]?\d/|{MONTHS}\s+)?{_YEAR})\)"
    # "Mme Suzanne Delcroix, 1935, vit seule", "(Mme BELLEROSE Lucie, 1936)", "Mère : Jessica Vanhove, 1996" at a
    # line's end, "EL MANSOURI\tHassan\t1979\tConjoint": a bare year set apart after the name
    # (or the month and the year, ending a list's item or before another detail: "Enfants : Aïssatou, 03/2012 ; Ousmane,
    # …", "Mme Kerbrat, 12/1949, NIR …"; not "Le jeune Kevin, 11/2019, a été reçu")
    rf"|(?:[ \t]*,[ \t]*|\t)(?P<apposed_year>{_YEAR}(?=[ \t]*(?:[,.;)\t–—]|[ \t]-[ \t]|\n|$))|(?:0?[1-9]|1[0-2])/{_YEAR}(?=[ \t]*(?:[;)]|\n|$|,[ \t]*(?:NIR|n°|t[ée]l|DDN|domicil|adresse)\b)))",
    re.IGNORECASE,
)
# Children listed with their birth years: "2 enfants (Exaucé, 2018 ; Merveille, 2021)", "1 enfant (Exaucé, 2018)",
# "Enfant rattaché : Maksym, 2014", "fratrie : Enzo 2009 / Lola 2011"; not one name and a year in brackets
# elsewhere ("réunion (Karine, 2021)").
# ("enfants : Ibrahim 2011, Fatim 2016": the list goes on after a comma)
_CHILDREN_LISTED = re.compile(
    r"\benfants?(?:[ \t]*\(|\b[^\n:()]{0,25}:)[ \t]*$|[;/][ \t]*$|\benfants?[ \t]*:[^\n:()/;]{1,30},[ \t]*$",
    re.IGNORECASE,
)
_FIRST_LISTED = re.compile(r"\([ \t]*$")
# A list's item, and an item of the same list with a name and a full date: who is in a family, and born when
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-•*][^\n]{0,40}$")
_DATED_ITEM = re.compile(rf"(?:^|\n)[ \t]*[-•*][ \t]*[A-ZÀ-Ý][^\n,]{{0,60}},[ \t]*{FULL_DATE}")
_LISTED_YEAR = re.compile(rf"[ \t]*,?[ \t]+(?P<year>{_YEAR})[ \t]*(?P<end>[;)/(.,]|\n|$)")
# A maiden name, then the year: "son épouse Lina, née Moretti en 1938".
_MAIDEN_BEFORE = re.compile(r"\bn[ée]e?[ \t]+$", re.IGNORECASE)
# "née Moretti en 1938", "née Dumortier en mars 1935"
_YEAR_AFTER_MAIDEN_NAME = re.compile(rf"[ \t]+en[ \t]+(?P<year>(?:{MONTHS}[ \t]+)?{_YEAR})\b", re.IGNORECASE)
# In a text that speaks of births, a month and year after a name too: "- Fedna, 11/2019", "- Awa, mai 2015".
# (the month in words ends the line: "Réunion avec Karine, mai 2015." dates a meeting)
_MONTH_AFTER_NAME = re.compile(
    rf"\s*(?:[,–—(-]\s*|(?=\d))(?P<date>[01]?\d/{_YEAR}(?![\d/])|{MONTHS}\s+{_YEAR}(?=[ \t]*(?:\n|$|;)))",
    re.IGNORECASE,
)
_BIRTH_TOPIC = re.compile(r"\b(?:dates?\s+de\s+naissance|DDN|n[ée]e?s?\s+le)\b", re.IGNORECASE)
_NEAR_NAME = re.compile(rf"(?:\s+[^\s\d.;:!?]+){{1,4}}?\s+(?P<date>{FULL_DATE})", re.IGNORECASE)
# What is born, or has birthdays, and is not a person: "la PMI est née en 1945", "l'aemo est née
# en 1958", "le service d'accompagnement à domicile est né le 1er janvier 2019 de la fusion…". The
# thing heads its noun phrase (a determiner before it); what follows it up to the verb completes
# it, and names no person ("le fils de l'éducatrice du foyer est né le…" is a birth).
_THING = (
    # "le contrat d'engagement jeune est né le 1er mars 2022" (a scheme for young people, none of them)
    r"(?:contrat[ \t]+d['’][ \t]?engagement[ \t]+jeunes?|garantie[ \t]+jeunes?|pmi|ase|aemo|aed|caf|cnaf|cpam|msa|urssaf|ddass|dass|drass|ddcs|ddets|"  # "La DDASS était née en 1964"
    r"rsa|rmi|apa|pch|mdph|ccas|cias|cmpp|cmp|samu|crip|pjj|odpe|chrs|ccn|s[ée]cu|"
    r"sessad|ime|itep|mecs|ehpad|esat|mas|savs|samsah|ssiad|saad|udaf|gem|camsp|siao|fsl|dalo|hlm|mds|cms|mdsi|"
    r"loi|dispositif|service|association|"
    r"institution|id[ée]e|projet|mouvement|collectif|structure|r[ée]forme|mesure|s[ée]curit[ée] sociale|revenu|"
    r"fonds|plan|programme|prime|aide|droit|code|texte|contrat|"
    r"protection|permanence|centre|cr[èe]che|foyer|maison|antenne|[ée]quipe|syndicat|section|f[ée]d[ée]ration|"
    r"r[ée]seau|plateforme|commission|conseil|minist[èe]re|ordonnance|d[ée]cret|circulaire|convention|"
    r"accord|[ée]tablissement|p[ôo]le|groupe|atelier|journal|site|logiciel|r[ée]gime|allocation|prestation|"
    r"statut|m[ée]tier|dipl[ôo]me|cellule|instance|observatoire|comit[ée]|profession|[ée]cole|h[ôo]pital|clinique|mairie|d[ée]partement|r[ée]gion|"
    r"ville|commune|quartier|cit[ée]|r[ée]sidence|[ée]glise|entreprise|soci[ée]t[ée]|"
    # places that open and close: "Né le 1er janvier 2019, l'accueil de jour a fermé…"
    r"accueil|lieu|local|espace|halte|relais|point|bureau|guichet|unit[ée]|cada|huda|chu|[ée]picerie|"
    r"restaurant|boutique|jardin|club|chantier|campagne|num[ée]ro|ligne|"
    # "La Métropole Aix-Marseille-Provence est née le 1er janvier 2016"
    r"m[ée]tropole|agglom[ée]ration|agglo|communaut[ée]|intercommunalit[ée]|epci|collectivit[ée]|agence|caisse|"
    r"office|fondation|mutuelle|r[ée]publique|"
    r"[a-zà-ÿ]+(?:tion|ment))"  # "la départementalisation est née en 1946", "le gouvernement"
)
_BIRTH_OF_A_THING = re.compile(
    rf"naissance\s+(?:du|de\s+la|de\s+l['’]|des|d['’]une?)\s*{_THING}s?\b", re.IGNORECASE
)
_NOT_A_THING = re.compile(
    r"\b(?:fils|filles?|enfants?|b[ée]b[ée]s?|m[èe]re|p[èe]re|s(?:œ|oe)ur|fr[èe]re|petite?s?|jumea?u(?:x|lles?)|"
    r"cadet(?:te)?|a[îi]n[ée]e?|neveu|ni[èe]ce|cousine?|gar[çc]on|mineure?s?|jeunes?|usag[èe]re?s?|"
    r"b[ée]n[ée]ficiaire|madame|monsieur|mme|m\.|mlle|dr|"
    # "la CPAM écrit « Assuré né le 1er mars 89 »": people as files name them
    r"assur[ée]e?s?|allocataires?|patiente?s?|r[ée]sidente?s?|locataires?|salari[ée]e?s?|[ée]l[èe]ves?|"
    r"demandeu(?:r|se)s?|requ[ée]rante?s?|int[ée]ress[ée]e?s?|d[ée]tenue?s?|victimes?)\b",
    re.IGNORECASE,
)


def _names_people(complement: str) -> bool:
    """ "le fils de l'éducatrice du foyer": people in what completes the thing; not "le Point Accueil Écoute Jeunes",
    their word capitalised in its name."""
    return any(
        word.group()[0].islower() or not _CAPITALISED_BEFORE.search(complement, 0, word.start())
        for word in _NOT_A_THING.finditer(complement)
    )


# a capitalised word right before it: "Écoute Jeunes", a name's words (not "« Assuré né le…", a quote's first)
_CAPITALISED_BEFORE = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’-]*[ \t]+$")

_THING_BORN = re.compile(
    # The clause starts with the thing (after a linking word at most).
    r"(?:^|[.;:!?,\n(])\s*(?:(?:et|mais|car|donc|or|puis|alors|aussi|ainsi)\s+)?"
    r"(?:l[ea]|l['’]|les|ce|cet|cette|ces|notre|votre|leur|nos|vos|leurs|son|sa|ses|un|une|mon|ma|mes)"
    # "le 101e département est né le 31 mars 2011", "mon premier foyer, lui, est né en 1968"
    r"(?:\s*\d{1,3}(?:e|er|[èe]me)\b|\s+(?:premi[eè]re?|ancienne?|nouvel(?:le)?|nouveau|vieux|vieille))?"
    # no number in the complement: "dossier n° 2023-ASE-0456 née le" is a person's file
    # (a bracket may spell an acronym out: "le dispositif FLORE (Formation, Logement…) est né en 2020")
    # "la CCN 51 est née en 1951": a collective agreement named by its number
    # (a year may complete it: "l'ordonnance de 1945 est née un 2 février")
    rf"\s*{_THING}s?\b(?:\s+\d{{2}}\b)?(?P<complement>(?:[^.;:!?\n\d)]|\([^()\n\d]{{0,80}}\)|\b(?:de|du)\s+(?:19|20)\d\d\b){{0,60}}?)"
    # "est née en 1945"; "a fêté ses 20 ans le 2 janvier", "fête ses 10 ans le 5 juin"
    r"\s*(?:est\s+|était\s+|fut\s+|a\s+été\s+|serait\s+|sont\s+|a\s+|va\s+)?$",
    re.IGNORECASE,
)


# "il a remplacé le RMI né en 1988", "la première grève de la PMI depuis sa naissance en 1945"
_THING_JUST_BEFORE = re.compile(
    rf"\b(?:l['’]\s*|(?:l[ea]|les|ce|cet|cette|ces)\s+)(?:{_THING})s?\s+"
    r"(?:(?:depuis|d[èe]s|avant|apr[èe]s)\s+(?:sa|son)\s+)?$"
    # an acronym, set apart: "au RSA, né le 1er juin 2009", "du RMI (né en 1988)" (not "tout le quartier, née en")
    rf"|\b(?:l[ea]|les|au|aux|du|des)\s+(?=(?-i:[A-Z]{{2,6}})\b)(?:{_THING})\s*[,(]\s*$"
    # any acronym right before, with its article: "remplaçait la PSD née en 1997"
    # ("la CIDE est née le 20 novembre 1989")
    r"|\b(?:l[ea]|les|au|aux|du|des)\s+(?-i:[A-Z]{2,6})\s+(?:(?:est|était|a\s+été)\s+)?$"
    # the employment agency: "France Travail, né le 1er janvier 2024"
    r"|\b(?:France\s+Travail|P[ôo]le\s+emploi)\s*[,(]?\s*$",
    re.IGNORECASE,
)
# "les enfants nés en 2020", "des jeunes nés après 2005": a generation, not a child (no comma: "les enfants, nés en
# 2015 et 2017, sont placés" are some)
_COHORT_BEFORE = re.compile(
    r"(?:^|[.;:!?\n]|\b(?:donc|cette[ \t]+ann[ée]e|sur|concernent|pour|et))[ \t]*(?:(?:tous|toutes)[ \t]+)?(?:les|des)[ \t]+"
    r"(?:enfants|jeunes|b[ée]b[ée]s|personnes|gens|mineurs|[ée]l[èe]ves|filles|gar[çc]ons|salari[ée]e?s|femmes|hommes)[ \t]+$",
    re.IGNORECASE,
)
# Births within a range: "nés depuis le…", "nés entre… et…" (not "née avant terme", a premature baby)
_RANGE = re.compile(
    r"\b(?:depuis|avant(?![ \t]+terme)|apr[èe]s|[àa][ \t]+partir|entre|jusqu)\b", re.IGNORECASE
)
_SIBLING_BEFORE = re.compile(
    r"\b(?:son|sa|leur|ses)[ \t]+(?:petite?[ \t]+|grande?[ \t]+)?(?:fr[èe]re|s(?:œ|oe)ur|demi-fr[èe]re|demi-s(?:œ|oe)ur)s?[ \t]+$",
    re.IGNORECASE,
)
_BORN_WITHIN = re.compile(
    r"\bn[ée]e?s[ \t]+(?:avant|apr[èe]s|depuis|entre|jusqu['’]au|à[ \t]+partir[ \t]+du)[ \t]+(?:le[ \t]+)?$",
    re.IGNORECASE,
)
# "nés en 2015 et 2017", "nés le 3 mars 2015, le 4 juin 2017": some children, their birthdays
_MORE_DATES = re.compile(r"[ \t]*(?:et|,|/|&)[ \t]*(?:le[ \t]+|en[ \t]+)?\d")
# "Né en 1958, le service d'AEMO a…": the thing named after the date, in apposition (a few words may
# come between: "Née le 1er janvier 2019 dans la douleur, la plateforme…"; a quote may open on it: "notre
# « pôle ressources »").
_AGE_OF_A_THING = re.compile(
    r"[^.;!?\n]{0,40}\bans[ \t]+d['’](?:histoire|existence|activit[ée])\b", re.IGNORECASE
)
_THING_AFTER = re.compile(
    rf"(?:\s+[^\W\d][^,.;:!?\n\d]{{0,30}})?\s*,\s*(?:l[ea]|l['’]|les|ce|cet|cette|ces|notre|votre|leur|nos|vos|leurs|son|sa|ses)\s*(?:[«\"“]\s*)?{_THING}s?\b",
    re.IGNORECASE,
)

# "Né le 1er janvier 2006 de la loi…", "née en 2019 de la fusion de deux associations": what a law or
# a merger brings to life is no person.
_BORN_OF_A_TEXT = re.compile(
    r"\s*,?\s+(?:de|d['’]|du|des|avec)\s*(?:la\s+|l['’]\s*|le\s+|les\s+|un\s+|une\s+)?"  # "… avec la loi Taquet"
    r"(?:loi|lois|fusion|r[ée]forme|regroupement|d[ée]cret|ordonnance|circulaire|rapprochement|scission|"
    r"transformation|volont[ée]|initiative|mobilisation|plan)\b",
    re.IGNORECASE,
)


_TITLE_QUOTED_BEFORE = re.compile(r"[»\"”][ \t]*(?:est|était|fut|a[ \t]+été)[ \t]*$")
# "l'école demande la notification de Lisandra, née en mai 2017": the one born is the person named last.
_NAMED_LAST = re.compile(r"\b(?:de|d['’])[ \t]*(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ]+))[ \t]*,[ \t]*$")
_PERSONAL_MARKER = re.compile(r"D\.?D\.?N\b|(?-i:D\.?N\b)|date[\s_]+(?:de[\s_]+)?naiss", re.IGNORECASE)
# "18 ans depuis le 9 mars": a birthday, not a range of births
_BIRTHDAY_SINCE = re.compile(r"(?:\d{1,3}\s+ans|majeure?)\s+depuis", re.IGNORECASE)


# "Le foyer fête ses 50 ans : il est né en 1976": the thing's birthday, then a pronoun for it
_THING_BIRTHDAY_THEN_BORN = re.compile(
    rf"\b(?:l[ea]|l['’]|notre|votre|leur|ce|cet|cette)\s*{_THING}s?\b[^.;!?\n]{{0,60}}?"
    r"\b(?:f[êe]te|f[êe]tera|a\s+f[êe]t[ée]|c[ée]l[èe]bre|souffle)\s+(?:ses|son|sa)\s+\d{1,3}(?:\s*(?:ans|bougies)|e|[èe]me)\b"
    r"\s*[,:;]?\s*(?:et\s+)?(?:il|elle)\s+(?:est|était|etait)\s*$",
    re.IGNORECASE,
)
_OPENING_ARTICLE = re.compile(r"(?:^|[.!?:;\n])\s*(?:le|depuis[ \t]+le|d[èe]s[ \t]+le)\s*$", re.IGNORECASE)


def _thing_born(text: str, marker_start: int, date_end: int | None = None) -> bool:
    """Whether what is "born" around the marker is an institution or an idea, not a person."""
    if _PERSONAL_MARKER.match(text, marker_start):
        return False  # "la CAF a mis YAO Adjoua, DDN 23.06.1984": only people have a DDN
    before = text[max(0, marker_start - 100) : marker_start]
    if (
        date_end is not None
        and _RANGE.search(text, marker_start, date_end)
        and not _BIRTHDAY_SINCE.match(text, marker_start)
    ):
        return True  # "les enfants nés depuis le 1er janvier 2018", "nés entre 2015 et 2017": a generation
    if _COHORT_BEFORE.search(before) and not (date_end is not None and _MORE_DATES.match(text, date_end)):
        return True  # "Les enfants nés en 2020 entrent en grande section": a year's children, no one
    if _BIRTH_OF_A_THING.match(text, marker_start):
        return True  # "Naissance du service d'accueil familial : 1er avril 1991"
    if _THING_JUST_BEFORE.search(before):
        return True  # "il a remplacé le RMI né en 1988"
    if _TITLE_QUOTED_BEFORE.search(before):
        return True  # '"Un chez-soi d'abord" est né le 1er janvier 2017': a scheme's or a work's title
    if _THING_BIRTHDAY_THEN_BORN.search(before):
        return True  # "Le foyer fête ses 50 ans : il est né le 1er septembre 1976"
    match = _THING_BORN.search(before)
    named = match and _NAMED_LAST.search(match["complement"])
    if match and not _names_people(match["complement"]) and not (named and not is_place(named["name"])):
        return True
    if date_end is not None and _BORN_OF_A_TEXT.match(text, date_end):
        return True
    if date_end is not None and _AGE_OF_A_THING.match(text, date_end):
        return True  # "né en 1982, il avait 40 ans d'histoire"
    # ("Le 19 mars 1946, la loi de départementalisation est née": the date opens the sentence after its article)
    opening = not before.strip() or before.rstrip()[-1] in ".!?:;\n" or _OPENING_ARTICLE.search(before)
    return date_end is not None and opening and _THING_AFTER.match(text, date_end) is not None


def find(text: str) -> Iterator[Span]:
    # (each pattern scans the text once: the rules below read their matches twice)
    full_dates = list(_FULL.finditer(text))
    births = list(DATE_OF_BIRTH.finditer(text))
    # "la loi du 11 février 2005 … Née le 11 février 2005, la compensation…": the date of a text, where it
    # comes back, is still the text's.
    texts_dates = {
        match.group().lower()
        for match in full_dates
        if _TEXT_OF.search(text, max(0, match.start() - 40), match.start())
    }
    # "Le pôle est né le 1er janvier 2025 de la fusion… Né le 1er janvier, mort le 30 juin": so is a thing's
    # birth, said again in part
    texts_dates |= {
        match["date"].lower() for match in births if _thing_born(text, match.start(), match.end("date"))
    }
    for span in _births(text, births, full_dates):
        said = text[span.start : span.end].lower()
        if not any(known.startswith(said) for known in texts_dates):
            yield span
    for match in _YEAR_SAID_OF_BIRTH.finditer(text):
        yield Span(match.start("year"), match.end("year"), Label.DATE_OF_BIRTH, "rule:birth-year-said")


def the_same_day_written_otherwise(text: str, births: list[Span]) -> list[Span]:
    """ "06/06/1991 chez nous, 1991-06-06 à la CAF, « 6 juin 91 » dans le courrier du bailleur": a date of birth
    found, the same day written in any other form elsewhere in the text is the birth too."""
    days = {day for span in births if (day := _day_of(text[span.start : span.end]))}
    if not days:
        return []
    return [
        Span(match.start(), match.end(), Label.DATE_OF_BIRTH, "repeat")
        for match in _FULL.finditer(text)
        if _day_of(match.group()) in days
    ]


_MONTH_NUMBERS = (
    ("janv", 1), ("f", 2), ("mars", 3), ("avr", 4), ("mai", 5), ("juin", 6), ("jui", 7), ("ao", 8), ("sept", 9),
    ("o", 10), ("nov", 11), ("d", 12),
)  # fmt: skip
_MONTH_NAME = re.compile(rf"\b{MONTHS}", re.IGNORECASE)
_FIGURES = re.compile(r"\d+")


def _day_of(date: str) -> tuple[int, int, int] | None:
    """(day, month, year's last two figures) of a date in figures or with its month's name; None otherwise."""
    figures = [int(group) for group in _FIGURES.findall(date)]
    if month_name := _MONTH_NAME.search(date):
        name = month_name.group().lower()
        month = next(number for prefix, number in _MONTH_NUMBERS if name.startswith(prefix))
        if len(figures) != 2:
            return None  # a day or a year in words
        return figures[0], month, figures[1] % 100
    if len(figures) != 3:
        return None  # "3.III.2018"
    if figures[0] > 31:
        figures.reverse()  # "1991-06-06"
    return figures[0], figures[1], figures[2] % 100


# "le code de la boîte à clés, 1938, c'est son année de naissance"
_YEAR_SAID_OF_BIRTH = re.compile(
    r"(?<![\d/.])(?P<year>(?:19|20)\d\d)(?![\d/.])(?:[ \t]*,?[ \t]*(?:c['’]est|soit)[ \t]+|[ \t]*[(:=][ \t]*)"
    r"(?:son|sa|leur|mon|ma|votre)[ \t]+ann[ée]e[ \t]+de[ \t]+naissance\b",
    re.IGNORECASE,
)


# "23 nourrissons, dont 4 nés en janvier": births counted, no one's
_COUNTED_BIRTHS = re.compile(
    r"\bdont[ \t]+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)[ \t]+(?:[^\W\d_]+[ \t]+)?$",
    re.IGNORECASE,
)


def _births(text: str, births: list[re.Match], full_dates: list[re.Match]) -> Iterator[Span]:
    for match in births:
        if _COUNTED_BIRTHS.search(text, max(0, match.start() - 30), match.start()):
            continue
        if not _thing_born(text, match.start(), match.end("date")):
            yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:birth-date")
            yield from _following_dates(text, match.end())
    # (a date is tried at every position only in a text with a birth word)
    for match in _DATE_THEN_BIRTH_WORD.finditer(text) if _BIRTH_WORD_AFTER_DATE.search(text) else ():
        if not _thing_born(text, match.start(), match.end("date")):
            yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:birth-word")
    for match in _BIRTH_WORD_THEN_DATE.finditer(text):
        if not _thing_born(text, match.start(), match.end("date")):
            yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:birth-word")
            yield from _following_dates(
                text, match.end()
            )  # "deux dates de naissance, 07/02/2014 et 02/07/2014"
    yield from old_dates(text, date.today().year, full_dates)
    yield from _years_beside_ages(text, date.today().year)


# "M. Vasseur, 81 ans (1943)", "(92 ans, 1932)": a year beside an age that it gives is the year of birth.
_AGE_THEN_YEAR = re.compile(
    r"\b(?P<age>\d{1,3})[ \u00a0]*ans[ \u00a0]*(?:,[ \u00a0]*|\([ \u00a0]*)(?P<date>(?:19|20)\d\d)[ \u00a0]*\)"
)


# "un CDD de 3 ans (2021)", "depuis 5 ans (2021)": a duration and when it began
_DURATION_BEFORE = re.compile(
    r"\b(?:de|d['’]|depuis|pendant|durant|sur|dans|y\s+a|pour|en)[ \u00a0]*$", re.IGNORECASE
)


def _years_beside_ages(text: str, this_year: int) -> Iterator[Span]:
    for match in _AGE_THEN_YEAR.finditer(text):
        if _DURATION_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            continue
        if abs(this_year - int(match["date"]) - int(match["age"])) <= 3:  # a year's and a birthday's slack
            yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:age-then-year")


_SCHEME_BEFORE = re.compile(r"\b(?P<acronym>[A-Z]{2,6})[ \t]+(?:le|du|au|depuis[ \t]+le)[ \t]*$")
# A full date many years back, with no cue, is someone's birth in these testimonies ("Enzo, 07/12/2010",
# "M. Diallo 12 mars 1987"): events are recent, and older ones are texts (a law, an ordinance, an
# agreement) or things founded, which stay.
BIRTH_YEARS_BACK = 13
_TEXT_DATED = re.compile(
    r"\b(?:loi|lois|ordonnance|d[ée]cret|arr[êe]t[ée]|circulaire|convention|accord|d[ée]lib[ée]ration|directive|"
    r"r[èe]glement|charte|code|article|jurisprudence|arr[êe]t|d[ée]claration|trait[ée]|r[ée]forme|texte|plan|"
    # a court's decision cited: "CE, 10 février 2012", "Cass. 1re civ., 4 janvier 2017"
    # (and in the plural: "les ordonnances des 4 et 19 octobre 1945")
    r"cass\.|cassation|(?-i:CE|CAA|CEDH|CJUE)|ccn)s?\b"
    r"[^.;!?\n]{0,60}$",
    re.IGNORECASE,
)
# "la loi du", "le décret n° 2021-1234 du": the date right after names the text.
_TEXT_OF = re.compile(
    r"\b(?:loi|ordonnance|d[ée]cret|arr[êe]t[ée]|circulaire|convention|accord|d[ée]lib[ée]ration|directive)"
    r"(?:\s+n[°º]\s*[\d-]+)?\s+du\s+$",
    re.IGNORECASE,
)
# (a few words may come between: "entrée au Département le 2 mai 1988", "mon agrément date du 3 avril 2011",
# "le rapport que je rédigeai le 14 novembre 1985", "ouvert le 3 octobre 1985")
_EVENT_BEFORE = re.compile(
    r"\b(?:arriv[ée]e?s?|embauch[ée]e?s?|recrut[ée]e?s?|titularis[ée]e?s?|mut[ée]e?s?|entr[ée]e?s?|"
    r"mari[ée]e?s?|pacs[ée]e?s?|divorc[ée]e?s?|d[ée]c[ée]d[ée]e?s?|install[ée]e?s?|commenc[ée]e?s?|"
    # a career's end: "j'en suis sortie le 31 décembre 2012", "partie à la retraite le…"
    r"sortie?s?|partie?s?|retrait[ée]e?s?|licenci[ée]e?s?|"
    r"ouverte?s?|r[ée]dig\w*|sign[ée]e?s?|dat(?:e|ent|[ée]e?s?)|obtenue?s?|inaugur[ée]e?s?|"
    # a thing founded: "l'ESAT a été créé le 3 mars 1978 par des parents"
    r"cr[ée]{2}e?s?|fond[ée]e?s?|"
    # a text adopted: "la CIDE a été adoptée le 20 novembre 1989"
    r"adopt[ée]e?s?|ratifi[ée]e?s?|vot[ée]e?s?|promulgu[ée]e?s?)"
    r"(?:\s+[^\W\d]+){0,2}\s+(?:le|en|du|depuis le)\s+$"
    # an event's date: "l'appel de l'abbé Pierre du 1er février 1954", "la grève du 5 décembre 1995"
    r"|\b(?:appel|discours|manifestation|gr[èe]ve|marche|accords?|catastrophe|incendie|attentat)\b"
    r"[^.;:!?\n\d]{0,30}\s(?:le|en|du)\s+$"
    # a state since a day: "Mayotte est département depuis le 31 mars 2011" (a birth is no state one is in)
    r"|\bdepuis\s+le\s+$",
    re.IGNORECASE,
)
_FULL = re.compile(rf"(?<![\w/.-]){FULL_DATE}", re.IGNORECASE)
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?\n][ \t]*)Le[ \t]+$")
_YEAR_AT_END = re.compile(r"(?:(?P<full>(?:19|20)\d\d)|(?<=[/.\-])(?P<short>\d\d))\s*$")
_ISO_YEAR = re.compile(r"(?:19|20)\d\d(?=[-./])|1[34]\d\d(?=/)")


_VERSION_BEFORE = re.compile(r"\b(?:version|v)\.?[ \t]*$", re.IGNORECASE)
_THREE_NUMBERS = re.compile(r"(\d\d)[/.](\d\d)[/.](\d\d)")


def _in_a_row(numbers: tuple[str, ...]) -> bool:
    values = [int(number) for number in numbers]
    return all(later == earlier + 1 for earlier, later in itertools.pairwise(values))


_NAME_THEN_STOP_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<name>[^\W\d_]+)[ \t]*(?:[.:;!]|$)")


def old_dates(text: str, this_year: int, full_dates: Iterable[re.Match]) -> Iterator[Span]:
    """Full dates (_FULL's matches) of a year at least BIRTH_YEARS_BACK years back, outside a dated text or
    thing."""
    for match in full_dates:
        year = _ISO_YEAR.match(match.group()) or _YEAR_AT_END.search(match.group())
        if year is None:
            continue  # a year in words: "le vingt et un juin deux mille neuf" has its markers
        if year.re is _ISO_YEAR or year["full"]:  # 2004-06-04: the year comes first
            value = int(year.group() if year.re is _ISO_YEAR else year["full"])
        else:
            value = 2000 + int(year["short"])
            value = value if value <= this_year else value - 100
        if value > this_year - BIRTH_YEARS_BACK:
            continue
        if _TEXT_DATED.search(text, max(0, match.start() - 70), match.start()):
            continue
        if _OPENS_A_SENTENCE.search(text, max(0, match.start() - 6), match.start()) and text.startswith(
            ",", match.end()
        ):
            continue  # "Le 1er décembre 1955, Rosa Parks refusait de céder sa place": when a story happened
        if _EVENT_BEFORE.search(text, max(0, match.start() - 50), match.start()):
            continue  # "arrivée le 3 septembre 2005": the day someone started, not a birth
        if (days := _THREE_NUMBERS.fullmatch(match.group())) and _in_a_row(days.groups()):
            continue  # "les perms du 06/07/08 au matin": three days in a row
        if _VERSION_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "mise à jour Solis v. 25.12.07": a software's version
        if _BORN_WITHIN.search(text, max(0, match.start() - 24), match.start()):
            continue  # "les bénéficiaires nés avant le 1er janvier 1947": a cohort's bound
        if (
            scheme := _SCHEME_BEFORE.search(text, max(0, match.start() - 14), match.start())
        ) and is_institution(scheme["acronym"]):
            continue  # "RMI en 1988, RSA le 1er juin 2009": when a scheme began
        if (storm := _NAME_THEN_STOP_AFTER.match(text, match.end())) and storm["name"] in STORMS:
            continue  # "26 décembre 1999, Lothar.": the day a storm struck
        if _thing_born(text, match.start(), match.end()) or _BIRTH_OF_A_THING.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue
        yield Span(match.start(), match.end(), Label.DATE_OF_BIRTH, "rule:old-date")


def _following_dates(text: str, position: int) -> Iterator[Span]:
    following_pattern = (
        _NEXT_YEAR if _PLURAL_BIRTH_YEAR.search(text, max(0, position - 20), position) else _NEXT_DATE
    )
    while following := following_pattern.match(text, position):
        yield Span(following.start("date"), following.end("date"), Label.DATE_OF_BIRTH, "rule:birth-date")
        position = following.end()
    if sibling := _SIBLING_NEXT.match(text, position):
        yield Span(sibling.start("date"), sibling.end("date"), Label.DATE_OF_BIRTH, "rule:birth-date")


def _listed_year(text: str, name: Span) -> re.Match | None:
    before = text[max(0, name.start - 40) : name.start]
    match = _LISTED_YEAR.match(text, name.end)
    if match is None or _CHILDREN_LISTED.search(before):
        return match
    if _BULLET_BEFORE.search(before) and _DATED_ITEM.search(text):
        return match  # "- Divine, 2016" among "- KAPINGA Grâce, 14/3/1991, épouse": a family's composition
    # the first of several: "(Exaucé, 2018 ; …", "Enzo 2009 / Lola 2011"
    first = _FIRST_LISTED.search(before) or before.endswith((":", ": "))
    return match if first and match["end"] in (";", "/") else None


def after_names(text: str, names: Iterable[Span]) -> Iterator[Span]:
    """Full dates written right after a person's name: a birth date in a file or a form.

    In a text that speaks of birth dates, a few words may stand between ("date de naissance des
    enfants… Pour Enzo j'ai écrit 07/10/2014").
    """
    births = _BIRTH_TOPIC.search(text) is not None
    for name in names:
        match = _AFTER_NAME.match(text, name.end)
        # (a month and a year after a name are a birth's, "Aïssatou, 03/2012"; so is any year after a brother's or a
        # sister's name, "avec son frère Noé, 2014.")
        if (
            match
            and match["apposed_year"]
            and "/" not in match["apposed_year"]
            and not _SIBLING_BEFORE.search(text, max(0, name.start - 24), name.start)
            and int(match["apposed_year"]) > date.today().year - BIRTH_YEARS_BACK
        ):
            # a recent year may date a meeting ("M. Martin, 2021, puis…"), not in a list of children ("(Narek,
            # 2012 ; Mariam, 2016)")
            if (listed := _listed_year(text, name)) is not None:
                yield Span(
                    listed.start("year"), listed.end("year"), Label.DATE_OF_BIRTH, "rule:date-after-name"
                )
            continue
        if match is None and _MAIDEN_BEFORE.search(text, max(0, name.start - 6), name.start):
            match = _YEAR_AFTER_MAIDEN_NAME.match(text, name.end)
        if match is None:
            match = _listed_year(text, name)
        if match and match["year"]:
            yield Span(match.start("year"), match.end("year"), Label.DATE_OF_BIRTH, "rule:date-after-name")
            continue
        if match and match.groupdict().get("apposed_year"):  # an old year (a recent one was seen above)
            yield Span(*match.span("apposed_year"), Label.DATE_OF_BIRTH, "rule:date-after-name")
            continue
        if not match and births:
            match = _NEAR_NAME.match(text, name.end) or _MONTH_AFTER_NAME.match(text, name.end)
        if match:
            group = "placed_date" if match.groupdict().get("placed_date") else "date"
            yield Span(*match.span(group), Label.DATE_OF_BIRTH, "rule:date-after-name")
