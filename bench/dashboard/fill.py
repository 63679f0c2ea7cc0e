"""Fast bulk load of confirmed signatures, published testimonies and their field counts (Django side).

Rows go straight to the database driver, in batches, without model instances: `executemany` in one
transaction per batch on SQLite, `COPY ... FROM STDIN` on PostgreSQL; a table's secondary indexes are
dropped before and created again after (their CREATE statements read from the database itself). Column names and the constant
values of the columns the bench does not vary come from the models (`_meta`), so a new column with a
default is filled; a new NOT NULL column without one makes the load fail loudly.

Distributions (seeded, so two runs load the same rows):
  - département: weighted by the legal population of its communes (geo/data/communes.tsv.gz), so Nord,
    Paris and Bouches-du-Rhône are big and Lozère is small; 2% of signatures give no département;
  - profession: educators and social workers first (weights below), "autre" rare;
  - signatures confirmed over 120 days: a launch burst decaying over the first weeks, two media peaks,
    then a trickle; 60% chose the public list;
  - testimonies: 1 to 3 themes (weighted towards staffing and means), a service for 90%, a masked text of
    a few hundred characters for 95% (lengths vary from one sentence to about 3,000 characters), published
    over the same 120 days, ISO week of the deposit a few days before;
  - field counts: 75% of testimonies have one; each indicator is missing with its own probability.
"""

import bisect
import contextlib
import datetime as dt
import gzip
import itertools
import json
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

BATCH = 20_000
DAYS = 120

PROFESSION_WEIGHTS = {
    "educateur": 25, "assistant_social": 22, "cesf": 6, "puericultrice": 5, "infirmier": 4,
    "psychologue": 5, "secretaire": 8, "sage_femme": 1.5, "medecin_pmi": 1, "tisf": 3,
    "assistant_familial": 6, "animateur": 2, "conseiller_conjugal": 1, "referent_insertion": 4,
    "cadre": 4, "autre": 2.5,
}  # fmt: skip
SERVICE_WEIGHTS = {
    "ase": 28, "pmi": 16, "polyvalence": 22, "insertion": 8, "autonomie": 8, "mdph": 4, "sante": 2,
    "ccas": 5, "etablissement": 5, "autre": 2,
}  # fmt: skip
THEME_WEIGHTS = {
    "effectifs": 30, "moyens": 18, "management": 12, "procedures": 10, "public_eloigne": 9,
    "sante_travail": 8, "equipe": 6, "distance": 3, "assistants_familiaux": 2, "partenaires": 1,
    "politiques": 1,
}  # fmt: skip
EMPLOYERS = ["departement"] * 8 + ["ccas", "etablissement", "association", "autre"]
LAST_NAMES = [
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefevre", "Faure", "Andre",
    "Mercier", "Blanc", "Guerin", "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier",
    "Garcia", "Perrin", "Robin", "Clement", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier",
    "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noel", "Meyer", "Dufour",
    "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Riviere", "Lucas", "Brunet", "Gaillard", "Barbier",
    "Arnaud", "Martinez", "Gerard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal",
    "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier",
    "Philippe", "Bourgeois", "Pierre", "Benoit", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq",
    "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier",
    "Sanchez", "Dupuis", "Moulin", "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury",
    "Royer", "Klein", "Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carre", "Charles",
    "Renault", "Charpentier", "Menard", "Maillard", "Baron", "Bertin", "Bailly", "Herve", "Schneider",
    "Fernandez", "Le Gall", "Collet", "Leger", "Bouvier", "Julien", "Prevost", "Millet", "Perrot", "Daniel",
    "Le Roux", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Remy", "Le Goff", "Pelletier",
    "Leveque", "Perrier",
]  # fmt: skip
FIRST_NAMES = [
    "Camille", "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie", "Valérie", "Christine",
    "Sandrine", "Stéphanie", "Céline", "Véronique", "Laurence", "Aurélie", "Julie", "Émilie", "Caroline",
    "Claire", "Hélène", "Anne", "Élodie", "Karine", "Virginie", "Audrey", "Léa", "Manon", "Chloé", "Sarah",
    "Laura", "Pauline", "Mathilde", "Lucie", "Marion", "Fatima", "Amina", "Nadia", "Samia", "Yasmina",
    "Inès", "Thomas", "Nicolas", "Julien", "Sébastien", "Stéphane", "Christophe", "Pierre", "Frédéric",
    "David", "Olivier", "Laurent", "Philippe", "Éric", "Patrick", "Alexandre", "Antoine", "Maxime",
    "Romain", "Mehdi", "Karim", "Sofiane", "Youssef", "Hugo", "Lucas",
]  # fmt: skip
SENTENCES = [
    "Trois postes d'assistante sociale sont vacants depuis l'été et personne n'est recruté.",
    "Les visites à domicile sont remplacées par des rendez-vous au guichet, quand il y en a.",
    "On nous demande de remplir des tableaux d'indicateurs au lieu d'accompagner les familles.",
    "Les mesures de placement ordonnées par le juge attendent des mois avant d'être exercées.",
    "Notre cheffe de service a quitté le poste en mars, l'intérim est assuré par la direction à distance.",
    "Les collègues en arrêt ne sont pas remplacées ; leurs dossiers sont répartis sur l'équipe.",
    "Le public ne peut plus nous joindre : la plateforme téléphonique renvoie vers un formulaire en ligne.",
    "Les bilans de santé en école maternelle ont été supprimés faute de puéricultrices.",
    "Les familles d'accueil sont épuisées et plusieurs ont arrêté cette année.",
    "Nous faisons des heures supplémentaires non récupérées pour tenir les délais des rapports.",
    "La réorganisation du territoire a éloigné les permanences des quartiers où vivent les gens.",
    "Le logiciel impose des cases qui ne correspondent pas à ce que vivent les personnes.",
    "On ferme le centre social du quartier en juin, sans solution pour les ateliers parents-enfants.",
    "Les jeunes majeurs sortent de l'aide sociale à l'enfance sans logement ni ressources.",
    "L'équipe tient grâce à la solidarité entre collègues, mais plusieurs parlent de partir.",
    "Les réunions d'équipe ont été supprimées, il n'y a plus de temps pour penser les situations.",
    "Les personnes âgées attendent l'évaluation de l'APA pendant des semaines.",
    "Il manque des places d'accueil d'urgence : des enfants dorment à l'hôtel.",
    "La direction parle de performance et de file active, jamais du sens de notre travail.",
    "Le partenariat avec l'hôpital et l'école s'est effiloché depuis la crise sanitaire.",
]
# Masked text length in sentences: many short accounts, some long ones (about 90 characters a sentence).
SENTENCE_COUNTS = (
    [1] * 3
    + [2] * 6
    + [3] * 8
    + [4] * 9
    + [5] * 9
    + [6] * 8
    + [8] * 7
    + [10] * 5
    + [14] * 3
    + [20] * 2
    + [32]
)
# Indicator: (probability it is given, value generator)
FIELD_COUNTS: dict[str, tuple[float, Callable[[random.Random], int]]] = {
    "vacant_posts": (0.75, lambda r: min(int(r.expovariate(1 / 2.5)), 60)),
    "vacant_months": (0.45, lambda r: min(1 + int(r.expovariate(1 / 7)), 240)),
    "absences_people": (0.6, lambda r: min(int(r.expovariate(1 / 2)), 40)),
    "absences_days": (0.45, lambda r: min(int(r.expovariate(1 / 25)), 900)),
    "measures_waiting": (0.3, lambda r: min(int(r.expovariate(1 / 30)), 900)),
    "measures_median_days": (0.25, lambda r: min(7 + int(r.expovariate(1 / 80)), 720)),
    "closures": (0.35, lambda r: 0 if r.random() < 0.7 else 1 + int(r.expovariate(1))),
}


@dataclass(frozen=True)
class Loaded:
    table: str
    rows: int
    seconds: float  # rows and indexes
    indexes: int = 0
    indexes_s: float = 0.0  # of which the secondary indexes' rebuild


class Weighted:
    """Draws from weighted choices in O(log n) (random.choices recomputes the cumulative sums each call)."""

    def __init__(self, weights: dict):
        self.values = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random):
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def population_by_departement() -> tuple[dict[str, int], dict[str, list[tuple[str, str]]]]:
    """Legal population of each département, and its 20 biggest communes (name, INSEE code)."""
    from concertons.geo import departements

    path = departements.DATA_FILE.parent / "communes.tsv.gz"
    population: dict[str, int] = defaultdict(int)
    towns: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        header = next(lines).rstrip("\n").split("\t")
        at = {name: header.index(name) for name in ("insee", "departement", "name", "population")}
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            people = int(fields[at["population"]] or 0)
            population[fields[at["departement"]]] += people
            towns[fields[at["departement"]]].append((people, fields[at["name"]], fields[at["insee"]]))
    codes = [departement.code for departement in departements.all_departements()]
    weights = {code: max(population.get(code, 0), 1) for code in codes}
    biggest = {
        code: [(n, i) for _p, n, i in sorted(towns.get(code, []), reverse=True)[:20]] for code in codes
    }
    return weights, biggest


def _launch_day(rng: random.Random) -> float:
    """Days since the launch: a burst decaying over the first weeks, media peaks on days 35 and 80."""
    draw = rng.random()
    if draw < 0.55:
        day = rng.expovariate(1 / 6)
    elif draw < 0.70:
        day = 35 + rng.expovariate(1 / 3)
    elif draw < 0.80:
        day = 80 + rng.expovariate(1 / 2)
    else:
        day = rng.uniform(0, DAYS)
    return min(day, DAYS - 0.01)


# Generic writer ----------------------------------------------------------------------------------------


def _columns(model, varying: Sequence[str]) -> tuple[list[str], list]:
    """All concrete columns, `varying` first, then the others with their constant database value."""
    fields = {field.name: field for field in model._meta.concrete_fields}
    missing = [name for name in varying if name not in fields]
    if missing:
        raise RuntimeError(f"{model.__name__} has no field {missing}: update bench/dashboard/fill.py")
    columns = [fields[name].column for name in varying]
    constants = []
    for name, field in fields.items():
        if name in varying:
            continue
        if field.primary_key:
            if field.get_internal_type() in {"AutoField", "BigAutoField", "SmallAutoField"}:
                continue  # numbered by the database
            raise RuntimeError(f"{model.__name__}.{name}: the primary key must be in the varying columns")
        if field.has_default():
            value = field.get_default()
        elif field.null:
            value = None
        elif field.blank and field.empty_strings_allowed:
            value = ""
        else:
            raise RuntimeError(f"{model.__name__}.{name} has no default: update bench/dashboard/fill.py")
        columns.append(field.column)
        constants.append(field.get_db_prep_save(value, connection))
    return columns, constants


def _secondary_indexes(table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the table's indexes that are neither its primary key nor a constraint."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = %s "
                "AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass)",
                [table, connection.ops.quote_name(table)],
            )
        else:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s AND sql IS NOT NULL",
                [table],
            )
        return cursor.fetchall()


@contextlib.contextmanager
def _indexes_rebuilt_after(model, timing: dict):
    """Drop the table's secondary indexes, let the caller load, then create them again (one sort each
    instead of a random B-tree insertion per row and per index); the rebuild's time goes in timing."""
    indexes = _secondary_indexes(model._meta.db_table)
    with connection.cursor() as cursor:
        for name, _sql in indexes:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    try:
        yield
    finally:
        started = time.monotonic()
        with connection.cursor() as cursor:
            for _name, sql in indexes:
                cursor.execute(sql)
        timing["indexes_s"] = time.monotonic() - started
        timing["indexes"] = len(indexes)


def _write(model, varying: Sequence[str], rows: Iterable[tuple], *, batch: int = BATCH) -> tuple[int, dict]:
    """Insert rows (values of `varying`, database-ready) in batches, secondary indexes rebuilt after;
    returns the number written and the index rebuild's figures."""
    timing: dict = {}
    with _indexes_rebuilt_after(model, timing):
        written = _insert(model, varying, rows, batch=batch)
    return written, timing


def _insert(model, varying: Sequence[str], rows: Iterable[tuple], *, batch: int) -> int:
    columns, constants = _columns(model, varying)
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    constants = tuple(constants)
    written = 0
    rows = iter(rows)
    connection.ensure_connection()
    while chunk := list(itertools.islice(rows, batch)):
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with (
                    connection.cursor() as cursor,
                    cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
                ):
                    for row in chunk:
                        copy.write_row(row + constants)
            else:
                marks = ", ".join("?" * len(columns))
                connection.connection.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})", [row + constants for row in chunk]
                )
        written += len(chunk)
    return written


def _datetime(value: dt.datetime):
    return connection.ops.adapt_datetimefield_value(value)


def _uuid(value: uuid.UUID):
    return value if connection.features.has_native_uuid_field else value.hex


def _json(value) -> str:
    return json.dumps(value)


def loading_pragmas() -> None:
    """SQLite: a big page cache and no fsync while loading (a throw-away bench database)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -262144")  # 256 MiB for this connection only
            cursor.execute("PRAGMA synchronous = OFF")


# Signatures --------------------------------------------------------------------------------------------


SIGNATURE_FIELDS = (
    "campaign", "version", "last_name", "first_name", "profession", "service", "commune", "commune_insee",
    "departement", "email", "email_key", "is_public", "source", "status", "token_key", "created_at",
    "confirmed_at",
)  # fmt: skip


def signatures_rows(
    *,
    campaign_id: int,
    version_id: int,
    count: int,
    seed: int,
    end: dt.datetime,
    departement: str | None = None,
    start_index: int = 0,
) -> Iterator[tuple]:
    """Confirmed signatures; all in `departement` if given, else spread by population."""
    rng = random.Random(seed)
    weights, towns = population_by_departement()
    pick_departement = Weighted(weights)
    pick_profession = Weighted(PROFESSION_WEIGHTS)
    pick_service = Weighted(SERVICE_WEIGHTS)
    launch = end - dt.timedelta(days=DAYS)
    for index in range(start_index, start_index + count):
        code = departement or ("" if rng.random() < 0.02 else pick_departement(rng))
        commune, insee = rng.choice(towns[code]) if code and towns.get(code) else ("", "")
        confirmed_at = launch + dt.timedelta(days=_launch_day(rng))
        created_at = confirmed_at - dt.timedelta(minutes=rng.expovariate(1 / 30))
        email = f"signataire-{index}@bench.example.org"
        yield (
            campaign_id, version_id, rng.choice(LAST_NAMES), rng.choice(FIRST_NAMES), pick_profession(rng),
            pick_service(rng) if rng.random() < 0.8 else "", commune, insee, code, email, email,
            rng.random() < 0.6, "online", "confirmed", f"bench{index}", _datetime(created_at),
            _datetime(confirmed_at),
        )  # fmt: skip


def signatures_load(
    *, campaign, count: int, seed: int = 1, departement: str | None = None, start_index: int = 0
) -> Loaded:
    from concertons.campaigns.services import campaign_version_current
    from concertons.signatures.models import Signature

    version = campaign_version_current(campaign=campaign)
    started = time.monotonic()
    rows = signatures_rows(
        campaign_id=campaign.pk,
        version_id=version.pk,
        count=count,
        seed=seed,
        end=timezone.now(),
        departement=departement,
        start_index=start_index,
    )
    written, timing = _write(Signature, SIGNATURE_FIELDS, rows)
    return Loaded(Signature._meta.db_table, written, time.monotonic() - started, **timing)


# Testimonies and field counts ------------------------------------------------------------------------


TESTIMONY_FIELDS = (
    "id", "public_id", "campaign", "departement", "service", "employer", "profession", "themes", "week",
    "detail", "masked_text", "spans", "status", "receipt_lookup", "receipt_hash", "published_on",
)  # fmt: skip
FIELD_COUNT_FIELDS = ("id", "testimony", *FIELD_COUNTS, "pmi_dropped")


def masked_text(rng: random.Random) -> str:
    sentences = rng.choice(SENTENCE_COUNTS)
    paragraphs, current = [], []
    for _ in range(sentences):
        current.append(rng.choice(SENTENCES))
        if len(current) >= 4 and rng.random() < 0.5:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def testimonies_load(
    *,
    campaign,
    count: int,
    seed: int = 2,
    departement: str | None = None,
    elsewhere_than: str | None = None,
    start_index: int = 0,
) -> tuple[Loaded, Loaded, dict]:
    """Published testimonies and their field counts, all in `departement` if given, else spread by
    population (never in `elsewhere_than`); returns both loads and a few facts about the texts."""
    from concertons.testimonies.models import FieldCount, Testimony

    rng = random.Random(seed)
    weights, _towns = population_by_departement()
    weights.pop(elsewhere_than, None)
    pick_departement = Weighted(weights)
    pick_profession = Weighted(PROFESSION_WEIGHTS)
    pick_service = Weighted(SERVICE_WEIGHTS)
    pick_theme = Weighted(THEME_WEIGHTS)
    today = timezone.localdate()
    facts = {"texts": 0, "text_chars": 0, "themes": 0}
    counts: list[tuple] = []

    def testimonies() -> Iterator[tuple]:
        for index in range(start_index, start_index + count):
            key = uuid.UUID(int=rng.getrandbits(128), version=4)
            themes = sorted({pick_theme(rng) for _ in range(rng.choice((1, 1, 2, 2, 2, 3)))})
            published_on = today - dt.timedelta(days=int(_launch_day(rng) * 0.97))
            year, week, _day = (published_on - dt.timedelta(days=rng.randint(1, 10))).isocalendar()
            text = masked_text(rng) if rng.random() < 0.95 else ""
            facts["texts"] += bool(text)
            facts["text_chars"] += len(text)
            facts["themes"] += len(themes)
            service = pick_service(rng) if rng.random() < 0.9 else ""
            yield (
                _uuid(key), f"bench{index:09d}", campaign.pk, departement or pick_departement(rng), service,
                rng.choice(EMPLOYERS), pick_profession(rng) if rng.random() < 0.9 else "", _json(themes),
                f"{year}-W{week:02d}", "full", text, "[]", "published", f"{index % 10**8:08d}",
                "bench-placeholder", connection.ops.adapt_datefield_value(published_on),
            )  # fmt: skip
            if rng.random() < 0.75:
                values = tuple(
                    make(rng) if rng.random() < given else None for given, make in FIELD_COUNTS.values()
                )
                pmi = rng.choice(("yes", "no", "unknown", "", "", ""))
                counts.append(
                    (_uuid(uuid.UUID(int=rng.getrandbits(128), version=4)), _uuid(key), *values, pmi)
                )

    started = time.monotonic()
    written, timing = _write(Testimony, TESTIMONY_FIELDS, testimonies())
    testimony_load = Loaded(Testimony._meta.db_table, written, time.monotonic() - started, **timing)
    started = time.monotonic()
    counted, timing = _write(FieldCount, FIELD_COUNT_FIELDS, counts)
    count_load = Loaded(FieldCount._meta.db_table, counted, time.monotonic() - started, **timing)
    return testimony_load, count_load, facts


def analyze() -> float:
    """PostgreSQL: VACUUM ANALYZE the loaded tables, as autovacuum would soon after a load. SQLite: nothing
    (the product never runs ANALYZE, so a real SQLite database has no planner statistics)."""
    if connection.vendor != "postgresql":
        return 0.0
    from concertons.signatures.models import Signature
    from concertons.testimonies.models import FieldCount, Testimony

    started = time.monotonic()
    with connection.cursor() as cursor:
        for model in (Signature, Testimony, FieldCount):
            cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    return time.monotonic() - started
