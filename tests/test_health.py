"""The load balancer's health check: answered by every node without the database, HTTPS or a known host."""


def test_health_check_answers_without_database_https_or_known_host(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    # Without the db fixture any query would fail the test.
    response = client.get("/health/", HTTP_HOST="10.1.2.3")
    assert response.status_code == 200 and response.content == b"ok"
