"""Article → facts: sentences, words in spaCy Docs, the components that mark
figures, periods, organizations and cues, and the assembly of `Fact` records.
Entry point: `pipeline.extract_article`."""
