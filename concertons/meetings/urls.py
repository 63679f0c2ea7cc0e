from django.urls import path

from concertons.meetings import views
from concertons.meetings.feeds import MeetingsFeed

app_name = "meetings"
urlpatterns = [
    path("<slug:slug>/reunions/", views.meeting_list, name="list"),
    path("<slug:slug>/reunions/flux.atom", MeetingsFeed(), name="atom"),
    path("<slug:slug>/reunions/calendrier.ics", views.campaign_feed, name="feed"),
    path(
        "<slug:slug>/reunions/departement/<str:code>/calendrier.ics",
        views.departement_feed,
        name="departement_feed",
    ),
    path("<slug:slug>/reunions/<int:pk>/", views.meeting_detail, name="detail"),
    path("<slug:slug>/reunions/<int:pk>/merci/", views.thanks, name="thanks"),
    path("<slug:slug>/reunions/<int:pk>/invitation.ics", views.meeting_ics, name="ics"),
    path("<slug:slug>/reunions/<int:pk>/compte-rendu/", views.minutes, name="minutes"),
    path("<slug:slug>/reunions/inscription/confirmer/<str:token>/", views.confirm, name="confirm"),
    path("<slug:slug>/reunions/inscription/annuler/<str:token>/", views.cancel, name="cancel"),
]
