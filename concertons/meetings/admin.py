from django.contrib import admin

from concertons.meetings.models import Meeting, Minutes, MinutesItem, Registration


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "campaign", "departement", "starts_at", "capacity"]
    list_filter = ["campaign", "kind"]
    search_fields = ["title", "organiser"]
    date_hierarchy = "starts_at"


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["name", "meeting", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["name", "email_key"]
    readonly_fields = ["email_key", "token_key"]


class MinutesItemInline(admin.TabularInline):
    model = MinutesItem
    extra = 0
    readonly_fields = ["status_change"]


@admin.register(Minutes)
class MinutesAdmin(admin.ModelAdmin):
    list_display = ["meeting", "published_at"]
    inlines = [MinutesItemInline]
