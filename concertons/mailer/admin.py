from django.contrib import admin

from concertons.mailer.models import OutgoingEmail


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    list_display = ["subject", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    # Bodies carry personal links (confirmation, withdrawal): not shown, not editable.
    fields = ["subject", "status", "attempts", "next_attempt_at", "last_error", "created_at", "sent_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False
