from django.urls import path

from concertons.demands import views
from concertons.demands.feeds import DemandsFeed

app_name = "demands"
urlpatterns = [
    path("<slug:slug>/exigences/", views.demand_list, name="list"),
    path("<slug:slug>/exigences/flux.atom", DemandsFeed(), name="feed"),
    path("<slug:slug>/exigences/<int:pk>/", views.demand_detail, name="detail"),
    path("<slug:slug>/exigences/departements/", views.status_table, name="table"),
    path("<slug:slug>/exigences/departement/<str:code>/", views.departement_page, name="departement"),
    path("<slug:slug>/exigences/soutenir/<str:token>/", views.support, name="support"),
]
