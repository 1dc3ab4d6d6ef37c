"""solieu: quantitative claims from Vietnamese news, stored with their source sentences.

The Python API lives in :mod:`solieu.jobs`; the ``solieu`` command is a thin layer over it.
"""
__version__ = "0.1.0"
