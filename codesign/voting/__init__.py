"""Dot voting in the app: undoable voting edits, the shared-screen presenter, the facilitator console, results."""
