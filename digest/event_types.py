"""The event-type table's earlier address, kept for code written against it: it lives in ``digest.model.events``."""

from .model.events import SLOTS, TYPES, Event, EventType, day_rank, named, with_affiliation  # noqa: F401
