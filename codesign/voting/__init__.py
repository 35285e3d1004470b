"""Dot voting in the app: undoable voting edits, later the presenter window and console."""
