"""The Qt user interface; it reaches data only through ``desktop.core``."""
