from django.urls import path

from concertons.demands import staff_views

app_name = "demands_staff"
urlpatterns = [
    path("<slug:slug>/exigences/", staff_views.demand_list, name="list"),
    path("<slug:slug>/exigences/nouvelle/", staff_views.demand_create, name="create"),
    path("<slug:slug>/exigences/<int:pk>/modifier/", staff_views.demand_edit, name="edit"),
    path("<slug:slug>/exigences/<int:pk>/deplacer/", staff_views.demand_move, name="move"),
    path("<slug:slug>/exigences/<int:pk>/supprimer/", staff_views.demand_delete, name="delete"),
    path("<slug:slug>/exigences/statuts/", staff_views.status_record, name="status"),
]
