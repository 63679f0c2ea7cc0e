"""django-axes, told nothing about the client: lock-outs are keyed on the account name only."""

from axes.handlers.database import AxesDatabaseHandler


def no_client_address(request) -> None:
    """Axes asks for the client address; we never read it, so it can never be stored."""
    return None


class PrivacyDatabaseHandler(AxesDatabaseHandler):
    """The stock database handler, with the user agent blanked before anything is written."""

    @staticmethod
    def _forget_client(request) -> None:
        if request is not None:
            request.axes_user_agent = ""
            request.axes_ip_address = None

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        self._forget_client(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        self._forget_client(request)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        self._forget_client(request)
        return super().user_logged_out(sender, request, user, **kwargs)
