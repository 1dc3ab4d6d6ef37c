"""The Vietnamese NLP stage: pure functions from page text to sentences and facts.

Nothing here touches SQL, files or the network (see DESIGN.md): text in, records out.
"""
