from django.urls import path, re_path

from concertons.meetings import staff_views

app_name = "meetings_staff"
urlpatterns = [
    path("<slug:slug>/reunions/", staff_views.meeting_list, name="list"),
    path("<slug:slug>/reunions/nouvelle/", staff_views.meeting_create, name="create"),
    path("<slug:slug>/reunions/<int:pk>/modifier/", staff_views.meeting_edit, name="edit"),
    path("<slug:slug>/reunions/<int:pk>/inscriptions/", staff_views.registrations, name="registrations"),
    re_path(
        r"^(?P<slug>[-\w]+)/reunions/(?P<pk>[0-9]+)/inscriptions\.(?P<file_format>csv|xlsx|ods)$",
        staff_views.registrations_export,
        name="export",
    ),
    path("<slug:slug>/reunions/<int:pk>/compte-rendu/", staff_views.minutes_edit, name="minutes"),
    path("<slug:slug>/reunions/<int:pk>/compte-rendu/points/", staff_views.minutes_item_add, name="item_add"),
    path(
        "<slug:slug>/reunions/<int:pk>/compte-rendu/points/<int:item_pk>/retirer/",
        staff_views.minutes_item_delete,
        name="item_delete",
    ),
    path("<slug:slug>/reunions/<int:pk>/compte-rendu/publier/", staff_views.minutes_publish, name="publish"),
]
