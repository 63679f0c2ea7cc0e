"""CPU per request of each page in one process through Django's test client (no server, no network):
the view, its middleware and templates alone. The fastest of three rounds, after a warm-up."""

import argparse
import json
import time

import django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--pages", required=True, help='JSON {"name": [path, status]}')
    parser.add_argument("--requests", type=int, default=200)
    options = parser.parse_args()
    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT="text/html")
    pages = json.loads(options.pages)
    figures = {}
    for name, (path, status) in pages.items():
        for _ in range(10):
            response = client.get(path)
            if response.status_code != status:
                raise SystemExit(f"{name}: {path} answered {response.status_code}, expected {status}")
            _drain(response)
        rounds = []
        for _ in range(3):
            started = time.process_time()
            for _ in range(options.requests):
                _drain(client.get(path))
            rounds.append((time.process_time() - started) / options.requests * 1000)
        figures[name] = min(rounds)
    with open(options.out, "w") as out:
        json.dump(figures, out)


def _drain(response) -> None:
    """Read the whole body, as a server would send it (WhiteNoise answers with a file)."""
    if response.streaming:
        for _chunk in response.streaming_content:
            pass
        response.close()


if __name__ == "__main__":
    main()
