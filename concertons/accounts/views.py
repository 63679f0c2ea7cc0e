import base64

import segno
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from concertons.accounts import services
from concertons.accounts.forms import FirstAccountForm, LoginForm, TokenForm
from concertons.campaigns import perms
from concertons.campaigns import selectors as campaign_selectors
from concertons.campaigns.forms import CollectiveCreateForm


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
        token = form.cleaned_data["token"]
        if len(token) == services.RECOVERY_CODE_DIGITS and not enrolling:
            if services.recovery_code_verify(request=request, code=token):
                messages.warning(
                    request,
                    _(
                        "Code de secours utilisé : il ne servira plus. Il vous en reste %(n)s ; en cas de "
                        "téléphone perdu, demandez à un·e administrateur·rice de réinitialiser votre double "
                        "authentification."
                    )
                    % {"n": services.recovery_codes_left(user=request.user)},
                )
                return redirect(_safe_next(request))
        elif services.totp_verify(request=request, device=device, token=token):
            if enrolling:
                # The phone may be lost one day: single-use codes, shown once, let its owner back in.
                request.session["recovery_codes"] = services.recovery_codes_renew(user=request.user)
                request.session["after_recovery_codes"] = _safe_next(request)
                return redirect("accounts:recovery_codes")
            return redirect(_safe_next(request))
        form.add_error("token", _("Code incorrect ou expiré. Attendez le code suivant et réessayez."))
    context = {"form": form, "enrolling": enrolling, "next": _safe_next(request)}
    if enrolling:
        secret = base64.b32encode(device.bin_key).decode()
        context["secret"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
        context["qr_svg"] = segno.make(device.config_url, error="m").svg_inline(scale=5, omitsize=False)
    return render(request, "accounts/two_factor.html", context)


def first_account(request: HttpRequest, token: str) -> HttpResponse:
    """A fresh install's first step, without a shell: the platform admin's account, from the link the
    server prints at start. Gone once that account exists."""
    if not services.first_account_open(token):
        raise Http404
    form = FirstAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.first_account_create(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("accounts:two_factor")
    return render(request, "accounts/first_account.html", {"form": form})


def welcome(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The invitation's link: the new member chooses a password, then enrols an authenticator (two_factor)."""
    user = services.invited_user(uidb64=uidb64, token=token)
    if user is None:
        return render(request, "accounts/welcome.html", {"invalid": True}, status=400)
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("accounts:two_factor")
    return render(request, "accounts/welcome.html", {"form": form, "invited": user})


def recovery_codes(request: HttpRequest) -> HttpResponse:
    """The recovery codes, shown once right after enrolment (or renewal): never stored where they can be read
    again."""
    codes = request.session.pop("recovery_codes", None)
    following = request.session.pop("after_recovery_codes", "accounts:staff_home")
    if codes is None:
        return redirect("accounts:staff_home")
    return render(request, "accounts/recovery_codes.html", {"codes": codes, "next": resolve_url(following)})


@require_POST
def recovery_codes_new(request: HttpRequest) -> HttpResponse:
    request.session["recovery_codes"] = services.recovery_codes_renew(user=request.user)
    return redirect("accounts:recovery_codes")


def staff_home(request: HttpRequest) -> HttpResponse:
    """Landing page of /gestion/: the collectives this account works for, and its role in each."""
    memberships = campaign_selectors.membership_list(user=request.user)
    return render(
        request,
        "accounts/staff_home.html",
        {
            "memberships": memberships,
            "can_use_admin": perms.can_use_admin(request.user),
            "can_handle_person_data": perms.can_handle_person_data(request.user),
            "collective_form": CollectiveCreateForm(auto_id="new_%s"),
        },
    )
