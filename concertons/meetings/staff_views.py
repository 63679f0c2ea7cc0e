"""Organisers' pages for meetings: create and change them, see and export registrations, write and publish the
minutes with their decisions. Behind 2FA."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from concertons.accounts.models import AuditEntry
from concertons.campaigns.shortcuts import managed_campaign
from concertons.core import spreadsheet
from concertons.meetings import minutes as minutes_services
from concertons.meetings import selectors, services
from concertons.meetings.forms import MeetingForm, MinutesForm, MinutesItemForm
from concertons.meetings.models import Meeting, Minutes, MinutesItem


def _managed_meeting(request: HttpRequest, slug: str, pk: int) -> Meeting:
    campaign = managed_campaign(request, slug)
    return get_object_or_404(Meeting.objects.select_related("campaign"), campaign=campaign, pk=pk)


@require_GET
def meeting_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    context = {"campaign": campaign, "meetings": selectors.meeting_staff_list(campaign=campaign)}
    return render(request, "meetings/staff/meeting_list.html", context)


@require_http_methods(["GET", "POST"])
def meeting_create(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    form = MeetingForm(request.POST or None, initial={"capacity": 30})
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_schedule(
                campaign=campaign, data=form.meeting_data(), actor=request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Réunion créée : %(title)s.") % {"title": meeting.title})
            return redirect("meetings_staff:registrations", slug=slug, pk=meeting.pk)
    return render(request, "meetings/staff/meeting_form.html", {"campaign": campaign, "form": form})


@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = _managed_meeting(request, slug, pk)
    form = MeetingForm(request.POST or None, initial=MeetingForm.initial_from(meeting))
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_update(meeting=meeting, data=form.meeting_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Réunion modifiée : %(title)s.") % {"title": form.cleaned_data["title"]}
            )
            return redirect("meetings_staff:registrations", slug=slug, pk=pk)
    context = {"campaign": meeting.campaign, "form": form, "meeting": meeting}
    return render(request, "meetings/staff/meeting_form.html", context)


@require_GET
def registrations(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = _managed_meeting(request, slug, pk)
    registrations = selectors.registration_list(meeting=meeting)
    counts = {status: 0 for status in ("confirmed", "waiting", "pending", "cancelled")}
    for registration in registrations:
        counts[registration.status] += 1
    context = {
        "campaign": meeting.campaign,
        "meeting": meeting,
        "registrations": registrations,
        "counts": counts,
    }
    return render(request, "meetings/staff/registrations.html", context)


@require_GET
def registrations_export(request: HttpRequest, slug: str, pk: int, file_format: str) -> HttpResponse:
    """Who comes and who waits, as a CSV, Excel or LibreOffice file."""
    meeting = _managed_meeting(request, slug, pk)
    rows = selectors.registration_export_rows(meeting=meeting)
    AuditEntry.log(
        AuditEntry.Action.MEETING_REGISTRATIONS_EXPORTED,
        actor=request.user,
        campaign=meeting.campaign,
        object_id=meeting.pk,
        rows=len(rows),
        format=file_format,
    )
    return spreadsheet.download(
        spreadsheet.keyed_rows(rows, selectors.EXPORT_COLUMNS),
        file_format=file_format,
        filename=f"inscriptions-reunion-{meeting.pk}",
        title=_("Inscriptions"),
    )


def _minutes_context(meeting: Meeting, *, text_form=None, item_form=None) -> dict:
    minutes = Minutes.objects.filter(meeting=meeting).first()
    return {
        "campaign": meeting.campaign,
        "meeting": meeting,
        "minutes": minutes,
        "items": minutes.items.select_related("demand", "status_change") if minutes else [],
        "text_form": text_form or MinutesForm(initial={"text": minutes.text if minutes else ""}),
        "item_form": item_form
        or MinutesItemForm(
            campaign=meeting.campaign, initial={"departement": meeting.departement}, auto_id="item_%s"
        ),
    }


@require_http_methods(["GET", "POST"])
def minutes_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Write the minutes' text (POST), or see it with its points and decisions (GET)."""
    meeting = _managed_meeting(request, slug, pk)
    if request.method == "POST":
        form = MinutesForm(request.POST)
        if form.is_valid():
            minutes_services.minutes_save(meeting=meeting, text=form.cleaned_data["text"])
            messages.success(request, _("Compte rendu enregistré."))
            return redirect("meetings_staff:minutes", slug=slug, pk=pk)
        return render(request, "meetings/staff/minutes.html", _minutes_context(meeting, text_form=form))
    return render(request, "meetings/staff/minutes.html", _minutes_context(meeting))


@require_POST
def minutes_item_add(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = _managed_meeting(request, slug, pk)
    form = MinutesItemForm(request.POST, campaign=meeting.campaign, auto_id="item_%s")
    if form.is_valid():
        data = form.cleaned_data
        try:
            minutes_services.minutes_item_add(
                meeting=meeting,
                text=data["text"],
                demand=data["demand"],
                departement=data["departement"],
                status=data["status"],
                actor=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Point ajouté au compte rendu."))
            return redirect("meetings_staff:minutes", slug=slug, pk=pk)
    return render(request, "meetings/staff/minutes.html", _minutes_context(meeting, item_form=form))


@require_POST
def minutes_item_delete(request: HttpRequest, slug: str, pk: int, item_pk: int) -> HttpResponse:
    meeting = _managed_meeting(request, slug, pk)
    item = get_object_or_404(MinutesItem, minutes__meeting=meeting, pk=item_pk)
    try:
        minutes_services.minutes_item_delete(item=item)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Point retiré du compte rendu."))
    return redirect("meetings_staff:minutes", slug=slug, pk=pk)


@require_POST
def minutes_publish(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = _managed_meeting(request, slug, pk)
    try:
        minutes_services.minutes_publish(meeting=meeting, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Compte rendu publié : il est lié depuis la page de la réunion."))
    return redirect("meetings_staff:minutes", slug=slug, pk=pk)
