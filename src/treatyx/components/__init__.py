"""treatyx's spaCy components, one factory per module (``treatyx_<job>``).

Importing a module registers its factory; :mod:`treatyx.pipeline` imports them all, and the
``spacy_factories`` entry points let ``spacy.load`` find them in a fresh process.
"""
