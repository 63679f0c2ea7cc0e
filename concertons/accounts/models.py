from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A member of a collective's team (admin, organiser, moderator). Signers and witnesses have no account."""

    class Meta:
        verbose_name = _("compte")
        verbose_name_plural = _("comptes")
