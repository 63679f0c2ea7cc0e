"""Anti-abuse without any third party: honeypot, time trap, ALTCHA proof-of-work, keyed-hash rate limits.

The client address is read in one place (`client_key`) and turned at once into a keyed hash whose key
differs for every scope and every day; the address itself is never stored or logged.

Rate-limit counters and used proof-of-work solutions live in the "antiabuse" cache only: process memory,
or Redis without persistence (settings.CACHES). Never in a database table: a dump or a backup would then
hold, for one address and one day, the hour someone signed next to the hour someone testified.
"""

import hashlib
import hmac
import ipaddress
import json
import logging
import time
from dataclasses import dataclass
from datetime import timedelta

import altcha
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from concertons.core import pagecache

logger = logging.getLogger("concertons.antiabuse")

HONEYPOT_FIELD = "website"
# A person needs a few seconds to fill a form in; a form older than a day was left open or replayed.
MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 24 * 3600
# Proof-of-work: about a second on a phone; challenges live ten minutes and are accepted once.
ALTCHA_MAX_NUMBER = 50_000
ALTCHA_VALIDITY = timedelta(minutes=10)


def enabled() -> bool:
    return settings.CONCERTONS_ANTI_ABUSE


def warn_if_disabled() -> None:
    if not enabled():
        logger.warning(
            "CONCERTONS_ANTI_ABUSE=0: proof-of-work and rate limits are OFF. For benchmarks and tests only."
        )


# Time trap ------------------------------------------------------------------------------------------


def form_started_token(request=None) -> str:
    """The time trap's start; a hole in a page kept for every visitor (core.pagecache), filled per request."""
    return pagecache.hole_or(request, "form_started", _form_started)


def _form_started() -> str:
    return signing.dumps(time.time(), salt="concertons.form-started")


def check_form_started(token: str) -> None:
    """Refuse a form sent too fast (a robot) or too late (a stale or replayed page)."""
    try:
        started = float(signing.loads(token or "", salt="concertons.form-started"))
    except (signing.BadSignature, ValueError, TypeError):
        started = None
    age = time.time() - started if started is not None else None
    if age is None or age > MAX_FORM_AGE_SECONDS:
        raise ValidationError(_("Ce formulaire a expiré : rechargez la page et envoyez-le à nouveau."))
    if enabled() and age < MIN_FILL_SECONDS:
        raise ValidationError(_("Formulaire envoyé trop vite : relisez-le, puis envoyez-le à nouveau."))


def honeypot_filled(data) -> bool:
    """The hidden field only robots fill in."""
    return bool((data.get(HONEYPOT_FIELD) or "").strip())


# Proof-of-work (ALTCHA) -------------------------------------------------------------------------------


def altcha_key() -> bytes:
    return hmac.new(settings.SECRET_KEY.encode(), b"concertons.altcha", hashlib.sha256).digest()


def altcha_challenge() -> dict:
    challenge = altcha.create_challenge_v1(
        algorithm="SHA-256",
        max_number=ALTCHA_MAX_NUMBER,
        hmac_key=altcha_key(),
        expires=timezone.now() + ALTCHA_VALIDITY,
    )
    return {
        "algorithm": challenge.algorithm,
        "challenge": challenge.challenge,
        "maxnumber": challenge.max_number,
        "salt": challenge.salt,
        "signature": challenge.signature,
    }


def altcha_solved(payload: str) -> bool:
    """A valid, unexpired solution never seen before."""
    if not payload or len(payload) > 2000:
        return False
    try:
        ok, _error = altcha.verify_solution_v1(payload, altcha_key(), check_expires=True)
    except Exception:  # a malformed payload is an unsolved challenge, whatever the library raises
        return False
    if not ok:
        return False
    # Accept each solution once: a replayed payload is refused until its challenge has expired.
    key = f"altcha:{hashlib.sha256(payload.encode()).hexdigest()}"
    return store().add(key, 1, _until_window_end(ALTCHA_VALIDITY.total_seconds(), windows=2))


# Rate limits -----------------------------------------------------------------------------------------


def store():
    """The cache holding counters and used solutions: never the default one, which may be a table."""
    return caches["antiabuse"]


def client_address(request) -> str:
    """The client's address as the socket or the trusted proxies give it; read here only, never kept."""
    address = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_HOPS
    if hops:
        forwarded = [
            part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",") if part.strip()
        ]
        if len(forwarded) >= hops:
            address = forwarded[-hops]
    return address


def _network(address: str) -> str:
    """What one client is: an IPv4 address, or an IPv6 /64 (one subscriber line gets a /64 at least, and
    every address in it is theirs for the asking)."""
    try:
        parsed = ipaddress.ip_address(address.strip().strip("[]").split("%")[0])
    except ValueError:
        return address
    if parsed.version == 6 and parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def client_key(request, *, scope: str) -> str:
    """A keyed hash of the client's network, its key derived per scope and per day: the hash a signature
    counts under shares nothing with a testimony's, and nothing links one day's hashes to the next."""
    day_key = hmac.new(settings.SECRET_KEY.encode(), f"ratelimit:{scope}:{_day()}".encode(), "sha256")
    return hmac.new(day_key.digest(), _network(client_address(request)).encode(), "sha256").hexdigest()[:32]


def rate_limited(request, *, scope: str, limit: int, window_seconds: int = 3600) -> bool:
    """Count this request in its window; True when the client went over the limit."""
    if not enabled():
        return False
    return _counted_over(
        f"rl:{scope}:{client_key(request, scope=scope)}", limit=limit, window_seconds=window_seconds
    )


def over_limit(subject: str, *, scope: str, limit: int, window_seconds: int = 3600) -> bool:
    """The same count for anything else than a client (an e-mail address, say): kept as a keyed hash,
    in the anti-abuse store, expiring on a window boundary. True when over the limit."""
    day_key = hmac.new(settings.SECRET_KEY.encode(), f"limit:{scope}:{_day()}".encode(), "sha256")
    digest = hmac.new(day_key.digest(), subject.encode(), "sha256").hexdigest()[:32]
    return _counted_over(f"lim:{scope}:{digest}", limit=limit, window_seconds=window_seconds)


def _clock() -> float:
    """Seconds since the epoch, for counting windows and day keys. One function, so the tests can hold it
    inside one window: a count that straddles an hour's end would start again from zero."""
    return time.time()


def _day() -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(_clock()))


def _counted_over(key: str, *, limit: int, window_seconds: int) -> bool:
    window = int(_clock() // window_seconds)
    # get + set rather than incr: incr would keep or reset a timeout we do not choose, and the expiry must
    # end on the window's boundary. Two racing requests may count once: a rate limit can afford that.
    count = store().get(f"{key}:{window}", 0) + 1
    store().set(f"{key}:{window}", count, _until_window_end(window_seconds))
    return count > limit


def _until_window_end(window_seconds: float, windows: int = 1) -> float:
    """A cache timeout ending on a window boundary: an expiry must not give away the exact second of a
    request (a testimony's, say), wherever the cache keeps it."""
    now = _clock()
    return (now // window_seconds + windows) * window_seconds - now


# For the views --------------------------------------------------------------------------------------------


def page_context(request=None) -> dict:
    """What a public form's template needs: the proof-of-work challenge (a hole in a page kept for every
    visitor, see core.pagecache) and the honeypot's name."""
    return {
        "altcha_challenge": pagecache.hole_or(request, "altcha", _altcha_json) if enabled() else "",
        "honeypot_field": HONEYPOT_FIELD,
    }


def _altcha_json() -> str:
    return json.dumps(altcha_challenge())


pagecache.register_hole("form_started", lambda request: _form_started())
pagecache.register_hole("altcha", lambda request: _altcha_json())


ROBOT = "robot"
TOO_MANY = "too-many"


def refusal(request, *, scope: str, per_hour: int, per_hour_without_pow: int) -> str | None:
    """Proof-of-work when the browser ran it (checked and used up first); a lower rate limit when it could
    not (no JavaScript). ROBOT, TOO_MANY, or None when the request may go on."""
    if not enabled():
        return None
    payload = request.POST.get("altcha", "")
    if payload and not altcha_solved(payload):
        return ROBOT
    if rate_limited(request, scope=scope, limit=per_hour if payload else per_hour_without_pow):
        return TOO_MANY
    return None


def robot_message() -> str:
    return _("La vérification anti-robot a échoué : rechargez la page et réessayez.")


@dataclass(frozen=True)
class Limits:
    """How many submissions one client may send an hour, and what it is told past that (in French)."""

    scope: str
    per_hour: int
    # Forms only: without JavaScript a browser cannot solve the proof-of-work, so it gets fewer.
    per_hour_without_pow: int
    too_many: str


def form_accepted(request, form, limits: Limits) -> bool:
    """The guard of every public form, after `honeypot_filled` (a robot is answered as if it had worked):
    the form's own checks first (its form token, its fields: nothing costly for a malformed request), then
    the proof-of-work and the rate limit. False with French errors on the form; call `form_again` before
    showing it again."""
    if form.is_valid():
        problem = refusal(
            request,
            scope=limits.scope,
            per_hour=limits.per_hour,
            per_hour_without_pow=limits.per_hour_without_pow,
        )
        if problem == ROBOT:
            form.add_error(None, robot_message())
        elif problem == TOO_MANY:
            form.add_error(None, limits.too_many)
    return form.is_valid()


def form_again(form, **fields: str) -> None:
    """Before a refused form is shown again: a fresh form token (the old one may be used up), and `fields`."""
    form.data = form.data.copy()
    form.data["form_started"] = form_started_token()
    form.data.update(fields)


def api_refusal(request, *, limits: Limits, altcha: str) -> tuple[int, dict] | None:
    """The same guard for the JSON API, where the proof-of-work is always required: (status, body) to answer,
    or None when the request may go on."""
    if not enabled():
        return None
    if rate_limited(request, scope=limits.scope, limit=limits.per_hour):
        return 429, {"detail": str(limits.too_many)}
    if not altcha_solved(altcha):
        errors = {"altcha": [_("Preuve de travail absente, invalide ou déjà utilisée.")]}
        return 422, {"detail": _("Vérification anti-robot échouée."), "errors": errors}
    return None
