import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from concertons.campaigns import services as campaign_services
from concertons.campaigns.models import Campaign
from concertons.core import pagecache
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.test_antiabuse import solved_payload

pytestmark = pytest.mark.django_db

BODY = {
    "last_name": "Nguyen",
    "first_name": "Linh",
    "profession": "puericultrice",
    "commune": "Lomme",
    "departement": "59",
    "email": "linh.nguyen@example.org",
    "is_public": True,
    "consent": True,
}


def post(client, slug, body):
    return client.post(f"/api/campaigns/{slug}/signatures", body, content_type="application/json")


def test_signing_through_the_api_answers_202_and_waits_for_confirmation(client, settings):
    campaign = CampaignFactory()
    response = post(client, campaign.slug, {**BODY, "altcha": solved_payload()})

    assert response.status_code == 202, response.json()
    assert response.json() == {"status": "pending_confirmation"}
    signature = Signature.objects.get()
    assert signature.status == Signature.Status.PENDING and signature.departement == "59"


def test_field_errors_come_back_as_422_with_french_messages_per_field(client, settings):
    settings.CONCERTONS_ANTI_ABUSE = False
    campaign = CampaignFactory()
    response = post(
        client, campaign.slug, {**BODY, "email": "pas-une-adresse", "departement": "2C", "consent": False}
    )

    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors["email"] == ["Saisissez une adresse de courriel valide."]
    assert "Département inconnu" in errors["departement"][0]
    assert "Cochez cette case" in errors["consent"][0]
    assert Signature.objects.count() == 0


def test_without_proof_of_work_the_api_refuses(client):
    campaign = CampaignFactory()
    response = post(client, campaign.slug, BODY)
    assert response.status_code == 422
    assert "altcha" in response.json()["errors"]


def test_a_body_of_the_wrong_shape_gets_a_french_422(client, settings):
    settings.CONCERTONS_ANTI_ABUSE = False
    campaign = CampaignFactory()
    response = client.post(
        f"/api/campaigns/{campaign.slug}/signatures", "[1, 2", content_type="application/json"
    )
    assert response.status_code in (400, 422)
    response = post(client, campaign.slug, {**BODY, "is_public": {"a": 1}})
    assert response.status_code == 422
    assert "Valeur invalide" in response.json()["errors"]["is_public"][0]


def test_unknown_or_draft_campaigns_answer_404_in_french(client):
    draft = CampaignFactory(draft=True)
    for slug in ["inconnu", draft.slug]:
        response = post(client, slug, BODY)
        assert response.status_code == 404
        assert "n'existe pas" in response.json()["detail"]
        assert client.get(f"/api/campaigns/{slug}/signatures/stats").status_code == 404


def test_stats_count_confirmed_signatures_by_departement_and_profession(client):
    campaign = CampaignFactory()  # k = 5
    SignatureFactory.create_batch(6, campaign=campaign, departement="59", profession="educateur")
    SignatureFactory.create_batch(7, campaign=campaign, departement="47", profession="psychologue")
    SignatureFactory.create_batch(5, campaign=campaign, departement="33", profession="cadre", is_public=False)
    SignatureFactory(campaign=campaign, pending=True)

    response = client.get(f"/api/campaigns/{campaign.slug}/signatures/stats")

    assert response.json() == {
        "confirmed": 18,
        "by_departement": {"33": 5, "47": 7, "59": 6},
        "by_profession": {"educateur": 6, "psychologue": 7, "cadre": 5},
    }


def test_stats_withhold_what_could_single_someone_out_as_null(client):
    campaign = CampaignFactory()  # k = 5
    SignatureFactory.create_batch(6, campaign=campaign, departement="59", profession="educateur")
    SignatureFactory.create_batch(7, campaign=campaign, departement="47", profession="psychologue")
    SignatureFactory(campaign=campaign, departement="48", profession="sage_femme", is_public=False)

    stats = client.get(f"/api/campaigns/{campaign.slug}/signatures/stats").json()

    assert stats["confirmed"] == 14  # live, and the protected table's own grand total
    assert stats["by_departement"]["48"] is None and stats["by_profession"]["sage_femme"] is None
    # Not "total minus the others": a second figure of each line is withheld with it.
    assert list(stats["by_departement"].values()).count(None) >= 2
    assert list(stats["by_profession"].values()).count(None) >= 2
    assert "01" not in stats["by_departement"]  # nobody signed there: left out, as before
    schema = client.get("/api/openapi.json").json()
    stats_schema = schema["components"]["schemas"]["SignatureStats"]["properties"]
    assert "null" in stats_schema["by_departement"]["description"]
    assert "secret" in schema["paths"]["/api/campaigns/{slug}/signatures/stats"]["get"]["description"]


def test_openapi_schema_is_published(client):
    schema = client.get("/api/openapi.json").json()
    assert "/api/campaigns/{slug}/signatures" in schema["paths"]


def test_the_api_follows_the_call_at_once_though_each_process_keeps_it(client, settings):
    """The API keeps the call per process between changes (campaigns.selectors.campaign_for_signing): a new
    text version and a closing must still count from the next signature on."""
    settings.CONCERTONS_ANTI_ABUSE = False
    campaign = CampaignFactory()
    assert post(client, campaign.slug, BODY).status_code == 202
    first_version = Signature.objects.get().version

    campaign.text += "\n\nUn paragraphe ajouté."
    campaign.save()
    new_version = campaign_services.campaign_amend(campaign=campaign)
    assert post(client, campaign.slug, {**BODY, "email": "autre@example.org"}).status_code == 202
    assert Signature.objects.get(email="autre@example.org").version == new_version != first_version

    campaign_services.campaign_set_status(campaign=campaign, status=Campaign.Status.CLOSED, actor=None)
    refused = post(client, campaign.slug, {**BODY, "email": "tard@example.org"})
    assert refused.status_code == 422
    assert refused.json()["detail"] == "Cet appel n'accepte plus de signatures."
    assert Signature.objects.count() == 2


def test_a_process_asks_whether_the_call_changed_elsewhere_at_most_once_a_second(
    client, settings, monkeypatch
):
    """Reading the site's generation was a tenth of a signature's cost: each process reads it at most once a
    second (core.pagecache.RECHECK_SECONDS). A change made by another process (here: the generation written
    to the shared cache directly, as that process would) shows after that second."""
    settings.CONCERTONS_ANTI_ABUSE = False
    clock = [1000.0]
    monkeypatch.setattr(pagecache.time, "monotonic", lambda: clock[0])
    campaign = CampaignFactory()
    campaign_services.campaign_version_current(campaign=campaign)  # (a new version is a change of the site)
    assert post(client, campaign.slug, BODY).status_code == 202

    Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.CLOSED)  # another process's change
    cache.set(pagecache._generation_key(pagecache.SITE), "changed-elsewhere")
    clock[0] += 0.5
    with CaptureQueriesContext(connection) as queries:
        quick = post(client, campaign.slug, {**BODY, "email": "vite@example.org"})
    assert quick.status_code == 202, quick.json()
    assert not [q for q in queries if "cache" in q["sql"]]  # the generation was not read again

    clock[0] += 0.6
    refused = post(client, campaign.slug, {**BODY, "email": "tard@example.org"})
    assert refused.status_code == 422
    assert refused.json()["detail"] == "Cet appel n'accepte plus de signatures."
