app_name = "meetings_staff"
urlpatterns: list = []
