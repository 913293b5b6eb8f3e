# idet — the two set-up commands are `make demo` and `make test` (see README.md).
# Both install what is missing: Debian packages (verilator, yosys, iverilog, the CBC MIP solver
# library for checkpoint placement, ccache for the many Verilator builds of the tests), a Python venv with
# the pinned HLS compilers (benchmarks-rtl/requirements.txt), and the Rust build.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
VENV ?= $(CURDIR)/.venv
CARGO ?= cargo
IDET := target/debug/idet
DEMO := benchmarks-rtl/polyphony/gcd
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: calyx bench-ctrl bench-harvest bench-nngen bench-nngen-area bench-real bench-real-verify demo test regress regress-sudden deps apt venv build corpus corpus-check testbenches lint bench bench-speed flow-check clean

demo: apt build
	@echo "== idet analyze $(DEMO)/out/gcd.v (Polyphony 0.3.6 output)"
	$(IDET) analyze $(DEMO)/out/gcd.v --top gcd
	@echo "== liveness check: corrupt every register the analysis calls dead, at every other cycle"
	@tmp=$$(mktemp -d); \
	$(IDET) deadcheck $(DEMO)/out/gcd.v --top gcd --dut test.gcd_0 --clock test.clk --every 2 -o $$tmp/deadcheck.v; \
	iverilog -g2012 -I $(DEMO)/out -s test -s idet_deadcheck -o $$tmp/sim $(DEMO)/out/polyphony_out.v $(DEMO)/out/test.v $$tmp/deadcheck.v; \
	vvp -n $$tmp/sim | grep -E "PASS|FAIL|IDET-DEADCHECK"; rm -rf $$tmp
	@echo "== idet insert: splice the NVM checkpoint controller (report on stderr)"
	@tmp=$$(mktemp -d); \
	$(IDET) insert $(DEMO)/out/gcd.v --top gcd -o $$tmp/gcd_idet.v --report $$tmp/insert.json && \
	echo "wrote $$(grep -c '// idet:begin' $$tmp/gcd_idet.v) fenced regions"; rm -rf $$tmp
	@echo "== idet verify: original vs augmented under Verilator, 1,000 random power losses"
	$(IDET) verify $(DEMO)/out/gcd.v --top gcd --iface $(DEMO)/idet-iface.toml --losses 1000
	@echo "== idet verify --harvest: two CRC jobs of ~15,000 cycles on an RFID-like trace (30 uW for 2 ms"
	@echo "   of every 10 ms), a 0.5 nF capacitor: each job takes ~170 charges; the same design without"
	@echo "   idet on the same trace (baseline line) gets none right. Plot: target/demo-harvest.svg"
	$(IDET) verify benchmarks-rtl/polyphony/crc32/out/crc32.v --top crc32 \
	  --iface benchmarks-rtl/polyphony/crc32/idet-iface-harvest.toml --harvest rf --cap-nf 0.5 \
	  --v-on 3.3 --v-warn 2.6 --v-off 1.8 --harvest-svg target/demo-harvest.svg

test: deps build calyx
	$(CARGO) test --all-targets
	CALYX=$(CALYX) IDET_VENV=$(VENV) benchmarks-rtl/regen.sh --check
	benchmarks-rtl/run-testbenches.sh
	$(MAKE) --no-print-directory flow-check

# Users' flows (flow/README.md): the FuSoC generator example and the Make fragment example.
flow-check: deps build
	IDET=$(IDET) VENV=$(VENV) flow/check-fusesoc.sh
	IDET=$(IDET) flow/check-make.sh

# idet verify with 10,000 power losses per corpus design (release build; table in
# bench/results-regress.md). LOSSES=N to change; CASES="fixtures/x ..." re-measures only those rows.
regress: apt
	$(CARGO) build --release
	IDET=target/release/idet CASES="$(CASES)" bench/regress.sh $(or $(LOSSES),10000)

# idet verify --sudden (no warning) with 10,000 losses per design in periodic mode at periods 0
# and 100, and fir with a non-volatile memory (bench/results-sudden.md).
regress-sudden: apt
	$(CARGO) build --release
	IDET=target/release/idet bench/sudden.sh $(or $(LOSSES),10000)

# Area of the checkpoint controller and NVM adapters (Yosys generic cells, a few seconds);
# bench/results-ctrl-area.md.
bench-ctrl: apt
	bench/ctrl-area.sh

# idet verify --harvest on polyphony/crc32: JIT, fixed periods and the energy-adaptive period on
# the built-in traces (~1 min); bench/results-harvest.md.
bench-harvest: apt
	$(CARGO) build --release
	IDET=target/release/idet python3 bench/harvest.py

# Speed on the nngen size case (~10k lines): analyze, plan, insert; bench/results-nngen.md.
bench-nngen: apt
	$(CARGO) build --release
	IDET=target/release/idet bench/nngen-speed.sh

# Area of the nngen size case (Yosys synth of original and augmented, ~10 min on 2 CPUs);
# bench/results-nngen-area.md.
bench-nngen-area: apt
	$(CARGO) build --release
	IDET=target/release/idet bench/nngen-area.sh

# The real-design development set (bench/real/README.md): third-party HLS output laid by
# `python3 bench/real/lay.py` (git-ignored); per design analyze, plan, insert, Verilator lint of
# original and augmented, Yosys synth; bench/results-real.md and .csv. ONLY=a,b re-measures
# those rows, NO_SYNTH=1 skips Yosys, JOBS=N designs at a time (default 2).
bench-real: apt
	$(CARGO) build --release
	IDET=target/release/idet python3 bench/real/run.py $(if $(ONLY),--only $(ONLY)) \
	  $(if $(NO_SYNTH),--no-synth) --jobs $(or $(JOBS),2)

# `idet verify` (JIT, LOSSES per design, default 200) on every laid dev-set design, with its
# liveness check (DEADCHECK runs, default 10, of the original with dead registers corrupted):
# bench/results-real-verify.md and .csv; a design verify cannot drive is a row with its reason.
bench-real-verify: apt
	$(CARGO) build --release
	IDET=target/release/idet python3 bench/real/verify.py $(if $(ONLY),--only $(ONLY)) \
	  --losses $(or $(LOSSES),200) --deadcheck $(or $(DEADCHECK),10) --jobs $(or $(JOBS),2)

deps: apt venv

# Debian packages; a first install can fail on a dpkg temp file, so retry once.
apt:
	@missing=""; for t in verilator:verilator yosys:yosys iverilog:iverilog dot:graphviz timeout:coreutils ccache:ccache; do \
	  command -v $${t%%:*} >/dev/null || missing="$$missing $${t##*:}"; done; \
	dpkg -s coinor-libcbc-dev >/dev/null 2>&1 || missing="$$missing coinor-libcbc-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -q; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing || \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi

venv: $(VENV)/.installed
$(VENV)/.installed: benchmarks-rtl/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r benchmarks-rtl/requirements.txt
	touch $@

build:
	$(CARGO) build

# The Calyx compiler (crates.io, pinned) that generates benchmarks-rtl/calyx; its primitives
# library lands in ~/.calyx on first use.
CALYX_ROOT ?= $(CURDIR)/.tools/calyx
CALYX := $(CALYX_ROOT)/bin/calyx
calyx: $(CALYX)
$(CALYX):
	$(CARGO) install calyx --version 0.7.1 --locked --root $(CALYX_ROOT)

# Regenerate benchmarks-rtl/*/*/out from the kernel sources with the pinned compilers.
corpus: venv calyx
	CALYX=$(CALYX) IDET_VENV=$(VENV) benchmarks-rtl/regen.sh

testbenches: apt
	benchmarks-rtl/run-testbenches.sh

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings

# One table over the whole corpus (bits, DP/ILP, Yosys area, cycle overhead, insert vs yosys
# proc time): bench/results.md and bench/results.csv (release build, cargo bench).
bench: apt
	$(CARGO) bench --bench corpus

# Speed/memory of `idet analyze` vs verilator and yosys on large generated designs (~8 min cold).
bench-speed: apt
	$(CARGO) build --release
	IDET=target/release/idet bench/analyze-speed.sh

clean:
	$(CARGO) clean
	rm -rf $(VENV)
