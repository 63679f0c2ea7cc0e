from django.contrib import admin

from concertons.demands.models import Demand, DemandStatusChange


@admin.register(Demand)
class DemandAdmin(admin.ModelAdmin):
    list_display = ["title", "campaign", "position"]
    list_filter = ["campaign"]
    search_fields = ["title"]


@admin.register(DemandStatusChange)
class DemandStatusChangeAdmin(admin.ModelAdmin):
    """Read-only: the history is written through the organisers' pages and minutes, never edited."""

    list_display = ["demand", "departement", "status", "date", "created_at"]
    list_filter = ["status", "departement"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
