"""Organisers' pages for the collective itself. Behind 2FA (middleware)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from concertons.accounts import perms
from concertons.campaigns import services
from concertons.campaigns.forms import CollectiveForm
from concertons.campaigns.models import Collective


@require_http_methods(["GET", "POST"])
def collective_edit(request: HttpRequest, slug: str) -> HttpResponse:
    collective = get_object_or_404(Collective, slug=slug)
    if not perms.can_edit_collective(request.user, collective):
        raise PermissionDenied
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
