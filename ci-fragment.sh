# --- smtp-codes docs and message files (issue 4): fold into .ci/run -------------------------
# Installs gettext (msgfmt, for the .po checks in `cargo test`) and Debian's Chromium with its
# WebDriver (for the browser test). Put the install step before `cargo test --workspace`:
# under CI=true the .po test fails instead of skipping when msgfmt is missing.

step "install gettext, chromium and chromium-driver"
need=()
command -v msgfmt >/dev/null 2>&1 || need+=(gettext)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
if [ "${#need[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
msgfmt --version | head -n 1
chromium --version
chromedriver --version

# ... `cargo xtask gen --check` and `cargo test --workspace` as before: the codegen tests
# `outputs`, `hostile` and `ui_csv` check the .ftl/.po/.json/HTML/Markdown outputs ...

step "cargo xtask browser-test (headless Chromium, the site from file://)"
cargo xtask browser-test
# ---------------------------------------------------------------------------------------------
