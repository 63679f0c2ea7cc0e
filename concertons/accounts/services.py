from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from concertons.accounts.models import User

TOTP_DEVICE_NAME = "application"


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
