"""A collective's admin builds the team from /gestion/: invite by e-mail, roles, départements, removal, a lost
phone; the invited person opens their account, enrols an authenticator and gets recovery codes."""

import re

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from concertons.accounts.models import AuditEntry, User
from concertons.campaigns.models import Collective, Membership
from concertons.mailer.models import OutgoingEmail
from tests.campaigns.factories import CollectiveFactory, MembershipFactory, UserFactory
from tests.signatures.test_staff_views import verified_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def collective():
    return CollectiveFactory(name="Section CGT 59", slug="cgt-59")


@pytest.fixture
def admin(client, collective):
    membership = MembershipFactory(collective=collective, role="admin")
    return verified_client(client, membership.user), membership


def log_in(client):
    login = {"username": "nadia@example.org", "password": "un long mot de passe"}
    assert client.post(reverse("accounts:login"), login).status_code == 302


def members_url(collective):
    return reverse("campaigns_staff:members", args=[collective.slug])


def invite(admin_client, collective, **data):
    return admin_client.post(
        members_url(collective), {"email": "nadia@example.org", "role": "moderator", **data}
    )


def test_an_invited_moderator_opens_their_account_enrols_and_gets_recovery_codes(admin, collective, client):
    admin_client, _membership = admin
    response = invite(admin_client, collective, departements=["59", "62"])
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="nadia@example.org")
    assert (membership.role, membership.departements) == ("moderator", ["59", "62"])
    assert not membership.user.has_usable_password()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.MEMBER_INVITED)
    assert entry.collective == collective and entry.detail["role"] == "moderator"

    mail = OutgoingEmail.objects.get(to="nadia@example.org")
    assert mail.collective == collective and "Section CGT 59" in mail.subject
    link = re.search(r"https?://\S+/gestion/bienvenue/\S+/", mail.body).group(0)
    path = link[link.index("/gestion/") :]

    client.logout()
    page = client.get(path)
    assert "nadia@example.org" in page.text
    weak = client.post(path, {"new_password1": "1234", "new_password2": "1234"})
    assert weak.status_code == 200 and "trop court" in weak.text
    opened = client.post(
        path, {"new_password1": "un long mot de passe", "new_password2": "un long mot de passe"}
    )
    assert opened.url == reverse("accounts:two_factor")
    assert client.get(path).status_code == 400  # the link worked once

    client.get(reverse("accounts:two_factor"))  # shows the QR code, makes the pending device
    device = TOTPDevice.objects.get(user=membership.user)
    enrolled = client.post(reverse("accounts:two_factor"), {"token": f"{totp(device.bin_key):06d}"})
    assert enrolled.url == reverse("accounts:recovery_codes")
    codes_page = client.get(enrolled.url).text
    codes = re.findall(r"<code>(\d{5}) (\d{5})</code>", codes_page)
    assert len(codes) == 10
    assert client.get(reverse("accounts:recovery_codes")).status_code == 302  # shown once only

    # Phone lost: a recovery code lets them in, once.
    code = "".join(codes[0])
    client.logout()
    log_in(client)
    assert client.post(reverse("accounts:two_factor"), {"token": code}).status_code == 302
    assert client.get(reverse("testimonies_staff:queue", args=["x"])).status_code == 404  # verified: past 2FA
    client.logout()
    log_in(client)
    again = client.post(reverse("accounts:two_factor"), {"token": code})
    assert again.status_code == 200 and "Code incorrect" in again.text


def test_inviting_someone_who_already_has_an_account_adds_the_role_without_a_new_account(admin, collective):
    admin_client, _membership = admin
    existing = UserFactory(email="nadia@example.org")
    invite(admin_client, collective, role="organiser")
    assert User.objects.filter(email="nadia@example.org").count() == 1
    assert Membership.objects.get(user=existing, collective=collective).role == "organiser"
    assert "bienvenue" not in OutgoingEmail.objects.get().body

    twice = invite(admin_client, collective, role="organiser")
    assert "fait déjà partie de l" in twice.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": ""}, "Ce champ est obligatoire"),
        ({"email": "pas-une-adresse"}, "adresse de courriel valide"),
        ({"email": "x@example.org\u200b"}, "caractères invisibles"),
        ({"role": "superadmin"}, "Sélectionnez un choix valide"),
        ({"departements": ["99"]}, "Sélectionnez un choix valide"),
    ],
)
def test_a_bad_invitation_gets_a_french_message_and_creates_nothing(admin, collective, data, message):
    admin_client, _membership = admin
    response = invite(admin_client, collective, **data)
    assert response.status_code == 200 and message in response.text
    assert User.objects.count() == 1 and not OutgoingEmail.objects.exists()


def test_roles_change_and_the_last_admin_stays(admin, collective):
    admin_client, own = admin
    other = MembershipFactory(collective=collective, role="moderator", departements=["59"])
    admin_client.post(
        reverse("campaigns_staff:member_edit", args=[collective.slug, other.pk]), {"role": "organiser"}
    )
    other.refresh_from_db()
    assert (other.role, other.departements) == ("organiser", [])

    demoted = admin_client.post(
        reverse("campaigns_staff:member_edit", args=[collective.slug, own.pk]),
        {"role": "moderator"},
        follow=True,
    )
    assert "garder au moins un·e administrateur·rice" in demoted.text
    removed = admin_client.post(
        reverse("campaigns_staff:member_remove", args=[collective.slug, own.pk]), follow=True
    )
    assert "garder au moins un·e administrateur·rice" in removed.text
    assert Membership.objects.get(pk=own.pk).role == "admin"

    admin_client.post(reverse("campaigns_staff:member_remove", args=[collective.slug, other.pk]))
    assert (
        not Membership.objects.filter(pk=other.pk).exists() and User.objects.filter(pk=other.user_id).exists()
    )
    actions = list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))
    assert actions == ["member_changed", "member_removed"]


def test_a_lost_phone_is_reset_by_an_admin(admin, collective):
    admin_client, _own = admin
    other = MembershipFactory(collective=collective, role="moderator")
    TOTPDevice.objects.create(user=other.user, name="app", confirmed=True)
    admin_client.post(reverse("campaigns_staff:member_two_factor_reset", args=[collective.slug, other.pk]))
    assert not TOTPDevice.objects.filter(user=other.user).exists()
    assert AuditEntry.objects.get().action == "member_two_factor_reset"


@pytest.mark.parametrize("role", ["organiser", "moderator"])
def test_only_admins_manage_the_team(client, collective, role):
    member = verified_client(client, MembershipFactory(collective=collective, role=role).user)
    assert member.get(members_url(collective)).status_code == 403
    assert invite(member, collective).status_code == 403


def test_an_admin_of_another_collective_cannot_touch_this_team(client, collective):
    target = MembershipFactory(collective=collective, role="moderator")
    outsider = verified_client(client, MembershipFactory(role="admin").user)
    for name in ("member_edit", "member_remove", "member_two_factor_reset"):
        url = reverse(f"campaigns_staff:{name}", args=[collective.slug, target.pk])
        assert outsider.post(url, {"role": "admin"}).status_code == 403
    assert Membership.objects.get(pk=target.pk).role == "moderator"


def test_a_fresh_superuser_creates_a_collective_without_the_django_admin(client):
    superuser = verified_client(client, UserFactory(is_superuser=True, is_staff=True))
    home = superuser.get(reverse("accounts:staff_home")).text
    assert "Créer un collectif" in home and "aucun collectif" not in home
    response = superuser.post(reverse("campaigns_staff:collective_create"), {"name": "Collectif du Nord"})
    collective = Collective.objects.get(name="Collectif du Nord")
    assert response.url == reverse("campaigns_staff:collective", args=[collective.slug])
    assert Membership.objects.get(collective=collective).role == "admin"
    assert (
        superuser.post(reverse("campaigns_staff:collective_create"), {"name": "nouveau"}).status_code == 302
    )
    assert Collective.objects.filter(slug="nouveau-collectif").exists()


def test_an_invitation_link_that_is_wrong_says_so(client):
    response = client.get(reverse("accounts:welcome", args=["Mg", "faux-jeton"]))
    assert response.status_code == 400 and "n'est plus valable" in response.text.replace("&#x27;", "'")


def test_the_django_admin_speaks_french_to_superusers(client):
    superuser = verified_client(client, UserFactory(is_superuser=True, is_staff=True))
    page = superuser.get(reverse("admin:index")).text
    captions = re.findall(r"<caption>\s*<a[^>]*>([^<]*)</a>", page)
    assert "Connexions et verrouillages" in captions and "Tâches du travailleur" in captions
    assert not {"Axes", "Otp_Totp", "Otp_Static", "Tasks Database Backend"} & set(captions)
