import base64

import segno
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from concertons.accounts import perms, selectors, services
from concertons.accounts.forms import LoginForm, TokenForm


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "accounts:staff_home"


@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    """Confirm the login with a TOTP code; on first use, show the QR code to enrol an authenticator."""
    if request.user.is_verified():
        return redirect(_safe_next(request))
    device = services.totp_device_confirmed(user=request.user)
    enrolling = device is None
    if enrolling:
        device = services.totp_device_pending(user=request.user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.totp_verify(request=request, device=device, token=form.cleaned_data["token"]):
            if enrolling:
                messages.success(request, _("Votre application d'authentification est enregistrée."))
            return redirect(_safe_next(request))
        form.add_error("token", _("Code incorrect ou expiré. Attendez le code suivant et réessayez."))
    context = {"form": form, "enrolling": enrolling, "next": _safe_next(request)}
    if enrolling:
        secret = base64.b32encode(device.bin_key).decode()
        context["secret"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
        context["qr_svg"] = segno.make(device.config_url, error="m").svg_inline(scale=5, omitsize=False)
    return render(request, "accounts/two_factor.html", context)


def staff_home(request: HttpRequest) -> HttpResponse:
    """Landing page of /gestion/: the collectives this account works for, and its role in each."""
    memberships = selectors.membership_list(user=request.user)
    return render(
        request,
        "accounts/staff_home.html",
        {
            "memberships": memberships,
            "can_use_admin": perms.can_use_admin(request.user),
            "can_handle_person_data": perms.can_handle_person_data(request.user),
        },
    )
