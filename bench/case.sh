# shellcheck shell=bash
# Shared by the bench scripts: a case directory's top module and source files, read from its
# idet-case.toml (one-line `top = "..."` and `sources = [...]`, as every manifest writes them).
case_top() { sed -n 's/^top = "\(.*\)"/\1/p' "$1/idet-case.toml"; }
case_files() {
  sed -n 's/^sources = \[\(.*\)\]/\1/p' "$1/idet-case.toml" | tr -d '"' | tr ',' '\n' | sed "s|^ *|$1/|"
}
# `-I <dir>` flags for the one-line `include_dirs = [...]` (Polyphony's polyphony_out.v
# includes the kernel file by name).
case_includes() {
  sed -n 's/^include_dirs = \[\(.*\)\]/\1/p' "$1/idet-case.toml" | head -1 | tr -d '"' | tr ',' '\n' \
    | sed -n "s|^ *\(.\+\)|-I $1/\1|p"
}
