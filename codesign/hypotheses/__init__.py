"""Hypotheses in the app: quick capture, the status board, the table and the detail editor."""
