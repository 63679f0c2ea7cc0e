from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from concertons.campaigns import perms, services
from concertons.campaigns.models import Campaign, Collective, DepartementGoal, Membership
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
    list_display = ["name", "slug", "publisher", "contact_email"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "description"]}),
        (
            _("Mentions légales et contact"),
            {"fields": ["publisher", "contact_email", "postal_address", "host"]},
        ),
    ]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    form = MembershipForm
    list_display = ["user", "collective", "role"]
    list_filter = ["role", "collective"]
    autocomplete_fields = ["user", "collective"]


class DepartementGoalInline(admin.TabularInline):
    model = DepartementGoal
    extra = 0


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["title", "collective", "status", "opens_at", "closes_at"]
    list_filter = ["status", "collective"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    fields = [
        "collective",
        "title",
        "slug",
        "summary",
        "text",
        "status",
        "opens_at",
        "closes_at",
        "signature_goal",
    ]
    inlines = [DepartementGoalInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A changed text never overwrites what people signed: it becomes a new version.
        if change and {"title", "text"} & set(form.changed_data):
            new_version = services.campaign_amend(campaign=obj, actor=request.user)
            if new_version is not None:
                self.message_user(
                    request,
                    _(
                        "Nouvelle version %(number)s du texte enregistrée ; les signataires en sont informé·es."
                    )
                    % {"number": new_version.number},
                )

    def get_queryset(self, request):
        """Staff who are not platform admins only see their own collectives' campaigns."""
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(
            collective__memberships__user=request.user, collective__memberships__role__in=perms.MANAGING_ROLES
        )
