from django.urls import path, re_path

from concertons.signatures import staff_views

app_name = "signatures_staff"
urlpatterns = [
    path("donnees-personnelles/", staff_views.person_data, name="person_data"),
    path("<slug:slug>/signatures/", staff_views.signature_list, name="list"),
    path("<slug:slug>/signatures/<int:pk>/masquer/", staff_views.signature_hide, name="hide"),
    path("<slug:slug>/signatures/<int:pk>/retablir/", staff_views.signature_show, name="show"),
    path("<slug:slug>/signatures/<int:pk>/commentaire/", staff_views.comment_publish, name="comment_publish"),
    path("<slug:slug>/signatures/papier/", staff_views.paper_entry, name="paper"),
    path("<slug:slug>/signatures/importer/", staff_views.signature_import, name="import"),
    path("<slug:slug>/signatures/<int:pk>/verifiee/", staff_views.signature_checked, name="checked"),
    re_path(
        r"^(?P<slug>[-\w]+)/signatures/export\.(?P<file_format>csv|xlsx|ods)$",
        staff_views.export,
        name="export",
    ),
    path("<slug:slug>/signatures/feuille.pdf", staff_views.paper_sheet, name="paper_sheet"),
]
