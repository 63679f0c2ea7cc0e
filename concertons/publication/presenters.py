"""Turn snapshot data into what a page or a PDF shows: charts (SVG), the same figures as tables, CSV rows."""

from dataclasses import dataclass, field
from datetime import date

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Profession, Service, Theme
from concertons.geo import departements
from concertons.publication import charts, francemap

INDICATOR_LABELS = {
    "vacant_posts": gettext_lazy("Postes vacants"),
    "absences_people": gettext_lazy("Collègues absent·es non remplacé·es (mois dernier)"),
    "absences_days": gettext_lazy("Jours d'absence non remplacés (mois dernier)"),
    "measures_waiting": gettext_lazy("Mesures de protection de l'enfance en attente"),
    "measures_median_days": gettext_lazy("Attente des mesures (jours, médiane)"),
    "closures": gettext_lazy("Fermetures dans l'année"),
}


@dataclass
class Chart:
    slug: str  # names the CSV download
    title: str
    caption: str
    svg: str
    headers: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)


def secret_label(k: int) -> str:
    """One word for every withheld figure: telling which ones hide a small group and which only protect it
    would help to narrow the small ones down. The legend (secret_note) explains both."""
    return _("secret")


def secret_note(k: int) -> str:
    return _(
        "« secret » : chiffre venant de moins de %(k)s personnes, ou masqué pour protéger un autre chiffre."
    ) % {"k": k}


def _value(record: dict, k: int, key: str = "count") -> int | float | None:
    """A published number, or None for a secret; absent figures count as 0 only for counts."""
    if record["status"] == "secret":
        return None
    value = record.get(key)
    if value is None:
        return 0 if key == "count" else None
    return value


def _shown(value, k: int) -> str:
    return secret_label(k) if value is None else charts.format_number(value, decimals=1 if value % 1 else 0)


def _departement_label(code: str) -> str:
    found = departements.get(code)
    return found.label if found else code


def _margin(records: list[dict], **labels) -> dict | None:
    for record in records:
        if all(record.get(key) == value for key, value in labels.items()):
            return record
    return None


def signatures_over_time(data: dict) -> Chart:
    points = [(date.fromisoformat(day), count) for day, count in data["by_day"]]
    title = _("Signatures confirmées au fil du temps")
    caption = _("Nombre total de signatures confirmées, jour après jour.")
    return Chart(
        "signatures-temps", title, caption,
        charts.line_chart(points, title=title, description=caption, empty_label=_("Pas encore de signature")),
        [_("Jour"), _("Signatures (cumul)")],
        [[day.strftime("%d/%m/%Y"), charts.format_number(count)] for day, count in points],
    )  # fmt: skip


def signatures_map(
    data: dict, campaign: Campaign, highlight: str | None = None, on_paper: bool = False
) -> Chart:
    values = dict(data["by_departement"])
    title = _("Signatures par département")
    caption = _("Nombre de signatures confirmées par département de travail.")
    if not on_paper:
        caption = f"{caption} {_('Cliquez un département pour sa page.')}"
    svg = francemap.france_map(
        values, title=title, description=caption, legend_title=_("Signatures"), secret_label=_("secret"),
        no_data_label=_("aucune signature"), highlight=highlight,
        link=lambda code: reverse("publication:departement", args=[campaign.slug, code]),
    )  # fmt: skip
    rows = [[_departement_label(code), _shown(n, 0)] for code, n in sorted(values.items())]
    return Chart("signatures-departements", title, caption, svg, [_("Département"), _("Signatures")], rows)


def signatures_by_profession(data: dict, k: int, departement: str | None = None) -> Chart:
    if departement is None:
        bars = [
            (str(Profession(code).label), n)
            for code, n in data["by_profession"].items()
            if code in Profession.values
        ]
        bars.sort(key=lambda bar: (bar[1] is None, -(bar[1] or 0)))  # largest first, secrets last
    else:
        bars = [
            (str(Profession(record["profession"]).label), _value(record, k))
            for record in data["departement_profession"]
            if record["departement"] == departement and record["profession"] and record["status"] != "absent"
        ]
    title = _("Signatures par profession")
    caption = _(
        "Profession déclarée par les signataires, y compris ceux qui n'apparaissent pas sur la liste publique "
        "(les petits effectifs sont tenus secrets)."
    )
    return Chart(
        "signatures-professions", title, caption,
        charts.bar_chart(bars, title=title, description=caption, secret_label=secret_label(k),
                         empty_label=_("Pas encore de signature")),
        [_("Profession"), _("Signatures")], [[label, _shown(n, k)] for label, n in bars],
    )  # fmt: skip


def constats_by_theme(data: dict, departement: str | None = None) -> Chart:
    k = data["k"]
    if departement is None:
        records = [r for r in data["by_theme"] if r["theme"]]
    else:
        records = [r for r in data["departement_theme"] if r["departement"] == departement and r["theme"]]
    bars = [(str(Theme(r["theme"]).label), _value(r, k)) for r in records if r["status"] != "absent"]
    title = _("Constats publiés par thème")
    caption = _(
        "Nombre de témoignages publiés qui abordent chaque thème (un témoignage peut en aborder plusieurs)."
    )
    return Chart(
        "constats-themes", title, caption,
        charts.bar_chart(bars, title=title, description=caption, secret_label=secret_label(k),
                         empty_label=_("Aucun constat dans les chiffres publiés (mis à jour une fois par jour)")),
        [_("Thème"), _("Constats")], [[label, _shown(n, k)] for label, n in bars],
    )  # fmt: skip


def constats_by_service(data: dict, departement: str) -> Chart:
    k = data["k"]
    records = [r for r in data["departement_service"] if r["departement"] == departement and r["service"]]
    bars = [(str(Service(r["service"]).label), _value(r, k)) for r in records if r["status"] != "absent"]
    title = _("Constats publiés par service")
    caption = _("Nombre de témoignages publiés dans le département, par service.")
    return Chart(
        "constats-services", title, caption,
        charts.bar_chart(bars, title=title, description=caption, secret_label=secret_label(k),
                         empty_label=_("Aucun constat dans les chiffres publiés (mis à jour une fois par jour)")),
        [_("Service"), _("Constats")], [[label, _shown(n, k)] for label, n in bars],
    )  # fmt: skip


def vacant_posts_map(data: dict, campaign: Campaign, highlight: str | None = None) -> Chart:
    k = data["k"]
    records = data["indicators"]["vacant_posts"]
    values = {
        r["departement"]: _value(r, k, "sum") for r in records if r["departement"] and r["status"] != "absent"
    }
    title = _("Postes vacants relevés, par département")
    caption = _(
        "Somme des postes vacants déclarés dans les relevés publiés. Un chiffre n'est publié que s'il vient "
        "d'au moins %(k)s relevés et qu'aucun ne pèse plus de 85 %% du total."
    ) % {"k": k}
    svg = francemap.france_map(
        values, title=title, description=caption, legend_title=_("Postes vacants"), secret_label=secret_label(k),
        no_data_label=_("aucun relevé"), highlight=highlight,
        link=lambda code: reverse("publication:departement", args=[campaign.slug, code]),
    )  # fmt: skip
    return Chart("postes-vacants", title, caption, svg, *indicator_table(data))


def indicator_table(data: dict, departement: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Every indicator by département (or for one), sum and median, secrets said plainly."""
    k = data["k"]
    headers = [_("Département"), *(str(label) for label in INDICATOR_LABELS.values()), _("Relevés")]
    codes = [departement] if departement else sorted(
        {r["departement"] for r in data["indicators"]["vacant_posts"] if r["departement"] and r["status"] != "absent"}
        | {r["departement"] for name in INDICATOR_LABELS for r in data["indicators"][name]
           if r["departement"] and r["status"] != "absent"}
    )  # fmt: skip
    rows = []
    for code in codes:
        row = [_departement_label(code)]
        answers, any_given = 0, False
        for name in INDICATOR_LABELS:
            record = _margin(data["indicators"][name], departement=code) or {"status": "absent"}
            key = "median" if name == "measures_median_days" else "sum"
            if record["status"] == "absent":
                row.append("—")
            else:
                any_given = True
                row.append(_shown(_value(record, k, key), k))
                answers = max(answers, record.get("count") or 0)
        # Number of relevés behind the row: a count, "secret" when every figure is, "—" when there is none.
        row.append(charts.format_number(answers) if answers else secret_label(k) if any_given else "—")
        rows.append(row)
    return headers, rows


def csv_rows(chart: Chart) -> list[list[str]]:
    return [chart.headers, *chart.rows]
