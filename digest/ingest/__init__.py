"""Ingest: turn a raw pasted or saved article into a content entry (reader -> clean -> fields -> pipeline)."""
