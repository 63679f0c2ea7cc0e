#!/usr/bin/env python
"""Same as the `concertons` console script, for developers used to manage.py."""

from concertons.cli import main

if __name__ == "__main__":
    main()
