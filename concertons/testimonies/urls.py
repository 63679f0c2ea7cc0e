from django.urls import path

from concertons.testimonies import views
from concertons.testimonies.feeds import ConstatsFeed

app_name = "testimonies"
urlpatterns = [
    path("constats/suivi/", views.follow_up, name="follow_up"),
    path("<slug:slug>/temoigner/", views.testify, name="testify"),
    path("<slug:slug>/constats/", views.wall, name="wall"),
    path("<slug:slug>/constats/flux.atom", ConstatsFeed(), name="feed"),
    path("<slug:slug>/constats/<str:public_id>/", views.wall_detail, name="wall_detail"),
]
