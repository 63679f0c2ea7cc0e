import pytest

from concertons.testimonies import services
from concertons.testimonies.models import Testimony
from tests.campaigns.factories import CampaignFactory
from tests.signatures.test_antiabuse import solved_payload

pytestmark = pytest.mark.django_db


def test_posting_a_testimony_returns_201_and_a_receipt_that_follows_it(client):
    campaign = CampaignFactory()
    response = client.post(
        f"/api/campaigns/{campaign.slug}/testimonies",
        {"departement": "62", "text": "Deux postes vacants depuis un an au CCAS.", "themes": ["effectifs"],
         "vacant_posts": 2, "altcha": solved_payload()},
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 201, response.json()
    receipt = response.json()["receipt"]
    testimony = Testimony.objects.get()
    services.testimony_ask(testimony=testimony, question="Quel CCAS ?", actor=None)

    mine = client.get("/api/testimonies/mine", headers={"Authorization": f"Receipt {receipt}"})

    assert mine.status_code == 200
    assert mine.json()["status"] == "question"
    assert mine.json()["questions"] == [{"author": "moderator", "text": "Quel CCAS ?"}]
    assert mine.json()["published_text"] is None


def test_bad_testimonies_get_french_field_errors(client, settings):
    settings.CONCERTONS_ANTI_ABUSE = False
    campaign = CampaignFactory()
    response = client.post(
        f"/api/campaigns/{campaign.slug}/testimonies",
        {"departement": "975", "text": "", "measures_median_days": 10**9},
        content_type="application/json",
    )
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert "Département inconnu" in errors["departement"][0]
    assert "inférieure ou égale" in errors["measures_median_days"][0]
    assert not Testimony.objects.exists()


@pytest.mark.parametrize(
    "header", [None, "Receipt ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "Bearer x", "Receipt ' OR 1=1"]
)
def test_missing_or_wrong_receipts_get_one_answer(client, header):
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/testimonies/mine", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "Code de suivi absent ou invalide.", "errors": {}}
