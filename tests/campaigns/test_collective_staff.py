"""A collective's admin sets its name, colour, logo and legal identity in /gestion/; its pages wear them."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Collective
from tests.campaigns.factories import CampaignFactory, MembershipFactory
from tests.signatures.test_staff_views import verified_client

pytestmark = pytest.mark.django_db


def logo_upload(name="logo.png", fmt="PNG") -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (600, 200), "#ffffff").save(out, format=fmt)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def form_data(collective: Collective, **overrides) -> dict:
    data = {
        "name": collective.name,
        "description": "",
        "accent_colour": "#a3122a",
        "publisher": "",
        "contact_email": "",
        "postal_address": "",
        "host": "",
    }
    return data | overrides


@pytest.fixture
def campaign():
    return CampaignFactory(slug="appel-couleurs")


@pytest.fixture
def admin_client(client, campaign):
    return verified_client(client, MembershipFactory(collective=campaign.collective, role="admin").user)


def page(campaign):
    return reverse("campaigns_staff:collective", args=[campaign.collective.slug])


def test_an_admin_gives_the_collective_a_colour_and_a_logo_that_its_pages_then_wear(admin_client, campaign):
    response = admin_client.post(
        page(campaign),
        form_data(
            campaign.collective, name="CGT Action sociale 93", accent_colour="#1D5E2C", logo=logo_upload()
        ),
    )
    assert response.status_code == 302

    collective = Collective.objects.get(pk=campaign.collective.pk)
    assert collective.name == "CGT Action sociale 93" and collective.accent_colour == "#1d5e2c"
    assert (collective.logo_width, collective.logo_height) == (288, 96)
    entry = AuditEntry.objects.get(action=AuditEntry.Action.COLLECTIVE_UPDATED)
    assert entry.collective == collective and entry.detail["fields"] == ["accent_colour", "logo", "name"]

    public = admin_client.get(campaign.get_absolute_url()).text
    colours_url = reverse("campaigns:colours", args=[collective.slug, collective.look_version])
    logo_url = reverse("campaigns:logo", args=[collective.slug, collective.look_version])
    assert f'href="{colours_url}"' in public and f'src="{logo_url}"' in public
    assert "CGT Action sociale 93</span>" in public

    css = admin_client.get(colours_url)
    assert css["Content-Type"].startswith("text/css") and "--accent: #1d5e2c;" in css.text
    assert "immutable" in css["Cache-Control"]
    logo = admin_client.get(logo_url)
    assert logo["Content-Type"] == "image/png" and bytes(logo.content) == bytes(collective.logo_png)


def test_the_default_colour_and_no_logo_add_nothing_to_the_pages(admin_client, campaign):
    public = admin_client.get(campaign.get_absolute_url()).text
    assert "couleurs-" not in public and "site-name__logo" not in public
    assert f"{campaign.collective.name}</span>" in public


def test_a_colour_too_light_is_refused_in_french_and_nothing_changes(admin_client, campaign):
    response = admin_client.post(
        page(campaign), form_data(campaign.collective, name="Nouveau nom", accent_colour="#ffee00")
    )
    assert response.status_code == 200
    assert "trop claire" in response.text and 'aria-invalid="true"' in response.text
    collective = Collective.objects.get(pk=campaign.collective.pk)
    assert collective.name != "Nouveau nom" and collective.accent_colour == ""
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("logo.svg", b"<svg><script>alert(1)</script></svg>", "image/svg+xml"),
            "pas une image",
        ),
        (SimpleUploadedFile("logo.png", b"", "image/png"), "vide"),
    ],
)
def test_a_file_that_is_not_a_picture_is_refused(admin_client, campaign, upload, message):
    response = admin_client.post(page(campaign), form_data(campaign.collective, logo=upload))
    assert response.status_code == 200 and message in response.text
    assert Collective.objects.get(pk=campaign.collective.pk).logo_png is None


def test_the_logo_can_be_removed(admin_client, campaign):
    admin_client.post(page(campaign), form_data(campaign.collective, logo=logo_upload()))
    admin_client.post(page(campaign), form_data(campaign.collective, remove_logo="on"))
    assert Collective.objects.get(pk=campaign.collective.pk).logo_png is None


def test_hostile_text_is_refused_and_saving_nothing_new_writes_no_audit_entry(admin_client, campaign):
    response = admin_client.post(page(campaign), form_data(campaign.collective, name="<script>x</script>"))
    assert "Les signes &lt; et &gt; ne sont pas acceptés" in response.text
    response = admin_client.post(page(campaign), form_data(campaign.collective, publisher="Zoé\u200b"))
    assert "caractères invisibles" in response.text
    admin_client.post(page(campaign), form_data(campaign.collective))
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("role", ["organiser", "moderator"])
def test_only_the_collective_s_admins_may_change_it(client, campaign, role):
    member = verified_client(client, MembershipFactory(collective=campaign.collective, role=role).user)
    assert member.get(page(campaign)).status_code == 403


def test_an_admin_of_another_collective_may_not_change_it(client, campaign):
    other = MembershipFactory(role="admin").user
    response = verified_client(client, other).post(
        page(campaign), form_data(campaign.collective, name="Pris")
    )
    assert response.status_code == 403
    assert Collective.objects.get(pk=campaign.collective.pk).name != "Pris"


def test_an_outdated_look_url_is_still_served_but_not_kept(client, campaign):
    response = client.get(reverse("campaigns:colours", args=[campaign.collective.slug, "ancienne"]))
    assert response.status_code == 200 and response["Cache-Control"] == "no-cache"
    assert client.get(reverse("campaigns:logo", args=[campaign.collective.slug, "x"])).status_code == 404
