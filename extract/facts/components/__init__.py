"""spaCy components of the extraction pipeline, made by `@Language.factory` (configurable:
`nlp.add_pipe("solieu_cues", config={"lexicon": "my-lexicon.toml"})`).

Each marking component writes one span group on the sentence Doc, and one span extension
holding what it read: `solieu_periods` -> doc.spans["periods"] (span._.period),
`solieu_quantities` -> doc.spans["quantities"] (span._.quantity) and doc.spans["non_facts"],
`solieu_orgs` -> doc.spans["orgs"] (span._.org), `solieu_cues` -> doc.spans["cues"] (label
`target` / `actual`). The last, `solieu_facts`, writes doc._.facts.
"""
from solieu.extract.facts.components import cues, facts, orgs, periods, quantities  # noqa: F401
