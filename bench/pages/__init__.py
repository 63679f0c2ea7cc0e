"""bench/pages: each public page's requests per second and CPU per request, against a static file and a bare
Django view served by the same server in the same run."""
