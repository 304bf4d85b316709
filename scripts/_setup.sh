# Shared by scripts/run and scripts/test: a virtual environment with the project's packages.
# Sourced, not run. Installs only when a requirements file changed since the last install.

PY=${PYTHON:-python3}
VENV=.venv

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root (or sudo) to run: $*" >&2; return 1; fi
}

apt_install() {
  # apt-get update once per call; quiet unless something fails.
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_venv() {
  local reqs="$1" stamp
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PY" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      apt_install python3-venv
      "$PY" -m venv "$VENV"
    fi
  fi
  stamp="$VENV/.installed-$(cat requirements*.txt | sha256sum | cut -c1-16)-$(basename "$reqs")"
  if [ ! -f "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$reqs"
    touch "$stamp"
  fi
}

ensure_browser() {
  # Debian's Chromium for Playwright (its own browser download is not used) and Noto fonts
  # so that Devanagari and Telugu render in screenshots.
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (Debian packages)…"
    apt_install "${missing[@]}"
  fi
}
