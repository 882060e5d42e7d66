"""LibreOffice (soffice) for tests: found, or a skip here and a failure under CI."""
import os
import shutil
import subprocess

import pytest


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) must be installed under CI: .ci/run installs "
                        "libreoffice-writer-nogui")
        pytest.skip("LibreOffice (soffice) is not installed here; CI installs it")
    return exe


def convert(paths, fmt: str, outdir, profile) -> None:
    """Convert ``paths`` to ``fmt`` into ``outdir`` with a private profile folder."""
    exe = soffice()
    res = subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                          "--convert-to", fmt, "--outdir", str(outdir), *map(str, paths)],
                         capture_output=True, text=True, timeout=300)
    for path in paths:
        base = os.path.splitext(os.path.basename(str(path)))[0]
        out = os.path.join(str(outdir), f"{base}.{fmt.split(':')[0]}")
        assert os.path.exists(out), res.stdout + res.stderr
