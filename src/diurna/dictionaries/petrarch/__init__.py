"""Readers for PETRARCH/TABARI-format dictionaries (actors, agents, verbs, discards).

The loader (``petrarch.loader``) registers the ``petrarch:DIR[@PREFIX]`` spec; it is
imported by ``diurna.dictionaries`` so that the spec is known. This package file imports
nothing, so that ``bundle.py`` can use ``petrarch.discards`` without an import cycle.
"""
