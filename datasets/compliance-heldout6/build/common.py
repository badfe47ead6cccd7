"""Shared imports for the case modules. Uses the schema helpers in ../model.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from model import person, charge, warrant, prior, protected, case  # noqa: E402,F401

# Conventions used throughout the generated data (documented in README.md):
#  - life imprisonment or death penalty as statutory maximum -> 1200 months
#  - all names, dates of birth, document numbers and file references are fictional
LIFE = 1200
