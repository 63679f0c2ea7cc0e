"""Organisers' pages for the collective itself. Behind 2FA (middleware)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from concertons.accounts import perms
from concertons.campaigns import services
from concertons.campaigns.forms import CollectiveCreateForm, CollectiveForm, MemberForm, MemberInviteForm
from concertons.campaigns.models import Collective, Membership


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
