from django.urls import path

from concertons.campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("", views.home, name="home"),
    path("confidentialite/", views.privacy, name="privacy"),
    path("mentions-legales/", views.legal_notice, name="legal_notice"),
    path("accessibilite/", views.accessibility, name="accessibility"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/affiche/", views.poster, name="poster"),
]
