import hashlib
import hmac
import unicodedata
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet

from concertons import redaction, stats
from concertons.accounts.models import User
from concertons.campaigns.models import Campaign, Membership
from concertons.campaigns.vocabulary import Profession, Service, Theme
from concertons.geo import departements
from concertons.testimonies import sealed
from concertons.testimonies.models import Testimony


@dataclass(frozen=True)
class WallEntry:
    """A published testimony as the public sees it: context shown only as far as disclosure allows."""

    testimony: Testimony
    departement: str
    service: str  # label, or "" when withheld
    profession: str  # label, or "" when withheld
    themes: list[str]
    service_code: str = ""  # the code of what is shown, "" when withheld
    theme_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class WallFilters:
    """The filter values offered: only those at least k cards show (a rarer one would point at few people)."""

    themes: list[tuple[str, str]]
    departements: list[tuple[str, str]]
    services: list[tuple[str, str]]


def _folded(text: str) -> str:
    """Lower case without accents: "Éducatrice" and "educatrice" match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def wall_list(
    *, campaign: Campaign, theme: str = "", departement: str = "", service: str = "", words: str = ""
) -> tuple[list[WallEntry], WallFilters]:
    """Published testimonies of a campaign, filtered on what each card shows (never on what it withholds),
    and the filter values worth offering. `words`: every one found in the published (masked) text."""
    published = list(Testimony.objects.published().filter(campaign=campaign))
    threshold = campaign.disclosure_threshold
    entries = present(published, everything=published, threshold=threshold)
    filters = _wall_filters(entries, threshold=threshold)
    shown = [
        entry
        for entry in entries
        if (not theme or theme in entry.theme_codes)
        and (not departement or entry.departement == departement)
        and (not service or entry.service_code == service)
    ]
    wanted = _folded(words).split()[:10]
    if wanted:
        shown = [entry for entry in shown if all(w in _folded(entry.testimony.masked_text) for w in wanted)]
    return shown, filters


def _wall_filters(entries: list[WallEntry], *, threshold: int) -> WallFilters:
    themes = Counter(code for entry in entries for code in entry.theme_codes)
    deps = Counter(entry.departement for entry in entries)
    services = Counter(entry.service_code for entry in entries if entry.service_code)
    return WallFilters(
        themes=[
            (code, label)
            for code, label in Theme.choices
            if stats.enough_contributors(themes[code], k=threshold)
        ],
        departements=[
            (code, label)
            for code, label in departements.choices()
            if stats.enough_contributors(deps[code], k=threshold)
        ],
        services=[
            (code, label)
            for code, label in Service.choices
            if stats.enough_contributors(services[code], k=threshold)
        ],
    )


def wall_entry(*, campaign: Campaign, public_id: str) -> WallEntry | None:
    published = list(Testimony.objects.published().filter(campaign=campaign))
    chosen = [t for t in published if t.public_id == public_id]
    if not chosen:
        return None
    return present(chosen, everything=published, threshold=campaign.disclosure_threshold)[0]


LEVELS = [Testimony.Detail.DEPARTEMENT, Testimony.Detail.SERVICE, Testimony.Detail.FULL]


def present(chosen: list[Testimony], *, everything: list[Testimony], threshold: int) -> list[WallEntry]:
    """Profession and service show only when at least k published testimonies share them in the département;
    otherwise the service alone, otherwise the département alone. The author's own choice can only lower it."""
    by_full = Counter((t.departement, t.service, t.profession) for t in everything)
    by_service = Counter((t.departement, t.service) for t in everything)
    entries = []
    for testimony in chosen:
        if (
            testimony.service
            and testimony.profession
            and stats.enough_contributors(
                by_full[(testimony.departement, testimony.service, testimony.profession)], k=threshold
            )
        ):
            allowed = Testimony.Detail.FULL
        elif testimony.service and stats.enough_contributors(
            by_service[(testimony.departement, testimony.service)], k=threshold
        ):
            allowed = Testimony.Detail.SERVICE
        else:
            allowed = Testimony.Detail.DEPARTEMENT
        level = min(LEVELS.index(allowed), LEVELS.index(Testimony.Detail(testimony.detail)))
        entries.append(
            WallEntry(
                testimony=testimony,
                departement=testimony.departement,
                service=str(Service(testimony.service).label) if level >= 1 and testimony.service else "",
                profession=str(Profession(testimony.profession).label)
                if level >= 2 and testimony.profession
                else "",
                themes=[str(Theme(code).label) for code in testimony.themes if code in Theme.values],
                service_code=testimony.service if level >= 1 else "",
                theme_codes=tuple(code for code in testimony.themes if code in Theme.values),
            )
        )
    return entries


def moderation_queue(*, user: User, campaign: Campaign, status: str = "") -> QuerySet[Testimony]:
    """What a moderator may review: their collective's testimonies, only in their départements if limited."""
    testimonies = Testimony.objects.filter(campaign=campaign).exclude(status=Testimony.Status.PUBLISHED)
    testimonies = (
        testimonies.filter(status=status) if status else testimonies.exclude(status=Testimony.Status.REJECTED)
    )
    if user.is_superuser:
        return testimonies.order_by("week", "public_id")
    membership = Membership.objects.filter(user=user, collective=campaign.collective).first()
    if membership is None or membership.role == Membership.Role.ORGANISER:
        return testimonies.none()
    if membership.role == Membership.Role.MODERATOR and membership.departements:
        testimonies = testimonies.filter(departement__in=membership.departements)
    return testimonies.order_by("week", "public_id")


@dataclass(frozen=True)
class Segment:
    text: str
    label: str = ""  # the span's label, "" for plain text
    index: int = -1  # position of the span in testimony.spans, to unmask it

    @property
    def placeholder(self) -> str:
        """What readers will see instead: [personne], [téléphone]…"""
        return redaction.PLACEHOLDERS[redaction.Label(self.label)] if self.label else ""


def review_segments(*, testimony: Testimony) -> list[Segment] | None:
    """The raw text cut into plain and masked pieces, for the moderator (None once the raw text is gone)."""
    raw = sealed.raw_text(testimony)
    if raw is None:
        return None
    segments, position = [], 0
    for index, span in enumerate(testimony.masked_spans()):
        if span.start > position:
            segments.append(Segment(raw[position : span.start]))
        segments.append(Segment(raw[span.start : span.end], label=str(span.label), index=index))
        position = span.end
    segments.append(Segment(raw[position:]))
    return segments


def submission_key(token: str) -> str:
    """A keyed hash of a form's one-use token: stored to recognise a form sent twice, says nothing else."""
    key = hmac.new(settings.SECRET_KEY.encode(), b"concertons.testimony-submission", hashlib.sha256).digest()
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()


def testimony_already_submitted(*, token: str) -> bool:
    """A testimony was already made from the form page that issued this one-use token."""
    return Testimony.objects.filter(submission_key=submission_key(token)).exists()
