from django.db import models


class BenchRow(models.Model):
    name = models.CharField(max_length=200)
    email = models.CharField(max_length=254)

    def __str__(self) -> str:
        return self.name
