from django.urls import path

from concertons.signatures import views

app_name = "signatures"
urlpatterns = [
    path("<slug:slug>/signer/", views.sign, name="sign"),
    path("<slug:slug>/signer/merci/", views.thanks, name="thanks"),
    path("<slug:slug>/signer/mes-liens/", views.links_request, name="links_request"),
    path("<slug:slug>/signature/confirmer/<str:token>/", views.confirm, name="confirm"),
    path("<slug:slug>/signature/retirer/<str:token>/", views.withdraw, name="withdraw"),
    path("<slug:slug>/signature/corriger/<str:token>/", views.correct, name="correct"),
    path("<slug:slug>/signature/nouveau-texte/<str:token>/", views.endorse, name="endorse"),
    path("<slug:slug>/signataires/", views.public_list, name="list"),
    path("<slug:slug>/signataires/compteur/", views.counter, name="counter"),
]
