"""Public pages of the constats. None of them sets a cookie or reads who is asking: the forms carry no CSRF
token (they act for nobody's session), and the receipt travels in the page, never in a cookie."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from concertons.campaigns.models import Campaign
from concertons.campaigns.shortcuts import public_campaign_or_404
from concertons.campaigns.vocabulary import Service, Theme
from concertons.core import antiabuse
from concertons.geo import departements
from concertons.testimonies import receipts, selectors, services
from concertons.testimonies.forms import (
    AuthorMessageForm,
    ReceiptForm,
    TestimonyForm,
    WallSearchForm,
    new_submission_token,
    submission_token_in,
)
from concertons.testimonies.models import Testimony

TESTIMONY_LIMITS = antiabuse.Limits(
    scope="testify",
    per_hour=10,
    per_hour_without_pow=4,
    too_many=_lazy("Trop de témoignages envoyés depuis votre connexion. Réessayez dans une heure."),
)
WALL_PER_PAGE = 20
# Each receipt check costs a 64 MiB Argon2 hash: proof-of-work first, and few tries without it.
RECEIPT_TRIES_PER_HOUR = 20
RECEIPT_TRIES_PER_HOUR_WITHOUT_POW = 6


def _form_context(campaign: Campaign, form: TestimonyForm) -> dict:
    return {
        "campaign": campaign,
        "form": form,
        **antiabuse.page_context(),
        "count_fields": [form[name] for name in ("vacant_posts", "vacant_months", "absences_people", "absences_days",
                                                 "measures_waiting", "measures_median_days", "closures", "pmi_dropped")],
    }  # fmt: skip


@never_cache  # the form's one-use token, the receipt: nothing a browser should keep or show again
@csrf_exempt
@require_http_methods(["GET", "POST"])
def testify(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    if request.method == "GET":
        if request.GET.get(
            "envoye"
        ):  # where the receipt page's history entry points (static/js/no-resubmit.js)
            return render(request, "testimonies/already_received.html", {"campaign": campaign})
        form = TestimonyForm(
            initial={
                "form_started": antiabuse.form_started_token(),
                "submission_token": new_submission_token(),
            }
        )
        return render(request, "testimonies/testimony_form.html", _form_context(campaign, form))
    form = TestimonyForm(request.POST)
    if antiabuse.honeypot_filled(request.POST):
        return render(request, "testimonies/receipt.html", {"campaign": campaign, "receipt": None})
    token = submission_token_in(request.POST)
    # Before the proof-of-work: a reload sends the used solution again, and deserves no robot error.
    if token and selectors.testimony_already_submitted(token=token):
        return render(request, "testimonies/already_received.html", {"campaign": campaign})
    if antiabuse.form_accepted(request, form, TESTIMONY_LIMITS):
        try:
            _testimony, receipt = services.testimony_submit(
                campaign=campaign, data=form.testimony_data(), submission_token=token
            )
        except services.AlreadySubmitted:  # the same form, sent twice at once
            return render(request, "testimonies/already_received.html", {"campaign": campaign})
        except ValidationError as error:
            form.add_error(None, error)
        else:
            context = {"campaign": campaign, "receipt": receipt, "receipt_groups": receipt.split("-")}
            return render(request, "testimonies/receipt.html", context)
    antiabuse.form_again(form, submission_token=token or new_submission_token())
    return render(request, "testimonies/testimony_form.html", _form_context(campaign, form))


@require_GET
def wall(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    theme = request.GET.get("theme", "")
    departement = departements.get(request.GET.get("departement", "")[:40])
    service = request.GET.get("service", "")
    search = WallSearchForm(request.GET)
    words = search.cleaned_data["mots"] if search.is_valid() else ""
    entries, filters = selectors.wall_list(
        campaign=campaign,
        theme=theme if theme in Theme.values else "",
        departement=departement.code if departement else "",
        service=service if service in Service.values else "",
        words=words,
    )
    page = Paginator(entries, WALL_PER_PAGE).get_page(request.GET.get("page", 1))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "campaign": campaign,
        "entries": page.object_list,
        "page": page,
        "query": query.urlencode(),
        "search": search,
        "themes": filters.themes,
        "services": filters.services,
        "departements": filters.departements,
        "chosen": {
            "theme": theme,
            "departement": departement.code if departement else "",
            "service": service,
        },
    }
    return render(request, "testimonies/wall.html", context)


@require_GET
def wall_detail(request: HttpRequest, slug: str, public_id: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    entry = selectors.wall_entry(campaign=campaign, public_id=public_id[:16])
    if entry is None:
        raise Http404
    return render(request, "testimonies/wall_detail.html", {"campaign": campaign, "entry": entry})


# The status as told to the author (the staff's labels speak of "l'auteur·rice").
AUTHOR_STATUS = {
    Testimony.Status.RECEIVED: _lazy("Reçu : les détails qui pourraient identifier quelqu'un sont en train d'être masqués."),
    Testimony.Status.TO_REVIEW: _lazy("En attente de relecture par l'équipe de modération."),
    Testimony.Status.QUESTION: _lazy("L'équipe de modération vous pose une question : lisez-la et répondez ci-dessous."),
    Testimony.Status.PUBLISHED: _lazy("Publié."),
    Testimony.Status.REJECTED: _lazy("Non publié."),
}  # fmt: skip


def _follow_up_context(testimony: Testimony, receipt: str) -> dict:
    return {
        "testimony": testimony,
        "author_status": AUTHOR_STATUS[testimony.status],
        "receipt": receipt,
        "messages_thread": testimony.messages.all(),
        "answer_form": AuthorMessageForm(action="answer"),
        "details_form": AuthorMessageForm(action="details"),
        **antiabuse.page_context(),  # each action checks the receipt again: proof-of-work first
    }


def _login_page(request: HttpRequest, form: ReceiptForm, status: int = 200) -> HttpResponse:
    context = {"form": form, **antiabuse.page_context()}
    return render(request, "testimonies/follow_up_login.html", context, status=status)


@never_cache  # the receipt is in the page: no browser cache may keep it
@csrf_exempt
@require_http_methods(["GET", "POST"])
def follow_up(request: HttpRequest) -> HttpResponse:
    """The author comes back with their receipt: status, questions, answer, add details, delete."""
    form = ReceiptForm(request.POST or None)
    if request.method == "GET" or not form.is_valid():
        return _login_page(request, form)
    # Every check costs a slow hash: the proof-of-work is checked (and used up) before, then the rate limit.
    problem = antiabuse.refusal(
        request, scope="receipt", per_hour=RECEIPT_TRIES_PER_HOUR,
        per_hour_without_pow=RECEIPT_TRIES_PER_HOUR_WITHOUT_POW,
    )  # fmt: skip
    if problem == antiabuse.ROBOT:
        form.add_error(None, antiabuse.robot_message())
        return _login_page(request, form, status=400)
    if problem == antiabuse.TOO_MANY:
        form.add_error("receipt", _("Trop d'essais depuis votre connexion. Réessayez dans une heure."))
        return _login_page(request, form, status=429)
    receipt = form.cleaned_data["receipt"]
    try:
        testimony = services.testimony_find(receipt=receipt)
    except receipts.Busy:
        response = render(request, "testimonies/busy.html", status=503)
        response["Retry-After"] = "5"
        return response
    if testimony is None:
        # The same words whether the code is unknown, mistyped or brute-forced.
        form.add_error("receipt", _("Ce code ne correspond à aucun témoignage. Vérifiez-le et réessayez."))
        return _login_page(request, form, status=404)
    context = _follow_up_context(testimony, receipt)
    action = request.POST.get("action", "")
    if action in {"answer", "details"}:
        message_form = AuthorMessageForm(request.POST, action=action)
        context[f"{action}_form"] = message_form
        if message_form.is_valid():
            try:
                if action == "answer":
                    services.testimony_answer(testimony=testimony, answer=message_form.cleaned_data["text"])
                    context["done"] = _("Votre réponse est transmise à l'équipe de modération.")
                else:
                    services.testimony_add_details(
                        testimony=testimony, text=message_form.cleaned_data["text"]
                    )
                    context["done"] = _(
                        "Vos précisions sont ajoutées ; le texte sera de nouveau masqué puis relu."
                    )
                context[f"{action}_form"] = AuthorMessageForm(action=action)
            except ValidationError as error:
                message_form.add_error("text", error.messages[0] if error.messages else str(error))
    elif action == "delete" and request.POST.get("confirm") == "oui":
        services.testimony_delete(testimony=testimony)
        return render(request, "testimonies/deleted.html", {"campaign": testimony.campaign})
    testimony.refresh_from_db()
    context["author_status"] = AUTHOR_STATUS[testimony.status]
    return render(request, "testimonies/follow_up.html", context)
