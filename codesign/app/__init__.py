"""The Qt desktop app. Only `codesign.cli` imports it; model and storage never do.

Modules needed to paint the first window import neither SQLAlchemy nor codesign.storage;
everything that touches a document is imported when a document is opened.
"""
