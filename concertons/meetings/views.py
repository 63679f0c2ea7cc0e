"""Public pages of the meetings: upcoming ones by département, a meeting with its registration form, the
confirm and cancel links, the minutes, and the iCalendar invitation and feeds."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from concertons.campaigns.models import Campaign
from concertons.campaigns.shortcuts import public_campaign_or_404
from concertons.core import antiabuse
from concertons.geo import departements
from concertons.meetings import ics, selectors, services, tokens
from concertons.meetings.forms import RegistrationForm
from concertons.meetings.models import Meeting, Registration

# Per hashed client address and hour. Without JavaScript there is no proof-of-work, so the limit is lower.
REGISTRATION_LIMITS = antiabuse.Limits(
    scope="meeting-register",
    per_hour=20,
    per_hour_without_pow=5,
    too_many=gettext_lazy("Trop d'inscriptions envoyées depuis votre connexion. Réessayez dans une heure."),
)
CONFIRM_LINK_DAYS = 7
FEED_MAX_AGE = 900  # calendar applications poll; a quarter of an hour is fresh enough


def _meeting_or_404(campaign: Campaign, pk: int) -> Meeting:
    meeting = selectors.meeting_public_get(campaign=campaign, pk=pk)
    if meeting is None:
        raise Http404
    return meeting


@require_GET
def meeting_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    context = {
        "campaign": campaign,
        "groups": selectors.meeting_upcoming_by_departement(campaign=campaign),
        "past": selectors.meeting_past_list(campaign=campaign, limit=20),
    }
    return render(request, "meetings/meeting_list.html", context)


def _register_context(campaign: Campaign, meeting: Meeting, form: RegistrationForm | None = None) -> dict:
    if form is None:
        form = RegistrationForm(initial={"form_started": antiabuse.form_started_token()})
    return {
        "campaign": campaign,
        "meeting": meeting,
        "form": form,
        "minutes": selectors.minutes_published(meeting=meeting),
        "places_left": max(meeting.capacity - meeting.taken, 0),
        **(antiabuse.page_context() if not meeting.has_started else {"altcha_challenge": ""}),
        "honeypot_field": antiabuse.HONEYPOT_FIELD,
    }


@require_http_methods(["GET", "POST"])
def meeting_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The meeting, its places, and the registration form (POST registers)."""
    campaign = public_campaign_or_404(slug)
    meeting = _meeting_or_404(campaign, pk)
    if request.method == "GET":
        return render(request, "meetings/meeting_detail.html", _register_context(campaign, meeting))
    if antiabuse.honeypot_filled(request.POST):
        return redirect("meetings:thanks", slug=slug, pk=pk)  # answer a robot as if it had worked
    if meeting.has_started:
        messages.error(request, _("Les inscriptions sont closes : la réunion a déjà commencé."))
        return redirect(meeting.get_absolute_url())
    form = RegistrationForm(request.POST)
    if antiabuse.form_accepted(request, form, REGISTRATION_LIMITS):
        try:
            services.registration_submit(meeting=meeting, person=form.registrant_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("meetings:thanks", slug=slug, pk=pk)
    antiabuse.form_again(form)
    return render(request, "meetings/meeting_detail.html", _register_context(campaign, meeting, form))


@require_GET
def thanks(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    meeting = _meeting_or_404(campaign, pk)
    return render(request, "meetings/thanks.html", {"campaign": campaign, "meeting": meeting})


def _registration_from_link(slug: str, token: str, purpose: str, max_age_days: int | None = None):
    registration = tokens.read_token(
        token, purpose, max_age_seconds=max_age_days * 86400 if max_age_days is not None else None
    )
    if registration is None or registration.meeting.campaign.slug != slug:
        return None
    return registration


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    """GET shows a button, POST confirms: mail scanners that follow links must not register anyone."""
    campaign = public_campaign_or_404(slug)
    registration = _registration_from_link(slug, token, tokens.CONFIRM, max_age_days=CONFIRM_LINK_DAYS)
    if registration is None:
        return render(request, "meetings/link_invalid.html", {"campaign": campaign}, status=404)
    context = {"campaign": campaign, "meeting": registration.meeting, "registration": registration}
    if request.method == "POST":
        try:
            registration = services.registration_confirm(registration=registration)
        except ValidationError as error:
            context["error"] = " ".join(error.messages)
            return render(request, "meetings/confirm.html", context, status=409)
        context["registration"] = registration
        if registration.status == Registration.Status.WAITING:
            context["position"] = services.waiting_position(registration)
        return render(request, "meetings/confirmed.html", context)
    return render(request, "meetings/confirm.html", context)


@require_http_methods(["GET", "POST"])
def cancel(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    registration = _registration_from_link(slug, token, tokens.CANCEL)
    if registration is None:
        return render(request, "meetings/registration_unknown.html", {"campaign": campaign}, status=404)
    context = {"campaign": campaign, "meeting": registration.meeting, "registration": registration}
    if request.method == "POST":
        try:
            result = services.registration_cancel(registration=registration)
        except ValidationError as error:
            context["error"] = " ".join(error.messages)
            return render(request, "meetings/cancel.html", context, status=409)
        context["already_cancelled"] = result.already_cancelled
        return render(request, "meetings/cancelled.html", context)
    return render(request, "meetings/cancel.html", context)


@require_GET
def minutes(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    meeting = _meeting_or_404(campaign, pk)
    published = selectors.minutes_published(meeting=meeting)
    if published is None:
        raise Http404
    return render(
        request, "meetings/minutes.html", {"campaign": campaign, "meeting": meeting, "minutes": published}
    )


def _calendar_response(meetings, *, name: str, filename: str) -> HttpResponse:
    body = ics.calendar_bytes(meetings, name=name, site_url=settings.SITE_URL, now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_GET
def meeting_ics(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """One meeting's invitation, linked from the confirmation e-mail and the meeting page."""
    campaign = public_campaign_or_404(slug)
    meeting = _meeting_or_404(campaign, pk)
    return _calendar_response([meeting], name=meeting.title, filename=f"reunion-{meeting.pk}.ics")


@require_GET
@cache_control(max_age=FEED_MAX_AGE, public=True)
def campaign_feed(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    return _calendar_response(
        selectors.meeting_feed_list(campaign=campaign),
        name=_("Réunions — %(title)s") % {"title": campaign.title},
        filename=f"reunions-{campaign.slug}.ics",
    )


@require_GET
@cache_control(max_age=FEED_MAX_AGE, public=True)
def departement_feed(request: HttpRequest, slug: str, code: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    departement = departements.get(code[:40])
    if departement is None:
        raise Http404
    return _calendar_response(
        selectors.meeting_feed_list(campaign=campaign, departement=departement.code),
        name=_("Réunions — %(title)s — %(departement)s")
        % {"title": campaign.title, "departement": departement.label},
        filename=f"reunions-{campaign.slug}-{departement.code}.ics",
    )
