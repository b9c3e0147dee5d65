"""Safety interceptors: plan → check → act or refuse (tool gate), injection scanning and taint."""
