"""French geography: the 101 départements and the communes, from official codes.

Pure Python on data files vendored in geo/data/ (refreshed by scripts/refresh_geo.py);
look-ups tolerate how people write and never raise on garbage.
"""
