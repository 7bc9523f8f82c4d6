"""Run the real ``diurna`` CLI with the fake coder: ``python run_fake_cli.py ingest ...``.

Used by the crash test, which must kill a real process; the fake coder keeps it fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import diurna.cli.ingest as cli_ingest  # noqa: E402
from diurna.batch import CoderSpec  # noqa: E402
from diurna.cli import main  # noqa: E402

cli_ingest.coder_spec = lambda **settings: CoderSpec.of("fakecoder:FakeCoder", **settings)

if __name__ == "__main__":
    sys.argv[0] = "diurna"
    main()
