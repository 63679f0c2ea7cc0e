"""No models: this module exists so that post_migrate reaches the core app (see apps.py)."""
