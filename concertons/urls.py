from django.contrib import admin
from django.urls import include, path, reverse_lazy
from django.views.generic import RedirectView
from django_otp.admin import OTPAdminSite
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from concertons.api import api
from concertons.core import observability

# The admin refuses any session not confirmed by a TOTP code (the middleware redirects before that).
admin.site.__class__ = OTPAdminSite
admin.site.site_header = "Concertons — administration"
admin.site.site_title = "Concertons"
admin.site.index_title = "Administration"
# Authenticators and recovery codes are the owner's own, and admins reset a lost phone from /gestion/.
admin.site.unregister([TOTPDevice, StaticDevice])

handler400 = "concertons.views.bad_request"
handler404 = "concertons.views.page_not_found"
handler500 = "concertons.views.server_error"

urlpatterns = [
    path("admin/login/", RedirectView.as_view(url=reverse_lazy("accounts:login"), query_string=True)),
    path("admin/", admin.site.urls),
    path("gestion/", include("concertons.accounts.urls")),
    path("api/", api.urls),
    path("healthz", observability.healthz, name="healthz"),
    path("metrics", observability.metrics, name="metrics"),
    path("geo/", include("concertons.geo.urls")),
    path("gestion/", include("concertons.campaigns.staff_urls")),
    path("gestion/", include("concertons.signatures.staff_urls")),
    path("gestion/", include("concertons.testimonies.staff_urls")),
    path("gestion/", include("concertons.demands.staff_urls")),
    path("gestion/", include("concertons.meetings.staff_urls")),
    path("gestion/", include("concertons.publication.staff_urls")),
    path("", include("concertons.testimonies.urls")),
    path("", include("concertons.demands.urls")),
    path("", include("concertons.meetings.urls")),
    path("", include("concertons.publication.urls")),
    path("", include("concertons.signatures.urls")),
    path("", include("concertons.campaigns.urls")),
]
