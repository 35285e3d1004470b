"""Exports for people who never open codesign: the PDF summary, PNG and SVG of a journey, CSV.

The PDF is built with ReportLab from the model alone, headless; PNG and SVG draw the canvas with
QtGui (no widgets)."""
