"""Organisers' pages for the demands: write and order them, record their status per département. Behind 2FA."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from concertons.campaigns.shortcuts import managed_campaign
from concertons.demands import selectors, services
from concertons.demands.forms import DemandForm, DepartementChoiceForm, StatusForm
from concertons.demands.models import Demand
from concertons.publication import demand_figures


@require_GET
def demand_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    # Organisers see the exact number of supports beside what the public sees (behind 2FA).
    raw = selectors.demand_support_counts(campaign=campaign)
    rows = [
        (summary, sum(raw.get(summary.demand.pk, {}).values()))
        for summary in demand_figures.demand_summaries(campaign=campaign)
    ]
    return render(request, "demands/staff/demand_list.html", {"campaign": campaign, "rows": rows})


@require_http_methods(["GET", "POST"])
def demand_create(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    form = DemandForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            demand = services.demand_create(campaign=campaign, data=form.demand_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Exigence ajoutée : %(title)s.") % {"title": demand.title})
            return redirect("demands_staff:list", slug=slug)
    return render(request, "demands/staff/demand_form.html", {"campaign": campaign, "form": form})


@require_http_methods(["GET", "POST"])
def demand_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    demand = get_object_or_404(Demand, campaign=campaign, pk=pk)
    initial = {"title": demand.title, "text": demand.text, "themes": demand.themes}
    form = DemandForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.demand_update(demand=demand, data=form.demand_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Exigence modifiée : %(title)s.") % {"title": demand.title})
            return redirect("demands_staff:list", slug=slug)
    context = {"campaign": campaign, "form": form, "demand": demand}
    return render(request, "demands/staff/demand_form.html", context)


@require_POST
def demand_move(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    demand = get_object_or_404(Demand, campaign=campaign, pk=pk)
    services.demand_move(demand=demand, offset=-1 if request.POST.get("sens") == "monter" else 1)
    return redirect("demands_staff:list", slug=slug)


@require_POST
def demand_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    demand = get_object_or_404(Demand, campaign=campaign, pk=pk)
    try:
        services.demand_delete(demand=demand)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Exigence supprimée : %(title)s.") % {"title": demand.title})
    return redirect("demands_staff:list", slug=slug)


@require_http_methods(["GET", "POST"])
def status_record(request: HttpRequest, slug: str) -> HttpResponse:
    """Record a status for a demand in a département; below, the latest changes recorded."""
    campaign = managed_campaign(request, slug)
    initial = {"date": timezone.localdate(), "demand": request.GET.get("exigence") or None}
    filters = DepartementChoiceForm(request.GET, auto_id="filter_%s")
    departement = filters.cleaned_data["departement"] if filters.is_valid() else ""
    if departement:
        initial["departement"] = departement
    form = StatusForm(request.POST or None, campaign=campaign, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            change = services.demand_status_record(
                demand=data["demand"],
                departement=data["departement"],
                status=data["status"],
                date=data["date"],
                note=data["note"],
                link=data["link"],
                actor=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Statut enregistré : %(demand)s — %(departement)s — %(status)s.")
                % {
                    "demand": change.demand.title,
                    "departement": change.departement,
                    "status": change.get_status_display(),
                },
            )
            return redirect(f"{request.path}?departement={change.departement}")
    context = {
        "campaign": campaign,
        "form": form,
        "filters": filters,
        "departement": departement,
        "changes": selectors.demand_staff_history(campaign=campaign, departement=departement),
        "has_demands": selectors.demand_list(campaign=campaign).exists(),
    }
    return render(request, "demands/staff/status_record.html", context)
