"""Easel for Krita: a docker to edit images by describing the change (see README.md).

Krita imports this package at start-up. Outside Krita (the unit tests) there is no `krita`
module and nothing is registered; the pure modules are imported on their own.
"""
try:
    import krita  # noqa: F401  (only present inside Krita)
except ImportError:
    krita = None

if krita is not None:
    from .extension import register

    register()
