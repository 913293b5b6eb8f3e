# shellcheck shell=bash
# Shared by the bench scripts: a case directory's top module and source files, read from its
# idet-case.toml (one-line `top = "..."` and `sources = [...]`, as every manifest writes them).
case_top() { sed -n 's/^top = "\(.*\)"/\1/p' "$1/idet-case.toml"; }
case_files() {
  sed -n 's/^sources = \[\(.*\)\]/\1/p' "$1/idet-case.toml" | tr -d '"' | tr ',' '\n' | sed "s|^ *|$1/|"
}
