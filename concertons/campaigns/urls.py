from django.urls import path

from concertons.campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("", views.home, name="home"),
    path("confidentialite/", views.privacy, name="privacy"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/affiche/", views.poster, name="poster"),
]
