from django.urls import path

from concertons.accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.staff_home, name="staff_home"),
    path("connexion/", views.LoginView.as_view(), name="login"),
    path("double-authentification/", views.two_factor, name="two_factor"),
    path("deconnexion/", views.LogoutView.as_view(), name="logout"),
]
