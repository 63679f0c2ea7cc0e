import secrets

from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from concertons.accounts.models import User

TOTP_DEVICE_NAME = "application"
RECOVERY_DEVICE_NAME = "codes de secours"
RECOVERY_CODES = 10
RECOVERY_CODE_DIGITS = 10  # longer than a TOTP code, so the login form tells them apart


def totp_device_confirmed(*, user: User) -> TOTPDevice | None:
    """The user's confirmed authenticator, if any."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def totp_device_pending(*, user: User) -> TOTPDevice:
    """The unconfirmed device shown as a QR code until its first code is typed in."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)


def totp_verify(*, request, device: TOTPDevice, token: str) -> bool:
    """Check a code; the first good one confirms a new device. Marks the session as verified."""
    if not device.verify_token(token):
        return False
    if not device.confirmed:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    otp_login(request, device)
    return True


def recovery_codes_renew(*, user: User) -> list[str]:
    """New single-use recovery codes (the old ones stop working), for a lost phone. Shown once."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
    device.token_set.all().delete()
    codes = [
        f"{secrets.randbelow(10**RECOVERY_CODE_DIGITS):0{RECOVERY_CODE_DIGITS}d}"
        for _ in range(RECOVERY_CODES)
    ]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_code_verify(*, request, code: str) -> bool:
    """A recovery code instead of the phone's: it works once, and marks the session as verified."""
    for device in StaticDevice.objects.devices_for_user(request.user, confirmed=True):
        if device.verify_token(code):
            otp_login(request, device)
            return True
    return False


def recovery_codes_left(*, user: User) -> int:
    return StaticToken.objects.filter(device__user=user).count()


def invited_user(*, uidb64: str, token: str) -> User | None:
    """The account an invitation link opens; None when the link is wrong, used or over 3 days old (Django's
    password-reset token: it stops working once a password is set)."""
    try:
        user = User.objects.get(pk=int(force_str(urlsafe_base64_decode(uidb64))))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        return None
    return user if default_token_generator.check_token(user, token) else None


def first_account_token() -> str:
    """The secret part of the first account's link: derived from SECRET_KEY, so only whoever runs the server
    (`concertons first_account_link`, printed by `make run`) knows it."""
    return salted_hmac("concertons.first-account", "platform admin", algorithm="sha256").hexdigest()[:32]


def first_account_open(token: str) -> bool:
    """The link works until a platform admin exists."""
    return (
        constant_time_compare(token, first_account_token())
        and not User.objects.filter(is_superuser=True).exists()
    )


@transaction.atomic
def first_account_create(*, username: str, email: str, password: str) -> User:
    """The platform's first admin (a superuser), who then creates the collectives from /gestion/."""
    if User.objects.select_for_update().filter(is_superuser=True).exists():
        raise PermissionError("a platform admin already exists")
    return User.objects.create_superuser(username=username, email=email, password=password)
