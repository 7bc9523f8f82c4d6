"""CAMEO and PLOVER: codes, names, Goldstein scores, quad classes and the crosswalk."""

from diurna.ontology.cameo import Ontology, load_ontology

__all__ = ["Ontology", "load_ontology"]
