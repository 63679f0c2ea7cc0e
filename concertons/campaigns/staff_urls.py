from django.urls import path

from concertons.campaigns import staff_views

app_name = "campaigns_staff"
urlpatterns = [
    path("collectifs/<slug:slug>/", staff_views.collective_edit, name="collective"),
]
