from collections import OrderedDict
from threading import Lock

from django.apps import AppConfig

LIMIT = 256  # the campaign page and 101 département pages, for a couple of campaigns


class CachedChartsConfig(AppConfig):
    name = "bench.dashboard.cachedcharts"
    label = "bench_cachedcharts"

    def ready(self):
        from django.utils.translation import get_language

        from concertons.publication import views

        drawn: OrderedDict = OrderedDict()
        lock = Lock()

        def remembered(draw, kind):
            def charts(campaign, figures, *args):
                key = (
                    kind, campaign.pk, campaign.updated_at, figures.signatures.get("confirmed"),
                    figures.constats_day, *args, get_language(),
                )  # fmt: skip
                with lock:
                    if key in drawn:
                        drawn.move_to_end(key)
                        return drawn[key]
                result = draw(campaign, figures, *args)
                with lock:
                    drawn[key] = result
                    while len(drawn) > LIMIT:
                        drawn.popitem(last=False)
                return result

            return charts

        views.campaign_charts = remembered(views.campaign_charts, "campaign")
        views.departement_charts = remembered(views.departement_charts, "departement")
