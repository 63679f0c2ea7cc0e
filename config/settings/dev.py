"""Local settings for `make run`: plain HTTP on 127.0.0.1; DEBUG stays off unless DEBUG=1."""

from .base import *  # noqa: F403
