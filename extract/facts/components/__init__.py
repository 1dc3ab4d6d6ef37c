"""spaCy components of the extraction pipeline, registered with `@Language.component`.

Each writes one span group on the sentence Doc, and one span extension holding what it read:
`solieu_periods` -> doc.spans["periods"] (span._.period), `solieu_quantities` ->
doc.spans["quantities"] (span._.quantity), `solieu_orgs` -> doc.spans["orgs"] (span._.org),
`solieu_cues` -> doc.spans["cues"] (label `target` / `actual`).
"""
from solieu.extract.facts.components import cues, orgs, periods, quantities  # noqa: F401
