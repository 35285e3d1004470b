"""codesign: co-design workshops for service design."""

__version__ = "0.1.0"
APP_NAME = "codesign"
