"""Interceptors. Each subpackage imports its heavy dependencies lazily."""
