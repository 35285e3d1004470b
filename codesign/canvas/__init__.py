"""The journey canvas: scene, items, view, palette and the undo commands that edit the board."""
