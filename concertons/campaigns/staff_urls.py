from django.urls import path

from concertons.campaigns import staff_views

app_name = "campaigns_staff"
urlpatterns = [
    path("collectifs/nouveau/", staff_views.collective_create, name="collective_create"),
    path("collectifs/<slug:slug>/", staff_views.collective_edit, name="collective"),
    path("collectifs/<slug:slug>/equipe/", staff_views.members, name="members"),
    path("collectifs/<slug:slug>/nouvel-appel/", staff_views.campaign_create, name="campaign_create"),
    path("<slug:slug>/appel/", staff_views.campaign_edit, name="campaign"),
    path("<slug:slug>/appel/statut/", staff_views.campaign_status, name="campaign_status"),
    path("<slug:slug>/appel/objectifs/", staff_views.campaign_goal, name="campaign_goal"),
    path("collectifs/<slug:slug>/equipe/<int:pk>/", staff_views.member_edit, name="member_edit"),
    path("collectifs/<slug:slug>/equipe/<int:pk>/retirer/", staff_views.member_remove, name="member_remove"),
    path(
        "collectifs/<slug:slug>/equipe/<int:pk>/double-authentification/",
        staff_views.member_two_factor_reset,
        name="member_two_factor_reset",
    ),
]
