from django.urls import path

from concertons.campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("", views.home, name="home"),
    path("confidentialite/", views.privacy, name="privacy"),
    path("mentions-legales/", views.legal_notice, name="legal_notice"),
    path("accessibilite/", views.accessibility, name="accessibility"),
    path("collectif/<slug:slug>/couleurs-<str:version>.css", views.collective_colours, name="colours"),
    path("collectif/<slug:slug>/logo-<str:version>.png", views.collective_logo, name="logo"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/affiche/", views.poster, name="poster"),
]
