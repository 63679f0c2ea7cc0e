"""Organisers' pages for the collective itself. Behind 2FA (middleware)."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from concertons.campaigns import perms, services
from concertons.campaigns.forms import (
    CampaignForm,
    CollectiveCreateForm,
    CollectiveForm,
    DepartementGoalForm,
    MemberForm,
    MemberInviteForm,
)
from concertons.campaigns.markdown import render_markdown
from concertons.campaigns.models import Campaign, Collective, Membership


@require_POST
def collective_create(request: HttpRequest) -> HttpResponse:
    """Platform admins (superusers) start a collective, and become its first admin."""
    if not request.user.is_superuser:
        raise PermissionDenied
    form = CollectiveCreateForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["name"]))
        return redirect("accounts:staff_home")
    collective = services.collective_create(name=form.cleaned_data["name"], actor=request.user)
    messages.success(request, _("Collectif créé. Complétez sa présentation, puis invitez votre équipe."))
    return redirect("campaigns_staff:collective", slug=collective.slug)


def _administered(request: HttpRequest, slug: str) -> Collective:
    collective = get_object_or_404(Collective, slug=slug)
    if not perms.can_edit_collective(request.user, collective):
        raise PermissionDenied
    return collective


@require_http_methods(["GET", "POST"])
def collective_edit(request: HttpRequest, slug: str) -> HttpResponse:
    collective = _administered(request, slug)
    form = CollectiveForm(request.POST or None, request.FILES or None, collective=collective)
    if request.method == "POST" and form.is_valid():
        changed = services.collective_update(
            collective=collective,
            changes=form.changes(),
            logo=form.cleaned_data["logo"],
            remove_logo=form.cleaned_data.get("remove_logo", False),
            actor=request.user,
        )
        if changed:
            messages.success(request, _("La présentation du collectif est enregistrée."))
        else:
            messages.info(request, _("Rien n'a changé."))
        return redirect("campaigns_staff:collective", slug=collective.slug)
    return render(request, "campaigns/staff/collective_form.html", {"collective": collective, "form": form})


def _members_page(request, collective, invite_form):
    memberships = list(collective.memberships.select_related("user").order_by("role", "user__email"))
    enrolled = set(
        TOTPDevice.objects.filter(user__in=[m.user for m in memberships], confirmed=True).values_list(
            "user_id", flat=True
        )
    )
    rows = [
        (
            membership,
            MemberForm(
                initial={"role": membership.role, "departements": membership.departements},
                auto_id=f"m{membership.pk}_%s",
            ),
            membership.user_id in enrolled,
        )
        for membership in memberships
    ]
    context = {"collective": collective, "rows": rows, "invite_form": invite_form}
    return render(request, "campaigns/staff/members.html", context)


@require_http_methods(["GET", "POST"])
def members(request: HttpRequest, slug: str) -> HttpResponse:
    """The collective's team: who has which role; invite someone by e-mail."""
    collective = _administered(request, slug)
    form = MemberInviteForm(request.POST or None, auto_id="invite_%s")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            _membership, created = services.member_invite(
                collective=collective, email=data["email"], role=data["role"],
                departements=data["departements"], actor=request.user,
            )  # fmt: skip
        except ValidationError as error:
            form.add_error(None, error)
        else:
            message = (
                _("Invitation envoyée à %(email)s.")
                if created
                else _("%(email)s fait maintenant partie de l'équipe ; un e-mail l'en informe.")
            )
            messages.success(request, message % {"email": data["email"]})
            return redirect("campaigns_staff:members", slug=slug)
    return _members_page(request, collective, form)


def _member(request: HttpRequest, slug: str, pk: int) -> Membership:
    collective = _administered(request, slug)
    return get_object_or_404(
        Membership.objects.select_related("user", "collective"), collective=collective, pk=pk
    )


def _member_action(request, slug, action, done: str) -> HttpResponse:
    try:
        action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect("campaigns_staff:members", slug=slug)


@require_POST
def member_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = _member(request, slug, pk)
    form = MemberForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choisissez un rôle et des départements existants."))
        return redirect("campaigns_staff:members", slug=slug)
    return _member_action(
        request, slug,
        lambda: services.member_update(
            membership=membership, role=form.cleaned_data["role"], departements=form.cleaned_data["departements"],
            actor=request.user,
        ),
        _("Rôle de %(email)s enregistré.") % {"email": membership.user.email},
    )  # fmt: skip


@require_POST
def member_remove(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = _member(request, slug, pk)
    return _member_action(
        request, slug, lambda: services.member_remove(membership=membership, actor=request.user),
        _("%(email)s ne fait plus partie de l'équipe.") % {"email": membership.user.email},
    )  # fmt: skip


@require_POST
def member_two_factor_reset(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = _member(request, slug, pk)
    return _member_action(
        request, slug, lambda: services.member_two_factor_reset(membership=membership, actor=request.user),
        _("%(email)s enregistrera une nouvelle application d'authentification à sa prochaine connexion.")
        % {"email": membership.user.email},
    )  # fmt: skip


def _campaign_page(request, collective, form, campaign=None, preview_html=""):
    context = {
        "collective": collective,
        "campaign": campaign,
        "form": form,
        "preview_html": preview_html,
        "versions": campaign.versions.order_by("-number") if campaign else [],
        "goals": campaign.departement_goals.order_by("departement") if campaign else [],
        "goal_form": DepartementGoalForm(auto_id="goal_%s"),
        "site_url": settings.SITE_URL,
    }
    return render(request, "campaigns/staff/campaign_form.html", context)


def _save_campaign(request, collective, campaign=None) -> HttpResponse:
    initial = CampaignForm.initial_from(campaign) if campaign else None
    form = CampaignForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            return _campaign_page(
                request, collective, form, campaign, render_markdown(form.cleaned_data["text"])
            )
        try:
            saved = services.campaign_save(
                collective=collective, data=form.cleaned_data, actor=request.user, campaign=campaign
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Appel enregistré."))
            return redirect("campaigns_staff:campaign", slug=saved.slug)
    return _campaign_page(request, collective, form, campaign)


@require_http_methods(["GET", "POST"])
def campaign_create(request: HttpRequest, slug: str) -> HttpResponse:
    collective = get_object_or_404(Collective, slug=slug)
    if not perms.can_manage_collective_campaigns(request.user, collective):
        raise PermissionDenied
    return _save_campaign(request, collective)


def _managed(request: HttpRequest, slug: str) -> Campaign:
    campaign = get_object_or_404(Campaign.objects.select_related("collective"), slug=slug)
    if not perms.can_manage_campaign(request.user, campaign):
        raise PermissionDenied
    return campaign


@require_http_methods(["GET", "POST"])
def campaign_edit(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _managed(request, slug)
    return _save_campaign(request, campaign.collective, campaign)


@require_POST
def campaign_status(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _managed(request, slug)
    status = request.POST.get("status", "")
    try:
        services.campaign_set_status(campaign=campaign, status=status, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("L'appel est maintenant : %(status)s.") % {"status": campaign.get_status_display()}
        )
    return redirect("campaigns_staff:campaign", slug=slug)


@require_POST
def campaign_goal(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _managed(request, slug)
    form = DepartementGoalForm(request.POST)
    if form.is_valid():
        services.campaign_departement_goal_set(campaign=campaign, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Objectif enregistré."))
    else:
        messages.error(
            request, _("Choisissez un département et un nombre de signatures (0 pour retirer l'objectif).")
        )
    return redirect("campaigns_staff:campaign", slug=slug)
