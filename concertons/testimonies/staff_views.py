"""Moderation: masked text with every span shown, mask more, unmask, ask, publish, reject. Behind 2FA."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from concertons.campaigns import perms
from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Theme
from concertons.geo import departements
from concertons.testimonies import selectors, services
from concertons.testimonies.forms import MaskMoreForm, PublishForm, QuestionForm, RejectForm
from concertons.testimonies.models import Testimony


def _moderated_testimony(request: HttpRequest, slug: str, pk) -> Testimony:
    testimony = get_object_or_404(
        Testimony.objects.select_related("campaign__collective"), campaign__slug=slug, pk=pk
    )
    if not perms.can_moderate(request.user, testimony.campaign, testimony.departement):
        raise PermissionDenied
    return testimony


@require_GET
def queue(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = get_object_or_404(Campaign, slug=slug)
    status = request.GET.get("statut", "")
    status = status if status in Testimony.Status.values else ""
    testimonies = selectors.moderation_queue(user=request.user, campaign=campaign, status=status)
    if not perms.can_moderate_somewhere(request.user, campaign):
        raise PermissionDenied
    context = {
        "campaign": campaign,
        "testimonies": testimonies,
        "status": status,
        "statuses": Testimony.Status.choices,
    }
    return render(request, "testimonies/staff/queue.html", context)


@require_GET
def review(request: HttpRequest, slug: str, pk) -> HttpResponse:
    testimony = _moderated_testimony(request, slug, pk)
    context = {
        "campaign": testimony.campaign,
        "testimony": testimony,
        "segments": selectors.review_segments(testimony=testimony),
        "thread": testimony.messages.all(),
        "field_count": getattr(testimony, "field_count", None),
        "mask_form": MaskMoreForm(),
        "question_form": QuestionForm(),
        "reject_form": RejectForm(),
        "publish_form": PublishForm(),
        "theme_labels": [Theme(theme).label for theme in testimony.themes if theme in Theme.values],
        "departement": departements.get(testimony.departement),
    }
    return render(request, "testimonies/staff/review.html", context)


def _act(request: HttpRequest, slug: str, pk, action) -> HttpResponse:
    testimony = _moderated_testimony(request, slug, pk)
    try:
        done = action(testimony)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    if testimony.status in (Testimony.Status.PUBLISHED, Testimony.Status.REJECTED):
        return redirect("testimonies_staff:queue", slug=slug)
    return redirect("testimonies_staff:review", slug=slug, pk=pk)


@require_POST
def mask_more(request: HttpRequest, slug: str, pk) -> HttpResponse:
    def action(testimony):
        form = MaskMoreForm(request.POST)
        if not form.is_valid():
            raise ValidationError(_("Indiquez le passage à masquer (200 caractères au plus) et son type."))
        places = services.testimony_mask_more(
            testimony=testimony,
            words=form.cleaned_data["words"],
            label=form.cleaned_data["label"],
            actor=request.user,
        )
        return _("Passage masqué à %(n)s endroit(s).") % {"n": places}

    return _act(request, slug, pk, action)


@require_POST
def unmask(request: HttpRequest, slug: str, pk, index: int) -> HttpResponse:
    def action(testimony):
        services.testimony_unmask(testimony=testimony, span_index=index, actor=request.user)
        return _("Masque retiré.")

    return _act(request, slug, pk, action)


@require_POST
def ask(request: HttpRequest, slug: str, pk) -> HttpResponse:
    def action(testimony):
        form = QuestionForm(request.POST)
        if not form.is_valid():
            raise ValidationError(_("Écrivez la question (2000 caractères au plus)."))
        services.testimony_ask(
            testimony=testimony, question=form.cleaned_data["question"], actor=request.user
        )
        return _("Question posée : l'auteur·rice la lira avec son code de suivi.")

    return _act(request, slug, pk, action)


@require_POST
def publish(request: HttpRequest, slug: str, pk) -> HttpResponse:
    def action(testimony):
        form = PublishForm(request.POST)
        if not form.is_valid():
            raise ValidationError(form.errors["confirm"])
        services.testimony_publish(testimony=testimony, actor=request.user)
        return _("Témoignage publié ; son texte original est détruit.")

    return _act(request, slug, pk, action)


@require_POST
def reject(request: HttpRequest, slug: str, pk) -> HttpResponse:
    def action(testimony):
        form = RejectForm(request.POST)
        reason = form.cleaned_data["reason"] if form.is_valid() else ""
        services.testimony_reject(testimony=testimony, reason=reason, actor=request.user)
        return _("Témoignage refusé ; ses textes sont détruits.")

    return _act(request, slug, pk, action)
