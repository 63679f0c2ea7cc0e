app_name = "publication_staff"
urlpatterns: list = []
