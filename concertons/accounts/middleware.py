"""Every staff page (/gestion/, /admin/) requires a login confirmed by a TOTP code."""

from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.urls import reverse

STAFF_PREFIXES = ("/gestion/", "/admin/")
# An invitation's link opens before any login (see accounts.views.welcome).
WELCOME = "/gestion/bienvenue/"


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith(STAFF_PREFIXES)
            and path not in self._open_paths()
            and not path.startswith(WELCOME)
        ):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
            if not request.user.is_verified():
                query = urlencode({"next": request.get_full_path()})
                return HttpResponseRedirect(f"{reverse('accounts:two_factor')}?{query}")
        return self.get_response(request)

    @staticmethod
    def _open_paths() -> set[str]:
        return {reverse("accounts:login"), reverse("accounts:two_factor"), reverse("accounts:logout")}
