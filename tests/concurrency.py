"""Run one action in many threads released at the same instant, as many people (or processes) would."""

import threading

from django.db import connection


def at_once(count: int, action) -> list[Exception]:
    """action(n) for n in range(count), every thread waiting for the others before it starts; returns
    the exceptions raised (each thread closes its own database connection)."""
    barrier = threading.Barrier(count)
    errors: list[Exception] = []

    def run(n: int) -> None:
        try:
            barrier.wait(timeout=60)
            action(n)
        except Exception as error:  # collected for the caller to assert
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors
