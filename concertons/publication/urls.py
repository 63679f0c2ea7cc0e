from django.urls import path

from concertons.publication import views

app_name = "publication"
urlpatterns = [
    path("<slug:slug>/tableau-de-bord/", views.dashboard, name="dashboard"),
    path("<slug:slug>/compteur.svg", views.counter_badge, name="counter_badge"),
    path("<slug:slug>/compteur/", views.counter_embed, name="counter_embed"),
    path("<slug:slug>/tableau-de-bord/donnees/<slug:chart>.csv", views.chart_csv, name="chart_csv"),
    path("<slug:slug>/tableau-de-bord/<str:code>/", views.departement, name="departement"),
    path("<slug:slug>/tableau-de-bord/<str:code>/cahier.pdf", views.report, name="report"),
]
