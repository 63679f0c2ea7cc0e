import pytest

from concertons.mailer.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def test_healthz_reports_the_database_and_the_queue(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "queue": {"ready": 0, "oldest_seconds": 0}}


def test_metrics_are_for_the_local_machine_only(client):
    OutgoingEmail.objects.create(to="a@example.org", subject="s", body="b", status="failed")
    client.get("/")
    local = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
    assert local.status_code == 200
    assert 'concertons_emails{status="failed"} 1' in local.text
    assert "concertons_task_queue_ready 0" in local.text
    assert 'concertons_http_responses_total{status="200"' in local.text
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.5").status_code == 403
    assert (
        client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 403
    )
