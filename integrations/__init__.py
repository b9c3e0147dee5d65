"""Thin adapters from agent frameworks onto the core run API."""
