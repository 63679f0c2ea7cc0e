from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from concertons.campaigns.models import Campaign
from concertons.signatures.models import Signature

SORTS = {"nom": ("last_name", "first_name"), "departement": ("departement", "last_name", "first_name")}


@dataclass(frozen=True)
class SignatureCounts:
    confirmed: int
    by_departement: dict[str, int]
    by_profession: dict[str, int]
    by_source: dict[str, int]
    by_version: dict[int, int]


def signature_counts(*, campaign: Campaign) -> SignatureCounts:
    """Every figure counts confirmed signatures (online, paper, imported), public or not: raw counts, for
    organisers only (staff pages, goal e-mails). Public pages and the API show
    publication.selectors.signature_figures, whose breakdowns went through disclosure control."""
    confirmed = Signature.objects.confirmed().filter(campaign=campaign)

    def grouped(field: str) -> dict:
        rows = confirmed.values(field).annotate(n=Count("pk")).order_by(field)
        return {row[field]: row["n"] for row in rows}

    by_source = grouped("source")
    return SignatureCounts(
        confirmed=sum(by_source.values()),
        by_departement={code: n for code, n in grouped("departement").items() if code},
        by_profession=grouped("profession"),
        by_source=by_source,
        by_version=grouped("version__number"),
    )


def signature_confirmed_count(*, campaign: Campaign) -> int:
    return Signature.objects.confirmed().filter(campaign=campaign).count()


def signature_public_page(
    *,
    campaign: Campaign,
    sort: str = "nom",
    departement: str = "",
    profession: str = "",
    name: str = "",
    page: str | int = 1,
) -> Page:
    """One page of the public list, sorted and filtered as asked (unknown values fall back to defaults);
    `name`: every word found in the last or first name ("dupont anne", "anne")."""
    signatures = Signature.objects.listed().filter(campaign=campaign)
    for word in name.split()[:5]:
        signatures = signatures.filter(Q(last_name__icontains=word) | Q(first_name__icontains=word))
    if departement:
        signatures = signatures.filter(departement=departement)
    if profession:
        signatures = signatures.filter(profession=profession)
    signatures = signatures.order_by(*SORTS.get(sort, SORTS["nom"]), "pk").only(
        "last_name",
        "first_name",
        "profession",
        "job_title",
        "commune",
        "departement",
        "comment",
        "comment_published",
    )
    return Paginator(signatures, settings.SIGNATURES_PER_PAGE).get_page(page)


def signature_staff_list(
    *, campaign: Campaign, search: str = "", status: str = "", to_review: bool = False
) -> QuerySet[Signature]:
    """What organisers moderate: every signature, newest first, searchable by name, commune or e-mail;
    to_review: only those an import flagged."""
    signatures = Signature.objects.filter(campaign=campaign).order_by("-created_at")
    if to_review:
        signatures = signatures.exclude(review_note="")
    if status:
        signatures = signatures.filter(status=status)
    if search:
        signatures = signatures.filter(
            Q(last_name__icontains=search)
            | Q(first_name__icontains=search)
            | Q(commune__icontains=search)
            | Q(email_key__icontains=search.lower())
        )
    return signatures


def signature_export_rows(*, campaign: Campaign, include_emails: bool = False) -> list[dict]:
    """Confirmed signatures as rows for CSV/JSON export (e-mails only on request, for admins)."""
    rows = []
    for signature in (
        Signature.objects.confirmed().filter(campaign=campaign).order_by("last_name", "first_name", "pk")
    ):
        row = {
            "last_name": signature.last_name,
            "first_name": signature.first_name,
            "profession": signature.function_label or signature.profession,
            "workplace": signature.workplace,
            "commune": signature.commune,
            "departement": signature.departement,
            "public": signature.is_public,
            "source": str(signature.get_source_display()),
            "confirmed_at": (
                timezone.localtime(signature.confirmed_at).strftime("%d/%m/%Y %H:%M")
                if signature.confirmed_at
                else ""
            ),
        }
        if include_emails:
            row["email"] = signature.email
        rows.append(row)
    return rows
