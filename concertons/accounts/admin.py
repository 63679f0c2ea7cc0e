from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from concertons.accounts.models import User
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
