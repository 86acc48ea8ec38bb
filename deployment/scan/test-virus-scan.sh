#!/bin/sh
# A stand-in virus scanner with clamscan's exit codes (0 clean, 1 infected, 2 error) that flags the
# EICAR test signature. The integration tests run the real scan hook (custos.files.scan-command)
# against it; production sets e.g. "clamdscan --no-summary --fdpass" instead.
[ -r "$1" ] || exit 2
if grep -q 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE' "$1"; then
    echo "$1: Eicar-Test-Signature FOUND"
    exit 1
fi
exit 0
