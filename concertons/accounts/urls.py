from django.urls import path

from concertons.accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.staff_home, name="staff_home"),
    path("connexion/", views.LoginView.as_view(), name="login"),
    path("double-authentification/", views.two_factor, name="two_factor"),
    path("deconnexion/", views.LogoutView.as_view(), name="logout"),
    path("bienvenue/premier-compte/<str:token>/", views.first_account, name="first_account"),
    path("bienvenue/<str:uidb64>/<str:token>/", views.welcome, name="welcome"),
    path("codes-de-secours/", views.recovery_codes, name="recovery_codes"),
    path("codes-de-secours/nouveaux/", views.recovery_codes_new, name="recovery_codes_new"),
]
