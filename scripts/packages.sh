# Sourced by scripts/run and scripts/test: installs the Debian packages the build and the
# tests need, only when some are missing (as root, or through sudo).

SHELFSYNC_PACKAGES=(
    build-essential cmake ninja-build dpkg-dev file clang-format
    qt6-base-dev libqt6opengl6-dev qt6-websockets-dev qt6-charts-dev qt6-httpserver-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libgl1-mesa-dev libxkbcommon-dev
    xvfb xauth postgresql zint zbar-tools
)

shelfsync_install_packages() {
    local missing=()
    local package
    # Node runs the protocol test from another language; a machine may already have it
    # from elsewhere than Debian, so the commands count, not the packages.
    if ! command -v node >/dev/null 2>&1; then
        missing+=(nodejs)
    fi
    if ! command -v npm >/dev/null 2>&1; then
        missing+=(npm)
    fi
    for package in "${SHELFSYNC_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if ((EUID != 0)); then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}
