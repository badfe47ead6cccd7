"""Shared imports for the case files: model.py lives one folder up."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from model import person, charge, warrant, prior, protected, case  # noqa: E402,F401

NOTE = "Names, dates of birth, document numbers and references are fictional. "

# Public rule references used for legitimate cases (criteria the request satisfies).
ART83 = "https://ngm.com.au/?p=18805"
ART83_EXCL = "https://ngm.com.au/offences-that-cannot-trigger-an-interpol-red-notice/"
ART83_DISGUISED = "https://removerednotice.com/grounds-for-deletion-commercial-disputes"
CCF_PRIVATE = "https://europeancourt.org/en/wp-json/wp/v2/pages/232092"
