from django.urls import path

from concertons.geo import views

app_name = "geo"
urlpatterns = [path("communes/suggestions/", views.commune_suggestions, name="commune_suggestions")]
