"""The soak's load client: a steady, open-loop rate of signatures and testimonies, round-robin over the
app processes, from a bounded thread pool. One JSON line per request, written as it completes.

`python -m bench.soak.load --ports P1,P2 --start EPOCH --seconds S --sig-rate 20 --tes-rate 2 --out F`

Requests are sent at fixed times (k / rate after --start) whatever happened to the earlier ones (open
loop: a stalled server does not slow the client down, so its stall shows in the latencies). At most
--threads requests run at once and at most --max-outstanding are running or waiting for a thread; a
request that would exceed that is not sent and recorded as "client saturated".

A line: {"n", "ep": "sig"|"tes", "port", "due" (s after start), "sent" (epoch), "lat" (s, null if
unanswered), "status" (HTTP status or null), "cause" (why not accepted), "email", "receipt"}.
"""

import argparse
import http.client
import json
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

TIMEOUT = 10.0
PATHS = {"sig": "/api/campaigns/{slug}/signatures", "tes": "/api/campaigns/{slug}/testimonies"}
EXPECTED = {"sig": 202, "tes": 201}
TESTIMONY_TEXT = (
    "Dans notre service de protection de l'enfance, trois postes d'éducateurs sont vacants depuis six mois. "
    "Les visites à domicile sont reportées et les mesures attendent. Témoignage de charge n° {n}."
)


def body(kind: str, n: int, run_id: str) -> tuple[bytes, str]:
    if kind == "sig":
        email = f"soak-{run_id}-{n}@soak.example.org"
        data = {
            "last_name": "Martin",
            "first_name": "Camille",
            "profession": "educateur",
            "commune": "Lille",
            "departement": "59",
            "email": email,
            "is_public": True,
            "consent": True,
        }
        return json.dumps(data).encode(), email
    data = {"departement": "59", "text": TESTIMONY_TEXT.format(n=n), "themes": ["effectifs"]}
    return json.dumps(data).encode(), ""


def classify(error: BaseException) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, (TimeoutError, socket.timeout)):
        return f"timeout ({TIMEOUT:g} s)"
    if isinstance(error, (ConnectionResetError, http.client.RemoteDisconnected, BrokenPipeError)):
        return "connection closed without an answer"
    return f"client error {type(error).__name__}"


class Client:
    def __init__(self, options: argparse.Namespace):
        self.options = options
        self.ports = [int(port) for port in options.ports.split(",")]
        self.out = open(options.out, "a", buffering=1)  # noqa: SIM115 — closed in run()
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(options.max_outstanding)

    def write(self, record: dict) -> None:
        line = json.dumps(record) + "\n"
        with self.lock:
            self.out.write(line)

    def one(self, n: int, kind: str, port: int, due: float, payload: bytes, email: str) -> None:
        record = {"n": n, "ep": kind, "port": port, "due": round(due, 4), "email": email, "receipt": ""}
        sent = time.time()
        record["sent"] = sent
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        try:
            connection.request(
                "POST",
                PATHS[kind].format(slug=self.options.slug),
                body=payload,
                headers={"Content-Type": "application/json", "Accept": "application/json"},
            )
            response = connection.getresponse()
            raw = response.read()
            record["lat"] = time.time() - sent
            record["status"] = response.status
            if response.status == EXPECTED[kind]:
                record["cause"] = ""
                if kind == "tes":
                    try:
                        record["receipt"] = json.loads(raw)["receipt"]
                    except (ValueError, KeyError, TypeError):
                        record["cause"] = "201 without a receipt"
            else:
                record["cause"] = f"HTTP {response.status}"
        except Exception as error:  # noqa: BLE001 — every failure is a result to record
            record["lat"] = None
            record["status"] = None
            record["cause"] = classify(error)
        finally:
            connection.close()
            self.slots.release()
        self.write(record)

    def schedule(self) -> list[tuple[float, str]]:
        seconds, events = self.options.seconds, []
        for kind, rate in (("sig", self.options.sig_rate), ("tes", self.options.tes_rate)):
            if rate > 0:
                count = int(seconds * rate)
                events += [(k / rate, kind) for k in range(count)]
        return sorted(events)

    def run(self) -> None:
        options = self.options
        start = options.start
        events = self.schedule()
        with ThreadPoolExecutor(max_workers=options.threads, thread_name_prefix="soak") as pool:
            for n, (due, kind) in enumerate(events):
                delay = start + due - time.time()
                if delay > 0:
                    time.sleep(delay)
                port = self.ports[n % len(self.ports)]
                payload, email = body(kind, n, options.run_id)
                if not self.slots.acquire(blocking=False):
                    self.write(
                        {"n": n, "ep": kind, "port": port, "due": round(due, 4), "sent": time.time(),
                         "lat": None, "status": None, "cause": "client saturated (not sent)", "email": email,
                         "receipt": ""}
                    )  # fmt: skip
                    continue
                pool.submit(self.one, n, kind, port, due, payload, email)
        self.out.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.soak.load")
    parser.add_argument("--ports", required=True, help="comma-separated ports of the app processes")
    parser.add_argument("--start", type=float, required=True, help="epoch second of the first request")
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--sig-rate", type=float, default=20.0)
    parser.add_argument("--tes-rate", type=float, default=2.0)
    parser.add_argument("--slug", default="appel")
    parser.add_argument("--run-id", default=str(os.getpid()))
    parser.add_argument("--threads", type=int, default=256)
    parser.add_argument("--max-outstanding", type=int, default=512)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()
    if not 0 < options.seconds <= 3600 or options.sig_rate > 500 or options.tes_rate > 500:
        parser.error("--seconds must be in (0, 3600], rates at most 500/s")
    Client(options).run()


if __name__ == "__main__":
    main()
