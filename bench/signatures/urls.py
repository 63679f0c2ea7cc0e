"""The product's URLs unchanged, plus POST /bench/bare/ and GET /bench/bare-page/."""

from django.urls import path

from bench.signatures.bareapp.views import bare_insert, bare_page
from concertons.urls import handler404, handler500
from concertons.urls import urlpatterns as product_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]

urlpatterns = [
    path("bench/bare/", bare_insert, name="bench-bare"),
    path("bench/bare-page/", bare_page, name="bench-bare-page"),
    *product_urlpatterns,
]
