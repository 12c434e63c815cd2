"""Stands for a provider's heavy library (exchangelib, requests): notes who imported it."""

import threading

imported_by = threading.current_thread().name
