"""The soak's SMTP sink: aiosmtpd on 127.0.0.1, one JSON line per received message, appended and fsynced
before the 250 reply, so deliveries can be counted (and duplicates found) across the sink's restarts.

`python -m bench.soak.smtpsink --port P --out deliveries.jsonl`

A line: {"t": epoch seconds, "message_id": "<concertons-12@concertons.invalid>", "to": "...", "rcpt": [...]}.

SIGTERM is a clean stop, like `systemctl stop` of a relay: the listening socket closes at once (new
connections are refused), sessions in progress may finish (at most 5 s), then the process exits.
"""

import argparse
import asyncio
import json
import os
import signal
import time
from email.parser import BytesHeaderParser

from aiosmtpd.smtp import SMTP

GRACE_SECONDS = 5.0


class Recorder:
    def __init__(self, path: str):
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.parser = BytesHeaderParser()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 — aiosmtpd's hook name
        headers = self.parser.parsebytes(envelope.original_content or envelope.content or b"")
        record = {
            "t": time.time(),
            "message_id": (headers.get("Message-ID") or "").strip(),
            "to": (headers.get("To") or "").strip(),
            "rcpt": list(envelope.rcpt_tos),
        }
        os.write(self.fd, (json.dumps(record) + "\n").encode())
        os.fsync(self.fd)
        return "250 Message accepted for delivery"


class TrackedSMTP(SMTP):
    active: set = set()

    def connection_made(self, transport):
        TrackedSMTP.active.add(self)
        super().connection_made(transport)

    def connection_lost(self, exc):
        TrackedSMTP.active.discard(self)
        super().connection_lost(exc)


async def serve(port: int, out: str) -> None:
    recorder = Recorder(out)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: TrackedSMTP(recorder, hostname="soak-sink.invalid"), host="127.0.0.1", port=port
    )
    stopping = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    print(f"smtp sink listening on 127.0.0.1:{port}, writing {out}", flush=True)
    await stopping.wait()
    server.close()  # refuse new connections from now on
    deadline = time.monotonic() + GRACE_SECONDS
    while TrackedSMTP.active and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    print(f"smtp sink stopped ({len(TrackedSMTP.active)} sessions cut)", flush=True)
    os.close(recorder.fd)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.soak.smtpsink")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()
    asyncio.run(serve(options.port, options.out))


if __name__ == "__main__":
    main()
