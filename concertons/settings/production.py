"""Production: HTTPS behind a reverse proxy. `concertons check --deploy` is clean with these."""

from concertons.settings import env

from .base import *  # noqa: F403

DEBUG = env.env_bool("DEBUG")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env.env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Health checks from the proxy or the load balancer arrive over plain HTTP on the loopback.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
