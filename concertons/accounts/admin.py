from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from concertons.accounts.models import AuditEntry, User
from concertons.campaigns.admin import MembershipForm
from concertons.campaigns.models import Membership


class UserMembershipInline(admin.TabularInline):
    model = Membership
    form = MembershipForm
    extra = 0
    autocomplete_fields = ["collective"]


@admin.register(User)
class ConcertonsUserAdmin(UserAdmin):
    inlines = [UserMembershipInline]
    list_display = ["username", "email", "first_name", "last_name", "is_active", "is_superuser"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_name", "action", "campaign", "object_id"]
    list_filter = ["action", "campaign"]
    readonly_fields = ["created_at", "actor", "actor_name", "action", "campaign", "object_id", "detail"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
