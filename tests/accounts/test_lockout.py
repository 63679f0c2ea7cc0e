import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from tests.campaigns.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_repeated_failures_lock_the_account_out_without_storing_address_or_user_agent(client):
    user = UserFactory()
    for _ in range(5):
        client.post(
            reverse("accounts:login"),
            {"username": user.username, "password": "mauvais"},
            REMOTE_ADDR="203.0.113.9",
            HTTP_USER_AGENT="Navigateur-Espion/1.0",
        )

    response = client.post(
        reverse("accounts:login"), {"username": user.username, "password": "un mot de passe assez long"}
    )

    assert response.status_code == 429
    assert "temporairement bloqué" in response.text
    attempt = AccessAttempt.objects.get(username=user.username)
    assert attempt.ip_address is None
    assert attempt.user_agent == ""
    assert "203.0.113.9" not in str(attempt.__dict__)


def test_a_wrong_password_gets_a_french_message(client):
    user = UserFactory()
    response = client.post(reverse("accounts:login"), {"username": user.username, "password": "mauvais"})
    assert response.status_code == 200
    assert "Identifiant ou mot de passe incorrect." in response.text
