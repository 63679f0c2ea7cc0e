"""A bench-only PROTOTYPE of the change recommended in bench/README.md, measured, never shipped: each
server process keeps the charts it drew (SVG, tables, the indicator table) for the published figures it
drew them from, so a dashboard request no longer redraws two maps and four bar charts from the snapshot.

It wraps concertons.publication.views.campaign_charts and departement_charts when the app is ready. The
key is what the charts depend on: the campaign and its last change, the two snapshots (signature count and
constats day stand for their identity here; the product would key on the snapshot rows), the département
and the language. Used only with --prototype, by bench.dashboard.settings_cached."""
