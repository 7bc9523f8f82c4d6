"""doc_text: the kept text of a document, or its rebuilt text."""

import spacy

from diurna.nlp.text import doc_text, keep_text


def test_kept_text_is_returned_and_equals_the_docs_own():
    nlp = spacy.blank("en")
    text = "      - Serbia's president met Russia's envoy in Belgrade on Monday."
    doc = nlp.make_doc(text)
    keep_text(doc, text)
    assert doc_text(doc) is text
    assert doc_text(doc) == doc.text


def test_a_doc_built_elsewhere_falls_back_to_its_own_text():
    doc = spacy.blank("en")("Kenya's police fired tear gas in Nairobi.")
    assert doc_text(doc) == "Kenya's police fired tear gas in Nairobi."
