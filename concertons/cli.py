"""The `concertons` console script: Django's management commands, with this project's settings."""

import os
import sys


def main() -> None:
    # `serve` is the production server; everything else defaults to the local settings of `make run`.
    default = "concertons.settings.production" if sys.argv[1:2] == ["serve"] else "concertons.settings.dev"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default)
    # After the settings module is chosen: Django reads it when this module loads.
    from django.core.management import execute_from_command_line

    execute_from_command_line(["concertons", *sys.argv[1:]])


if __name__ == "__main__":
    main()
