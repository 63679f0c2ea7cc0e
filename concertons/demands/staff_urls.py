app_name = "demands_staff"
urlpatterns: list = []
