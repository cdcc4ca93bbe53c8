#!/usr/bin/env bash
# Makes the clip library from clips.json: espeak-ng speaks each text, sox turns it into raw 8 kHz
# mu-law with leading and trailing silence trimmed. -D turns sox's dither off so the bytes are the
# same on every run (the speech emulator matches them byte for byte).
set -euo pipefail
cd "$(dirname "$0")"
command -v espeak-ng >/dev/null && command -v sox >/dev/null || { echo "needs espeak-ng and sox (apt-get install espeak-ng sox)" >&2; exit 1; }
python3 - <<'PY' | while IFS=$'\t' read -r voice file text; do
import json
for c in json.load(open("clips.json", encoding="utf-8")):
    voice = c["languageCode"].split("-")[0]
    print(f'{voice}\t{c["file"]}\t{c["text"]}')
PY
  mkdir -p "$(dirname "$file")"
  espeak-ng -v "$voice" -s 165 --stdout "$text" \
    | sox -D -t wav - -r 8000 -c 1 -e mu-law -t raw "$file" silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse
  echo "$file $(stat -c %s "$file") bytes"
done
