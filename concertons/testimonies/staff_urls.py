from django.urls import path

from concertons.testimonies import staff_views

app_name = "testimonies_staff"
urlpatterns = [
    path("<slug:slug>/constats/", staff_views.queue, name="queue"),
    path("<slug:slug>/constats/<uuid:pk>/", staff_views.review, name="review"),
    path("<slug:slug>/constats/<uuid:pk>/masquer/", staff_views.mask_more, name="mask_more"),
    path("<slug:slug>/constats/<uuid:pk>/demasquer/<int:index>/", staff_views.unmask, name="unmask"),
    path("<slug:slug>/constats/<uuid:pk>/question/", staff_views.ask, name="ask"),
    path("<slug:slug>/constats/<uuid:pk>/publier/", staff_views.publish, name="publish"),
    path("<slug:slug>/constats/<uuid:pk>/refuser/", staff_views.reject, name="reject"),
]
