from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from concertons.accounts import perms
from concertons.campaigns.models import Campaign, Collective, Membership
from concertons.geo import departements


class MembershipForm(forms.ModelForm):
    departements = forms.MultipleChoiceField(
        label=_("Départements"),
        choices=departements.choices,
        required=False,
        help_text=_("Pour limiter un·e modérateur·rice à certains départements ; vide = tous."),
    )

    class Meta:
        model = Membership
        fields = ["user", "collective", "role", "departements"]


class MembershipInline(admin.TabularInline):
    model = Membership
    form = MembershipForm
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Collective)
class CollectiveAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    form = MembershipForm
    list_display = ["user", "collective", "role"]
    list_filter = ["role", "collective"]
    autocomplete_fields = ["user", "collective"]


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["title", "collective", "status", "opens_at", "closes_at"]
    list_filter = ["status", "collective"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["collective", "title", "slug", "summary", "text", "status", "opens_at", "closes_at"]

    def get_queryset(self, request):
        """Staff who are not platform admins only see their own collectives' campaigns."""
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(
            collective__memberships__user=request.user, collective__memberships__role__in=perms.MANAGING_ROLES
        )
