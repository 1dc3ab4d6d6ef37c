"""The extraction stages, pure functions: `article` (page → clean article) and `facts`
(article → sentences and facts), with the word lists (`lexicon`) and the sites they read.

Nothing here touches SQL, files or the network (see DESIGN.md): text in, records out.
"""
