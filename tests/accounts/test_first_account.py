"""A fresh install, without a shell: the server prints a link that creates the platform admin, once."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from concertons.accounts import services
from concertons.accounts.models import User

pytestmark = pytest.mark.django_db

ACCOUNT = {"username": "admin", "email": "admin@example.org", "password1": "un long mot de passe",
           "password2": "un long mot de passe"}  # fmt: skip


def link() -> str:
    out = io.StringIO()
    call_command("first_account_link", stdout=out)
    return out.getvalue().split("ouvrez ", 1)[1].strip().removeprefix("http://127.0.0.1:8000")


def test_the_printed_link_creates_the_platform_admin_once_then_enrolment_follows(client):
    path = link()
    assert path == reverse("accounts:first_account", args=[services.first_account_token()])
    assert "Bienvenue sur votre Concertons" in client.get(path).text

    response = client.post(path, ACCOUNT)
    assert response.url == reverse("accounts:two_factor")
    admin = User.objects.get()
    assert admin.is_superuser and admin.is_staff and admin.email == "admin@example.org"
    assert "scannez ce code" in client.get(response.url).text

    assert client.get(path).status_code == 404  # the link is spent
    out = io.StringIO()
    call_command("first_account_link", stdout=out)
    assert out.getvalue() == ""


def test_a_wrong_token_finds_nothing(client):
    assert client.get(reverse("accounts:first_account", args=["0" * 32])).status_code == 404
    assert client.post(reverse("accounts:first_account", args=["0" * 32]), ACCOUNT).status_code == 404
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [({"password2": "autre chose"}, "Les deux mots de passe"), ({"password1": "123", "password2": "123"}, "trop court"),
     ({"email": ""}, "Ce champ est obligatoire"), ({"username": "<script>"}, "Saisissez un nom d")],
)  # fmt: skip
def test_a_bad_first_account_is_refused_in_french(client, overrides, message):
    response = client.post(link(), ACCOUNT | overrides)
    assert response.status_code == 200 and message in response.text.replace("&#x27;", "'")
    assert not User.objects.exists()
