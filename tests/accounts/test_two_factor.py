import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.campaigns.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "un mot de passe assez long"


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def log_in(client, user) -> None:
    response = client.post(reverse("accounts:login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.text


def test_staff_pages_send_anonymous_visitors_to_the_login_page(client):
    for path in ["/gestion/", "/admin/", "/admin/campaigns/campaign/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:login"))


def test_a_moderator_without_a_confirmed_device_cannot_reach_staff_pages(client):
    moderator = MembershipFactory().user
    TOTPDevice.objects.create(user=moderator, name="pas confirmé", confirmed=False)
    log_in(client, moderator)

    for path in ["/gestion/", "/admin/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:two_factor"))


def test_first_login_enrols_an_authenticator_with_a_qr_code_then_opens_staff_pages(client):
    organiser = MembershipFactory(role="organiser").user
    log_in(client, organiser)

    page = client.get(reverse("accounts:two_factor"))
    assert page.status_code == 200
    assert "<svg" in page.text and "scannez ce code" in page.text
    device = TOTPDevice.objects.get(user=organiser)
    assert not device.confirmed

    response = client.post(
        reverse("accounts:two_factor"), {"token": current_code(device), "next": "/gestion/"}
    )

    # First the recovery codes, shown once, then on to where the login was going.
    assert response.status_code == 302 and response.url == reverse("accounts:recovery_codes")
    assert 'href="/gestion/"' in client.get(response.url).text
    device.refresh_from_db()
    assert device.confirmed
    staff_home = client.get("/gestion/")
    assert staff_home.status_code == 200
    assert "Organisateur·rice" in staff_home.text


def test_a_wrong_code_is_refused_with_a_french_message(client):
    user = MembershipFactory().user
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    log_in(client, user)
    wrong = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"

    response = client.post(reverse("accounts:two_factor"), {"token": wrong})

    assert response.status_code == 200
    assert "Code incorrect ou expiré" in response.text
    assert client.get("/gestion/").status_code == 302


@pytest.mark.parametrize("token", ["", "abcdef", "<script>", "1" * 500, "12\u200b3456"])
def test_malformed_codes_get_a_clear_message(client, token):
    user = MembershipFactory().user
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    log_in(client, user)

    response = client.post(reverse("accounts:two_factor"), {"token": token})

    assert response.status_code == 200
    assert 'class="field__errors"' in response.text
    assert client.get("/gestion/").status_code == 302


def test_a_verified_superuser_reaches_the_admin_in_french(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    device = TOTPDevice.objects.create(user=admin, name="app", confirmed=True)
    log_in(client, admin)
    client.post(reverse("accounts:two_factor"), {"token": current_code(device)})

    response = client.get("/admin/campaigns/campaign/")

    assert response.status_code == 200
    assert "Appels" in response.text


def test_the_two_factor_page_never_redirects_off_site(client):
    user = MembershipFactory().user
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    log_in(client, user)

    response = client.post(
        reverse("accounts:two_factor"), {"token": current_code(device), "next": "https://evil.example/"}
    )

    assert response.status_code == 302
    assert response.url == reverse("accounts:staff_home")
