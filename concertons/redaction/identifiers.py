"""Numbers that point to one person: NIR (social security), IBAN, e-mail, case and file numbers.

NIR and IBAN keys are checked with python-stdnum; a number of the right shape whose key is wrong
is still masked when a keyword announces it ("n° sécu", "IBAN"), since a typo leaks as much.
Case numbers are found after the words that announce them ("dossier n°", "numéro allocataire",
"référence client", "RG") or by their shape ("2023-ASE-0456", "SOL-0087412", "24/00318");
references of laws, decrees and forms are not case numbers ("décret n° 2016-1248").
"""

import re
from collections.abc import Iterator

from stdnum import iban
from stdnum.fr import nir

from concertons.redaction.gazetteers import INSTITUTIONS, JOB_TITLES, NUMBER_WORDS, ROLE_WORDS, is_french_word
from concertons.redaction.spans import Label, Span

_S = r"[ \u00a0\u202f.\-]?"  # one optional separator

# Sex, year, month, département (2A/2B for Corsica), commune, order number, key: 15 characters
# written with any separators ("2 15 03 59 350 166 49", "1720331555491 26", "2.65.12.44.109.830.58").
# The key is often set apart from the 13 digits it checks ("… 001 - 97", "… / 97", two blanks,
# "… 001 clé 97", "… 001 (97)"): it belongs to the number, and python-stdnum needs it to validate
# the whole.
_B = r"[ \u00a0\u202f]"
_KEY_APART = rf"(?:{_B}{{0,3}}[\-/\u2013\u2014]{_B}{{0,3}}|{_B}{{2,3}}|{_B}*(?:cl[ée]|CL[ÉE])\s?:?{_B}*)"


def _nir_pattern(separator: str) -> re.Pattern:
    return re.compile(
        rf"(?<![\w])[12378](?:{separator}\d){{4}}{separator}(?:\d{separator}\d|2{separator}[ABab])(?:{separator}\d){{6}}"
        rf"(?:(?:{_KEY_APART}|{separator})\d{_S}\d(?![\w])|{_B}*\(\d\d\)|(?![\w]))"
    )


NIR = _nir_pattern(_S)
# A NIR a narrow form's box wrapped ("N° SS : 1 85 07 75\n112 048 67", "… 066 118\n58"): only a valid one
_WRAPPED_NIR = _nir_pattern(r"(?:[ \u00a0\u202f.\-]?|[ \t]*\n[ \t]*)")
_BREAK_NOT_TITLE = re.compile(r"(?<!\bM)(?<!\bMme)(?<!\bDr)[.!?]\s|\n")  # "… sociale à M. Rinaldi un quatre…"
_NIR_KEYWORD = re.compile(
    r"(?:s[ée]cu(?:rit[ée] sociale)?|\bNIR\b|\bINSEE\b|\bSS\b|immatriculation|assur[ée]e? social)",
    re.IGNORECASE,
)

# Country code, check digits, then 11 to 30 letters or digits in any grouping, in any case.
# A line may wrap inside one ("FR76 1871 9000 8900\n0174 5236 908"): only a valid one is cut there.
# ("FR76 - 1027 - 8062 - …": read out in groups of four and noted with dashes between blanks)
_IBAN_BODY = r"(?:(?:[ \u00a0]?[.\-/][ \u00a0]?|[ \u00a0.\-\n])?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])"
IBAN = re.compile(rf"(?<![\w])[A-Za-z]{{2}}\d\d{_IBAN_BODY}")
# Read out or dictated, the country code stands apart from its check digits ("fr 76 3000 …"): only a valid one
_IBAN_CODE_APART = re.compile(
    rf"(?<![\w])[A-Za-z] ?[A-Za-z][ \u00a0]\d\d{_IBAN_BODY}"
)  # (its letters apart too: "f r 76")
_BLANK = re.compile(r"\s+")
_IBAN_KEYWORD = re.compile(r"\b(?:IBAN|RIB|virement|compte bancaire)\b", re.IGNORECASE)
# A French RIB without its IBAN form: bank, branch, account number, key.
RIB = re.compile(r"(?<![\w])\d{5}[ \u00a0]?\d{5}[ \u00a0]?[A-Z0-9]{11}[ \u00a0]?\d\d(?![\w])")

_DOT = r"(?:\.|\s?[\[(]\s?(?:dot|point)\s?[\])]\s?)"
EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+"
    r"(?:@|\s?[\[(]\s?(?:at|arobase|@)\s?[\])]\s?)"
    rf"[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-zA-Z]{{2,}}(?![\w])",
    re.IGNORECASE,
)
# Written apart so that no program reads it, "marc . vidal @ wanadoo . fr", "secretariat.ccas at mantes-la-jolie dot
# fr": the same address, its domain ending on a known suffix
_TOP_LEVEL_DOMAINS = r"(?:fr|com|net|org|eu|info|be|ch|re|gp|mq|gf|yt|nc|pf)\b"
_APART_EMAIL = re.compile(
    r"(?<![\w.@+-])[\w+-]+(?:(?:\.| \. )[\w+-]+)*(?:@| @ | at )[\w-]+(?:(?:\.| \. | dot )[\w-]+)*(?:\.| \. | dot )"
    + _TOP_LEVEL_DOMAINS,
    re.IGNORECASE,
)

# Words that announce a person's file number, then up to a few words ("numéro de l'enfant sur le
# jugement, 23/00415", "référence client 4001 2873 551", "numéro unique 059 1117 0019 487").
_CASE_KEYWORD = re.compile(
    # (a letter or "#" first: every keyword starts with one, and other positions are not tried)
    r"(?=[^\W\d_]|#)(?:\b(?:dossiers?|r[ée]f[ée]rences?|r[ée]f\.?|allocataire|matricule|identifiant|id|usager|"
    # "JE" (juge des enfants) in capitals only: "je" is the pronoun
    r"signalement|mesure|jugement|compte[ \t]+client|RG|(?-i:JE)|parquet|écrou|ecrou|AGDREF|(?-i:NUD|NUR)|num[ée]ro|num\.?|"
    r"proc[èe]s-verbal|(?-i:PV))(?![\w°º])"  # "procès-verbal 2025/004518": a complaint's
    r"|\bn[°º]|\bno\.|#(?![^\W\d_])"  # not a hashtag: "#SocialWorkersStrike cumulent 48 000 vues"
    # "CAF : 6012457", "France Travail : 7734102M": an office's name as a form's label; "CAF 3391057",
    # "OFPRA 19-03-01172", "IPP 80015627": before the number itself
    r"|\b(?:CAF|CPAM|MSA|MDPH|CARSAT|URSSAF|SIAO|OFII|OFPRA|CNDA|IPP|BDF|BAJ|France Travail|P[ôo]le emploi|"
    r"bailleur|imp[ôo]ts|tr[ée]sor public|mutuelle|assurance maladie|"
    # software and court numbers, a pupil's, a patient's, a stay's, a tenant's: "GED 000123456", "INE 09…"
    r"GED|NIP|INE|Portalis|s[ée]jour|contrat|locataire|alloc|"
    # a complaint's (NUP), a hospital stay's (NDA), a meter's (PRM, PDL, PCE), a direct debit's (RUM)
    r"(?-i:NUP|NDA|PRM|PDL|PCE|RUM|SPI))(?=[ \t]*(?::|\d|(?-i:[A-Z]{2,}))))",
    re.IGNORECASE,
)
# "numéro fiscal (SPI) 1 23 45…", "réf. de votre demande de C2S : 2025 003…" (an acronym with a figure)
# A word of the filler is taken whole (possessive "++"): cut anywhere, a long word would be tried every way.
# ("mon numéro unique de demande de logement, c'est le 059 12 2 2511 04873": a comma inside)
_FILLER = r"\s*(?:\(?(?:[A-Z]+\d[A-Z]+(?!\w)|[^\W\d]++)(?:['’°º.)]|,(?=\s*c['’]est\b))?\s*){0,7}?"
_IDENTIFIER = re.compile(
    _FILLER
    + r"[:=,]?\s*\(?(?P<id>(?P<prefix>[A-Za-z]{2,10}(?:/[A-Za-z]{2,10})?[-_ ./]?|[A-Z][-. ]|[A-Z](?=\d{4}))?"  # "matricule M0045873": the letter is the number's (not "C2S")
    + r"\d[\dA-Za-z]*(?:(?:[/.\-_]|[ \t\u00a0](?=\d|[A-Z]\d)|[ \t\u00a0](?=[A-Z]{2,6}[ \t\u00a0]\d)"
    # "JE 2026 / 1245"; "59-\n2026-0077": a program wrapped the line after a hyphen
    + r"|[ \t\u00a0]/[ \t\u00a0](?=\d)|[-/]\n(?=[\dA-Z]))[\dA-Za-z]+)*"
    # "BAJ n° 2024/005871 B": a letter set apart ends the reference (on its line: "6623081K\nN° …" is
    # the next field)
    + r"(?:[ \t\u00a0][A-Z](?![\w'’]))?)"
)
_DIGIT = re.compile(r"\d")
# Schemes whose file references are written "ACRONYM-YEAR-NUMBER".
_SCHEMES = (
    "FSL",
    "RSA",
    "APA",
    "PCH",
    "AAH",
    "ASE",
    "AEMO",
    "MNA",
    "SIAO",
    "DALO",
    "BAJ",
    "MDPH",
    "IP",
    "CRIP",
    "FAJ",
)
# The shapes of case numbers without a keyword.
CASE_SHAPE = re.compile(
    # court registers: RG 22/00871, "rg n° 24/71479" in a message typed in lower case
    r"(?<![\w/-])(?:(?:(?i:RG|JE|TE|TPE|TJ|PC)|AE)\s?(?:n[°º]\s?)?(?!(?:0[1-9]|1[0-2])/(?:19|20)\d\d\b)\d{2,4} ?/ ?\d{3,7}"
    # 2023-ASE-0456, 2023-ase-0456, a line wrapped after "-" (not a street named after a date: "place du 19-Mars-1962")
    r"|\d{2,4}[-/_](?!(?i:mars|avril|mai|juin|aout)-)(?i:[A-Z]{2,6})[-/_]\n?\d{2,7}"
    r"|[A-Z]{2,8}(?:[-/_]\d{2,7}){1,4}|[A-Z]{2,8}[-_]\d{8,10}"  # SOL-0087412, ASE-2023-06874, INDIV-00458721
    r"|[A-Z]{2,5}\d{6,10}"  # a software's file number glued to its letters: HRS0091547
    r"|\d{7,11}[A-Z]"  # a France Travail identifier (5521086P), a pupil's INE (0912345678K)
    r"|\d{10,15}[A-Z]\d{1,3}"  # a social housing request's numéro unique: 0757524004516A21
    r"|[a-z]{2,8}(?:[-/_]\d{2,7}){2,4}"  # tut-13-2019-0442 (two numbers: "covid-19" is no file)
    # A scheme's reference in lower case or with blanks: "fsl-2021-6801", "fsl 2018 8915" (but in
    # "baj 2025/103861" the acronym names the file's kind, the number is apart).
    rf"|(?i:{'|'.join(_SCHEMES)})(?: (?:19|20)\d\d[ -]\d{{4,7}}|(?:[-/_]\d{{2,7}}){{2,3}})"
    # "FSL 2026 / 3318", "59 DALO 2026 01 884": a département first, the order in groups
    rf"|(?:\d{{2,3}} )?(?i:{'|'.join(_SCHEMES)}) (?:19|20)\d\d(?:(?: [/-] | |-)\d{{2,7}}){{1,3}}"
    # "ASE 62 2023 00471": the département after the acronym
    rf"|(?i:{'|'.join(_SCHEMES)}) (?:\d\d|2[AB]|97\d) (?:19|20)\d\d[ -]\d{{3,7}}"
    r"|[A-Z]{1,4}\d{2,4}[-/_]\d{3,7}(?:-[A-Z]{1,2})?"  # AB12-3456, A24/0317-B
    r"|\d{2}/\d{5}"  # 24/00318 (court register)
    # a year and an order of five figures or more: "notification 2024-047713" (decrees and laws
    # number theirs on four at most: "décret n° 2025-1127")
    r"|(?:19|20)\d\d-\d{5,8}"
    # a département, a year and an order: a housing request's number, "93-2023-0471265"
    r"|\d{2,3}-(?:19|20)\d\d-\d{4,8}"
    # a service, a département and an order: "115-31-240871" (a 115 request in the Haute-Garonne); a
    # département, a year on two figures and an order: "demande 45-26-00412" (an SIAO request)
    r"|\d{2,3}-\d{2,3}-\d{5,8}"
    # a tax number (numéro fiscal, SPI) as the tax notice prints it: 13 figures, 2-2-3-3-3
    r"|[0-3]\d[ \u00a0]\d\d[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}"
    r"|[0-3]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}"  # or 4-3-3-3
    # MDPH files: département on 3 characters, year of the request, 6-digit order ("0592023001234").
    r"|(?:0\d\d|97[1-6]|02[AB])[ .]?(?:19|20)\d\d[ .]?\d{6})(?![\w/-])"
)
# Inside a file's name, between "_", a reference with its hyphens: "NOTE_INCIDENT_IP-2024-05872_v3.pdf" (not
# "IP_2026_11_v3.xlsx", a month's table)
_SHAPE_IN_FILE_NAME = re.compile(r"(?<=_)[A-Z]{2,8}(?:-\d{2,7}){2,4}(?=[_.])")
# A court's Portalis number, mostly letters, after its name: "N° Portalis DBVF-V-B7I-VK2P".
_PORTALIS = re.compile(
    r"\bportalis\b[^\w\n]{0,6}(?P<id>[A-Z\d]{4}-[A-Z\d]-[A-Z\d]{3}-[A-Z\d]{4,5})(?![\w-])", re.IGNORECASE
)
# "(aemo 25-178)", "AEMO 23/0412": a scheme's acronym, then the year on two figures and the order; the acronym
# belongs to the reference, as a court's "JE" does ("JE 23/0412"); not a month ("IP 12/2024")
_SCHEME_THEN_SHORT = re.compile(
    rf"(?<![\w/-])(?P<id>(?i:{'|'.join(_SCHEMES)})[ \u00a0](?!(?:0[1-9]|1[0-2])[-/](?:19|20)\d\d\b)"
    rf"\d\d[-/]\d{{3,7}})(?![\w/-])"
)
# "fsl 2023 4471" is "FSL-2023-4471" with blanks (and "AEMO 2024-0933" with one): a scheme's acronym, a year and an order number
# make one reference, acronym included (whereas in "MDPH 0592023001234" the acronym only announces).
_SPACED_REFERENCE = re.compile(
    r"(?:" + "|".join(sorted(_SCHEMES)) + r") (?:19|20)\d\d[ -]\d{2,7}", re.IGNORECASE
)
# An address spelt out so that robots miss it, or dictated: "nadia point benhaddou arobase laposte point net",
# "k tiret lambert arobase sfr point fr", "mehdi.zerrouki [at] free [dot] fr".
_SPOKEN_DOT = rf"(?:{_DOT}|[ ]point[ ])"
_SPOKEN_AT = r"(?:[ ]?[\[(]at[\])][ ]?|[ ]arobase[ ])"
_SAID_AT = re.compile(_SPOKEN_AT, re.IGNORECASE)
_SPOKEN_EMAIL = re.compile(
    # digits said in words belong to the local part: "kevin point lambert cinquante-neuf arobase gmail point com"
    rf"(?<![\w@.])(?P<local>[\w'’-]+(?:(?:{_SPOKEN_DOT}|[ ]tiret(?:[ ]bas)?[ ]|[ ]underscore[ ]|[ ](?={NUMBER_WORDS}\b))[\w'’-]+)*)"
    # (the domain spelt letter by letter, with its dashes: "arobase m l tiret flandre point fr")
    rf"{_SPOKEN_AT}[\w-]+(?:(?:{_SPOKEN_DOT}|[ ]tiret[ ]|[ ](?=\w[ ]))[\w-]+)*?{_SPOKEN_DOT}"
    r"(?:fr|com|net|org|eu|info|be|ch|re|gp|mq|gf|yt|nc|pf)\b",
    re.IGNORECASE,
)
# "prénom point nom arobase fournisseur point fr": how an address is written, not anyone's.
_PLACEHOLDER_LOCAL = re.compile(r"\b(?:pr[ée]nom|nom|initiales?|votre|xxx)\b", re.IGNORECASE)
# An identifier needs this many digits to point to someone; "n° 3" is a rank, not a file.
MIN_CASE_DIGITS = 4
# "la délibération du conseil d'administration n° 2022-CA-014", "délibération du conseil départemental n° …"
_DELIBERATION = r"d[ée]lib(?:[ée]ration|\.)?(?:\s+(?:du|de\s+la)\s+(?:conseil|commission)(?:\s+d['’]\s?administration|\s+\w+)?)?"
# References that are not a person's file: laws, decrees, forms, budget lines, rooms, buses.
_NOT_A_FILE = re.compile(
    # a code's article right before the number: "L. 226-3", "R. 221-1" (not "Gabin R. (IP-2024-0931)")
    r"(?<![\w.])(?-i:[LRD])\.[ \u00a0]?$|"
    rf"\b(?:d[ée]cret|{_DELIBERATION}|arr[êe]t[ée]|article|art\.|loi|circulaire|ordonnance|cerfa|"
    r"fiche action|action|ligne|bus|salle|bureau|code|alin[ée]a|instruction|session|r[èe]glement|directive|"
    # a public body's report: "Rapport IGAS n° 2023-045R" (not "rapport JE n° …", a child's judge's file)
    r"rapport[ \t]+(?:(?-i:IGAS|IGF|IGA|IGESR|CESE|HCFEA|ONPE|CNCDH)|d['’]information|parlementaire|s[ée]natorial)|"
    # a union's or a collective's own papers: "Tract n° 14/2026 de la section", "motion n° 3"
    r"tract|motion|communiqu[ée](?: de presse)?|bulletin|lettre d['’]info(?:rmation)?|lettre ouverte|p[ée]tition|"
    r"note(?: de service)?|formulaire|imprim[ée]|ticket|bordereau|accus[ée] de r[ée]ception|registre|(?:bon de )?commande|appel d['’]offres?|appels? [àa] projets?|march[ée](?: public)?|"
    # a job's advertisement, an order's accounting: "Réf. offre : O0592…", "N° d'engagement : 2025-0007…"
    r"offres? d['’]emploi|emploi public|engagement|"
    # an institution's own numbers and agreements: "numéro FINESS 590 817 263", "CPOM n° …", "subvention"
    r"finess|rna|cpom|convention pluriannuelle(?: d['’]objectifs)?|subvention|"
    # a plan of the département, not one person's ("le plan APA", "plan d'aide n° …" are files)
    r"plan(?!\s+(?:APA|PCH|d['’]aide|d['’]accompagnement|personnalis)))"
    # (a log line's key is no kind: "ACTION=MODIF | INDIV=SOL-0092217")
    r"(?![ \t]*=)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# Acts of public bodies, numbered like files: "délibération n° 2025-03-117", "arrêté n° 2024-118"
_PUBLIC_ACT = re.compile(
    rf"\b(?:d[ée]cret|{_DELIBERATION}|arr[êe]t[ée]|loi|circulaire)\W+(?:\w+\W+){{0,2}}$", re.IGNORECASE
)
# Published case law and strike notices, anywhere shortly before: "Cass. crim., 12 janvier 2022, n° 21-84.104",
# "Préavis déposé sous le n° 2024-117".
_PUBLIC_REFERENCE = re.compile(
    r"\b(?:cass\.|cour de cassation|pourvoi|conseil d['’][ée]tat|(?-i:CE),|jurisprudence|pr[ée]avis|"
    r"[ée]tudes et r[ée]sultats|source[ \t]*:)",  # "Source : DREES, Études et résultats n° 1268"
    re.IGNORECASE,
)
# How far before a reference its kind may stand ("instruction interministérielle n° DGCS/SD1/2025/14").
_NOT_A_FILE_WINDOW = 45
_SENTENCE_ENDS = re.compile(r"(?<!\bart)(?<!\b[A-Z])[.!?][ \t\n]+(?-i:[A-ZÀ-Ý])")
_COURT_NUMBER = re.compile(r"\d{2}/\d{3,6}\b")
_SCHEME_PLAN = re.compile(r"[\s:n°º.]*(?:APA|PCH)\b", re.IGNORECASE)
# "le numéro de la réunion Teams, 385 227 914 061", "le numéro de lot du vaccin", "Référence de l'appel d'offres :
# DCE-…", "numéro FINESS 590 817 263": no one's file.
_NOT_A_PERSON_S = re.compile(
    r"\b(?:r[ée]union|teams|zoom|visio\w*|conf[ée]rence|salle|code|poste|lot|version|finess|rna|engagement|"
    # ("le numéro de la délibération, c'est le 2023-11-0457", "la référence du marché d'hébergement, c'est …")
    r"appel d['’]offres?|march[ée]|d[ée]lib[ée]ration|d[ée]cret|arr[êe]t[ée]|circulaire)\b",
    re.I,
)
# "15692*01": a form's number and its edition.
_FORM_EDITION = re.compile(r"\*\d")
# Free numbers of national helplines (0 800 to 0 805), which the phone rule keeps too.
# (and the harmonised European numbers: "116 006" for victims, "116 000" for missing children, "116 117")
_FREE_NUMBER = re.compile(r"0[ .]?80[0-5](?:[ .]?\d){6}|116[ .]?(?:000|006|111|117|123)")
# National short numbers that "numéro" announces and that stay: they are public services.
_BLANKS = re.compile(r"[ \u00a0\u202f]")
SHORT_NUMBERS = frozenset({"3919", "3977", "3114", "3230", "3646", "3960", "3949", "3939", "3018", "3624"})


def find(text: str) -> Iterator[Span]:
    yield from _nirs(text)
    yield from _spelled_nirs(text)
    yield from _ibans(text)
    for match in EMAIL.finditer(text):
        yield Span(match.start(), match.end(), Label.EMAIL, "rule:email")
    for match in _APART_EMAIL.finditer(text) if "@" in text or " dot " in text else ():
        yield Span(match.start(), match.end(), Label.EMAIL, "rule:email-apart")
    # (the address is tried at every word only in a text where "arobase" is said)
    for match in _SPOKEN_EMAIL.finditer(text) if _SAID_AT.search(text) else ():
        if not _PLACEHOLDER_LOCAL.search(match["local"]):
            yield Span(match.start(), match.end(), Label.EMAIL, "rule:email-spoken")
    for match in _HANDLE.finditer(text):
        group = "handle" if match["handle"] else "user"
        body = match[group].lstrip("@")
        if body.isalpha() and (is_french_word(body) or body.lower() in ROLE_WORDS | JOB_TITLES):
            continue  # "@tous la réunion est décalée", "@cheffe tu confirmes ?": a mention of everyone, of a post
        yield Span(match.start(group), match.end(group), Label.PERSON, "rule:handle")
    case_ids = [
        span
        for span in (*_case_ids(text), *_spelled_case_ids(text))
        if not _NATIONAL_DIRECTORATE.match(text, span.start)  # "DGCS/SD2B/2025/88": a ministry's instruction
    ]
    yield from _case_siblings(text, case_ids)
    yield from _listed_numbers(text, case_ids)
    for span in case_ids:
        prefix = _CODE_BEFORE.search(text, max(0, span.start - 6), span.start)
        code = prefix.group(1) if prefix else ""
        if (
            prefix
            and code not in _NOT_PART
            and (code not in INSTITUTIONS or _scheme_inside(text, prefix.start(), span.start))
            and not text.startswith(code, span.start)
        ):
            span = Span(prefix.start(), span.end, span.label, span.source)  # "JI 24/0043", "LGR 0041 872 356"
        elif span.start and text[span.start - 1] == "#":
            span = Span(span.start - 1, span.end, span.label, span.source)  # "dossier #CF-88120457"
        yield span


# A file number found, the others written like it are files too: "n° OFII : 25-075-01294 pour
# madame, 25-075-01295 pour son fils"; so is the number after "ou" ("2026 0772 ou 2026/0772").
_TOKEN = re.compile(r"(?<![\w/.-])\w[\w/.\-]*\w(?![\w/-]|[.]\w)")
_ALTERNATIVE = re.compile(r"[ \u00a0]*(?:,|ou|et|puis)[ \u00a0]+(\d[\d/.\-]*(?: \d+)*)(?![\w/-])")
MIN_SIBLING_LENGTH = 6


def _shape(value: str) -> str:
    return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", value))


def _case_siblings(text: str, found: list[Span]) -> Iterator[Span]:
    shapes = {
        _shape(text[span.start : span.end])
        for span in found
        if span.end - span.start >= MIN_SIBLING_LENGTH and " " not in text[span.start : span.end]
    }
    shapes = {shape for shape in shapes if shape.count("9") >= MIN_CASE_DIGITS}
    if shapes:
        for match in _TOKEN.finditer(text):
            # not "La délibération n° 2025-03-117 (…) ; la n° 2024-11-208": a public act like the other one
            if _shape(match.group()) in shapes and not _PUBLIC_ACT.search(
                text, max(0, match.start() - _NOT_A_FILE_WINDOW), match.start()
            ):
                yield Span(match.start(), match.end(), Label.CASE_ID, "rule:case-sibling")
    for span in found:
        after = _ALTERNATIVE.match(text, span.end)
        if after and _is_file_number(after.group(1)):
            yield Span(after.start(1), after.end(1), Label.CASE_ID, "rule:case-sibling")


# An item of a bulleted list that is a number, an acronym before it at most: "- 0387451", "- MDPH 62-24-11873".
_NUMBER_ITEM = re.compile(
    r"^[ \t]*[-•*–][ \t]+(?:[A-Za-z]{2,6}[ \t]+)?(?P<number>\d[\d/.\-]*\d)[ \t]*[.;,]?[ \t]*$", re.MULTILINE
)
MIN_LISTED_FILES = 2


def _listed_numbers(text: str, found: list[Span]) -> Iterator[Span]:
    """A list of file numbers ("dossiers en souffrance :\n- 0387451\n- 2024/0912\n- SIAO-62-0045871"):
    where two items or more, and half of them, are files found already, every number listed is one."""
    if "\n" not in text:
        return
    items = [match.span("number") for match in _NUMBER_ITEM.finditer(text)]
    files = sum(any(span.start <= start < span.end for span in found) for start, _end in items)
    if files >= MIN_LISTED_FILES and 2 * files >= len(items):
        for start, end in items:
            if sum(char.isdigit() for char in text[start:end]) >= MIN_CASE_DIGITS:
                yield Span(start, end, Label.CASE_ID, "rule:case-listed")


# Capitals right before a case number are the start of it ("RP 2024 0581 633", "JI 24/0043"), unless
# they name the office or the scheme ("CAF 3391057", "MNA 2024-…": those stay readable) or a field.
_CODE_BEFORE = re.compile(r"(?<![\w/.-])([A-Z]{2,4})[ \u00a0]$")
_NOT_PART = frozenset(
    {"IPP", "CNDA", "OFPRA", "DDN", "DN", "SS", "NIR", "FT", "BDF", "TEL", "TÉL", "NUD", "NUR", "NIP", "INE", "GED",
     "NUP", "NDA", "PRM", "PDL", "PCE", "RUM", "SPI"}
)  # fmt: skip


# A scheme's capitals belong to the number after other capitals ("mesure AEMO AEMO 2024/0917",
# "CARSAT RA 0571 2248 93") or before a number opening on a département's group ("n° MSA 62 17 048
# 223", "dossier AME 93 458712"); "dossier CAF 5590127", "n° CAF 3654128" keep "CAF" readable.
_CAPITALS_BEFORE = re.compile(r"(?<![\w/.-])[A-Z]{2,6}[ \u00a0]+$")
_DEPARTEMENT_GROUP = re.compile(r"\d{2,3}[ \u00a0]\d")


def _scheme_inside(text: str, code_start: int, number_start: int) -> bool:
    before = text[max(0, code_start - 12) : code_start]
    return bool(_CAPITALS_BEFORE.search(before) or _DEPARTEMENT_GROUP.match(text, number_start))


def _nirs(text: str) -> Iterator[Span]:
    for match in NIR.finditer(text):
        compact = re.sub(r"[^0-9ABab]", "", match.group()).upper()
        if len(compact) == 15 and nir.is_valid(compact):
            yield Span(match.start(), match.end(), Label.NIR, "stdnum:nir")
        elif _announced(_NIR_KEYWORD, text, match.start()):
            yield Span(match.start(), match.end(), Label.NIR, "rule:nir")
    if "\n" in text:
        for match in _WRAPPED_NIR.finditer(text):
            compact = re.sub(r"[^0-9ABab]", "", match.group()).upper()
            if "\n" in match.group() and len(compact) == 15 and nir.is_valid(compact):
                yield Span(match.start(), match.end(), Label.NIR, "stdnum:nir")


def _ibans(text: str) -> Iterator[Span]:
    position = 0
    while match := IBAN.search(text, position):
        position = match.end()
        if found := _longest_valid_iban(text, match.start(), match.end()):
            yield Span(match.start(), found, Label.IBAN, "stdnum:iban")
            position = found  # the next IBAN may start right after this one
        elif _announced(_IBAN_KEYWORD, text, match.start()) and _mostly_figures(match.group()[4:]):
            end = match.start() + len(re.match(r"[\w \u00a0.\-]*\d", match.group()).group())
            yield Span(match.start(), end, Label.IBAN, "rule:iban")
        else:
            # "Hf91ExTD FR76 3000…": a code shaped like an IBAN's start ran into the real one
            blank = _BLANK.search(text, match.start(), match.end())
            position = blank.end() if blank else match.end()
    for match in _IBAN_CODE_APART.finditer(text):
        if found := _longest_valid_iban(text, match.start(), match.end()):
            yield Span(match.start(), found, Label.IBAN, "stdnum:iban")
    for match in RIB.finditer(text):
        yield Span(match.start(), match.end(), Label.IBAN, "rule:rib")


def _mostly_figures(characters: str) -> bool:
    """An account number mistyped is still mostly figures; "IBAN FR76 suivi de 23 caractères" is words."""
    alphanumeric = [c for c in characters if c.isalnum()]
    return sum(c.isdigit() for c in alphanumeric) * 2 > len(alphanumeric)


def _longest_valid_iban(text: str, start: int, end: int) -> int | None:
    """The regex may run into the following words: shorten until the check digits agree."""
    while end - start >= 15:
        if iban.is_valid(text[start:end].replace("\n", " ")):
            return end
        end -= 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
    return None


_PREFIX_BEFORE = re.compile(r"\b(?:en|par)[ \t]*\Z", re.IGNORECASE)


def _case_ids(text: str) -> Iterator[Span]:
    for keyword in _CASE_KEYWORD.finditer(text):
        if not _DIGIT.search(text, keyword.end(), keyword.end() + 90):
            continue  # no number close enough to be the one announced
        match = _IDENTIFIER.match(text, keyword.end())
        if not match or "\n" in text[keyword.end() : match.start("id")]:
            continue
        start = match.start("id")
        if (
            (prefix := match["prefix"])
            and prefix[-1] == " "
            and len(prefix) > 2  # "J 23/00417-2": a letter alone announces nothing, it is the file's
            and not _SPACED_REFERENCE.fullmatch(text, start, match.end("id"))
        ):
            start = match.end("prefix")  # "client 4001 2873 551", "MDPH 059…": a word, not the number
        value = text[start : match.end("id")].rstrip(" .-/_")
        # a court's Portalis number is mostly letters: "DBX2-W-B7I-CVKL4"
        portalis = keyword.group().lower() == "portalis" and len(value) >= 10
        # "écrou n° 998 412", "dossier INDIV 00 458 722": after a word for a number, or opening on a
        # zero, figures in groups of three are a number, not an amount
        grouped = _GROUPED_FIGURES.fullmatch(value) and (
            value.startswith("0") or _WORD_FOR_A_NUMBER.fullmatch(keyword.group().strip())
        )
        if (
            (
                _is_file_number(value)
                or portalis
                or (grouped and not _NOT_A_FILE_AFTER.match(text, start + len(value)))
            )
            and not _refers_to_no_file(text, keyword.start(), keyword.end())
            and not _FREE_NUMBER.fullmatch(value)  # "Numéro pour les victimes : 116 006"
            and _BLANKS.sub("", value) not in SHORT_NUMBERS  # "CAF : 32 30 / CPAM : 36 46"
            # "le jugement rappelle l'article L. 1111-2": a law's article between the keyword and the number
            and not _CODE_ARTICLE.search(text, max(0, start - 16), start)
            and not _NOT_A_PERSON_S.search(text, keyword.end(), start)
            and not _FORM_EDITION.match(text, start + len(value))
            # "un numéro en 0692 ou 0693": the first figures of numbers, talked about
            and not (len(value) <= 4 and _PREFIX_BEFORE.search(text, keyword.end(), start))
        ):
            yield Span(start, start + len(value), Label.CASE_ID, "rule:case-id")
    shaped = [(match, "rule:case-shape") for match in CASE_SHAPE.finditer(text)]
    shaped += [(match, "rule:case-shape") for match in _SHAPE_IN_FILE_NAME.finditer(text)]
    # a year without an order number after it is no file ("RH-FRAIS-2024": a form letter's reference;
    # "DS/ASE/2024-0871", "DBVA-Y-4587-XK" are files)
    shaped += [
        (match, "rule:case-code")
        for match in _CODE.finditer(text)
        if not _YEAR_GROUP.search(match.group()) or _ORDER_GROUP.search(match.group())
    ]
    # A long number on its own, with no keyword: a file's ("n° 2345678" lost its "n°", "CAF 1458720 et
    # 1458721"); amounts, trains and published case law stay.
    shaped += [
        (match, "rule:case-long-number")
        for match in _LONG_NUMBER.finditer(text)
        if not _NOT_A_FILE_AFTER.match(text, match.end())
        and not _TRANSPORT.search(text, max(0, match.start() - 20), match.start())
        and not _in_a_range(text, match)
    ]
    yield from (
        Span(match.start("id"), match.end("id"), Label.CASE_ID, "rule:case-shape")
        for match in (*_SCHEME_THEN_SHORT.finditer(text), *_PORTALIS.finditer(text))
    )
    for match, source in shaped:
        digits = sum(char.isdigit() for char in match.group())
        if (
            digits >= MIN_CASE_DIGITS
            and not _refers_to_no_file(text, match.start(), match.start())
            and not _a_period(match.group())
        ):
            yield Span(match.start(), match.end(), Label.CASE_ID, source)


def _a_period(shape: str) -> bool:
    """ "le plan APA 2024-2028", "PDI 2025/2027": a scheme's years, no file (a file's number has its keyword)."""
    years = _PERIOD_END.search(shape)
    return years is not None and 0 < int(years[2]) - int(years[1]) <= MAX_PERIOD_YEARS


_PERIOD_END = re.compile(r"(?:\A|(?<=[ \t]))((?:19|20)\d\d)[ \t]?[-/][ \t]?((?:19|20)\d\d)\Z")
MAX_PERIOD_YEARS = 10


# Six figures or more in one piece, a letter or two after them at most (phones, NIR and IBAN are
# found as such first: the more specific label wins).
# (a social housing request's "numéro unique" has 15 figures)
# (followed by a blank and figures, it is part of an amount, unless it has eight figures or more: "EDF 6009287451 1 204 €")
_LONG_NUMBER = re.compile(r"(?<![\w.,/-])(?<!\d )\d{6,16}[A-Z]{0,2}(?![\w/-]|[.,]\d)(?:(?<=\d{8})|(?! \d))")
_NOT_A_FILE_AFTER = re.compile(r"\s*(?:€|euros?\b|EUR\b|k€|M€|habitants|km|m²|m2|h\b)", re.IGNORECASE)
# "numérotés de 004501 à 004600": a range of things' numbers (vouchers, forms), not a file ("CAF 1458720 et 1458721"
# are two files)
_RANGE_FROM = re.compile(r"\b(?:de|du)[ \t]+$", re.IGNORECASE)
_RANGE_TO = re.compile(r"[ \t]+(?:à|au)[ \t]+\d{6,}")
_RANGE_END = re.compile(r"\b(?:de|du)[ \t]+\d{6,}[ \t]+(?:à|au)[ \t]+$", re.IGNORECASE)


def _in_a_range(text: str, match: re.Match) -> bool:
    if _RANGE_FROM.search(text, max(0, match.start() - 5), match.start()) and _RANGE_TO.match(
        text, match.end()
    ):
        return True
    return _RANGE_END.search(text, max(0, match.start() - 40), match.start()) is not None


_NATIONAL_DIRECTORATE = re.compile(
    r"(?:DGCS|DGS|DSS|DGOS|DGEFP|DGCL|DREES|DGAFP|DPJJ|DAP|DGESCO|DIHAL|DGEF)/"
)
_TRANSPORT = re.compile(r"\b(?:TER|TGV|train|vol|bus|ligne|car|RER|tram)\s*(?:n°\s*)?$", re.IGNORECASE)


_YEAR_GROUP = re.compile(r"(?:^|[-/_])(?:19|20)\d\d(?:$|[-/_])(?!\d{3})")
# ... unless an order number of five figures or more follows: "titre 2024-T-001587"
_ORDER_GROUP = re.compile(r"[-/_]\d{5,}$")
# Three groups or more of capitals and figures: "DS/ASE/2024-0871", "MUT-0045871-A", "C2S-2024-458712".
_CODE = re.compile(r"(?<![\w/.-])(?=[\w/-]*[A-Z])[A-Z0-9]{1,8}(?:[-/_][A-Z0-9]{1,8}){2,5}(?![\w/-])")


def _refers_to_no_file(text: str, start: int, end: int) -> bool:
    """A law, a form, a room, case law or a strike notice just before the number (or its keyword,
    start to end): "décret n° 2016-1248", "Cass. crim., … n° 21-84.104"."""
    before = max(0, start - _NOT_A_FILE_WINDOW)
    kind = _NOT_A_FILE.search(text, before, end)
    if kind and _SENTENCE_ENDS.search(kind.group()):
        kind = None  # "aucun rdv en ligne. N° étranger 7503184226": the line was the last sentence's
    if kind and kind.group().lower().startswith("plan") and _SCHEME_PLAN.match(text, end):
        kind = None  # "plan n° APA-67-0045219": one person's plan, its scheme in the reference
    if kind and kind.group().lower().startswith("ordonnance") and _COURT_NUMBER.match(text, end):
        kind = None  # "ordonnance n° 24/02219": a judge's order in a family's case, numbered as courts do
    return bool(kind or _PUBLIC_REFERENCE.search(text, before, start))


_CODE_ARTICLE = re.compile(r"\b(?:article|art\.)[ \t\u00a0]+(?:(?-i:[LRD])\.?[ \t\u00a0]?)?$", re.IGNORECASE)
_GROUPED_FIGURES = re.compile(r"\d{1,3}(?: \d{3}){1,2}")
_WORD_FOR_A_NUMBER = re.compile(
    r"n[°º]|no\.|#|[ée]crou|matricule|identifiant|allocataire|num[ée]ro|num\.?", re.IGNORECASE
)


# A file number spelt out on the phone: "son numéro CAF : « zéro huit sept, un deux, quatre cinq »"; five words at
# least, as four are a national line's ("le numéro du trois neuf sept sept", 3977)
_SPELLED_NUMBER = re.compile(
    rf"\b{NUMBER_WORDS}(?:[ \t]*[,-]?[ \t]*(?:et[ \t]+)?{NUMBER_WORDS}){{4,}}\b", re.IGNORECASE
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


# A social network's handle names a person as surely as a name: "@lyna.du.93", "son pseudo c yanel_lz59",
# "snap : sniper_94x" (an e-mail address's "@" has a word before it).
_HANDLE = re.compile(
    r"(?<![\w@.])(?P<handle>@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?<![.]))"
    # ("son blaze c tony.mtp34", "son pseudo c lebgdu62_": letters and a digit or an underscore, not "c'est drôle"
    # nor "le bourg compte 340 habitants")
    r"|\b(?:pseudo|snap|insta|tiktok|compte|blaze)[ ]?(?:c['’]?(?:est)?[ ]|:[ ]?|(?:appel[ée]|nomm[ée])[ ])?"
    r"(?P<user>(?=[a-z0-9_.]*[a-z])(?=[a-z0-9.]*[\d_])[a-z0-9][a-z0-9_.]{2,29}(?<![.]))(?![\w@])",
    re.IGNORECASE,
)
# A social security number dictated: "son numéro de sécurité sociale un quatre-vingt-douze zéro deux treize (…) clé
# vingt et un".
_SPELLED_NIR = re.compile(
    rf"\b{NUMBER_WORDS}(?:[ \t]*[,-]?[ \t]*(?:et[ \t]+|cl[ée][ \t]+)?{NUMBER_WORDS}){{5,}}\b", re.IGNORECASE
)
_NIR_KEYWORD = re.compile(
    r"\b(?:s[ée]cu(?:rit[ée][ \t]+sociale)?|nir|insee|carte[ \t]+vitale)\b", re.IGNORECASE
)


def _spelled_nirs(text: str) -> Iterator[Span]:
    for match in _SPELLED_NIR.finditer(text):
        keywords = list(_NIR_KEYWORD.finditer(text, max(0, match.start() - 80), match.start()))
        if keywords and not _BREAK_NOT_TITLE.search(text, keywords[-1].end(), match.start()):
            yield Span(match.start(), match.end(), Label.NIR, "rule:nir-in-words")


def _spelled_case_ids(text: str) -> Iterator[Span]:
    for match in _SPELLED_NUMBER.finditer(text):
        keywords = list(_CASE_KEYWORD.finditer(text, max(0, match.start() - 60), match.start()))
        if keywords and not _SENTENCE_BREAK.search(text, keywords[-1].end(), match.start()):
            yield Span(match.start(), match.end(), Label.CASE_ID, "rule:case-id-in-words")


def _is_file_number(value: str) -> bool:
    digits = sum(char.isdigit() for char in value)
    if digits < MIN_CASE_DIGITS or value in SHORT_NUMBERS or _FREE_NUMBER.fullmatch(value):
        return False
    # A date, a year, a plan's years ("2022-2026"), hours ("24h/24") or an amount are not files.
    return not re.fullmatch(
        # (an amount has up to three groups of figures: "310 045 872 114" is a customer reference)
        # ("06/01 9h30": a day and its hour)
        r"[0-3]?\d[/.-](?:0?[1-9]|1[0-2])(?:[/.-]\d{2,4})?(?: \d{1,2}h\d{0,2})?|\d{1,2}h\d\d|\d{1,2}h/\d{1,2}|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d|(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?(?:-\d\d){0,2}|\d{1,3}(?: \d{3}){1,2}",
        value,
    )


def _announced(keyword: re.Pattern, text: str, start: int, window: int = 40) -> bool:
    return keyword.search(text, max(0, start - window), start) is not None
