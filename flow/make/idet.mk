# idet.mk: `idet insert` as one step between HLS output and Verilator / Yosys (GNU make >= 4.2).
#
#   HLS RTL --idet plan--> plan.json --idet insert--> <top>_idet.v --> verilator --lint-only
#                                                                  \-> yosys synth + stat
#
# Set the variables, then `include path/to/idet.mk`:
#
#   IDET_TOP           top module (required)
#   IDET_RTL           the design's Verilog files (required); the HLS step's outputs can be listed
#                      here and have their own rules in your Makefile
#   IDET_TOP_FILE      the file of IDET_RTL that defines IDET_TOP (default: the first); idet's
#                      output replaces it, the other files are compiled unchanged
#   IDET_INCLUDE_DIRS  include directories (idet -I, verilator -I, yosys read_verilog -I)
#   IDET_DEFINES       NAME or NAME=VALUE (idet/verilator/yosys -D)
#   IDET_PLAN_ARGS     checkpoint placement options of `idet plan`, e.g. --max-cycles 8
#                      --objective min-reserve --nvm stt-mram
#   IDET_INSERT_ARGS   NVM interface options of `idet insert`, e.g. --nvm-port spi-fram
#   IDET_OUT_DIR       where everything below is written (default build/idet)
#   IDET               the idet binary (default: idet on PATH). When it names a file, that file is
#                      a prerequisite too: a rebuilt idet re-plans and re-inserts.
#   IDET_LINT_FLAGS    verilator flags (default -Wno-fatal: warnings are printed, not fatal)
#   IDET_SYNTH         yosys synthesis command (default: synth -top $(IDET_TOP))
#   VERILATOR, YOSYS   the tools (default: on PATH)
#   IDET_VERBOSE=1     echo the tool commands (by default one summary line per step; the tools'
#                      output goes to insert.log, lint.log, synth.log and is shown on failure)
#
# Targets (file names under $(IDET_OUT_DIR)):
#   idet-plan    plan.json           idet plan --json      <- RTL, plan options
#   idet-insert  <top>_idet.v        idet insert --plan    <- RTL, plan.json, insert options
#                insert.json, insert.log                      (report, summary)
#   idet-lint    lint.stamp          verilator --lint-only <- augmented + other RTL (lint.log)
#   idet-synth   synth.stat          yosys ...; stat       <- augmented + other RTL (synth.log)
#   idet-all     lint and synth;     idet-clean removes $(IDET_OUT_DIR)
#
# Option changes are dependencies too: plan.args / insert.args record the options (with the top,
# the RTL list, include dirs and defines) and are rewritten, when make reads this file, only if
# the options differ from the recorded ones; so `make IDET_PLAN_ARGS='--max-cycles 8'` re-plans
# (and re-inserts, lints, synthesises) once, and is up to date afterwards (`make -q` is 0).
# Changing insert options re-inserts without re-planning.

ifndef IDET_TOP
$(error idet.mk: set IDET_TOP (the top module) before including idet.mk)
endif
ifndef IDET_RTL
$(error idet.mk: set IDET_RTL (the design's Verilog files) before including idet.mk)
endif

IDET ?= idet
IDET_OUT_DIR ?= build/idet
IDET_TOP_FILE ?= $(firstword $(IDET_RTL))
IDET_INCLUDE_DIRS ?=
IDET_DEFINES ?=
IDET_PLAN_ARGS ?=
IDET_INSERT_ARGS ?=
IDET_LINT_FLAGS ?= -Wno-fatal
IDET_SYNTH ?= synth -top $(IDET_TOP)
VERILATOR ?= verilator
YOSYS ?= yosys

IDET_PLAN := $(IDET_OUT_DIR)/plan.json
IDET_AUGMENTED := $(IDET_OUT_DIR)/$(IDET_TOP)_idet.v
IDET_LINT_STAMP := $(IDET_OUT_DIR)/lint.stamp
IDET_SYNTH_STAT := $(IDET_OUT_DIR)/synth.stat
# What the tools compile: the augmented top file plus the rest of the design, unchanged.
IDET_COMPILE := $(IDET_AUGMENTED) $(filter-out $(IDET_TOP_FILE),$(IDET_RTL))

_idet_bin := $(wildcard $(IDET))
_idet_q := $(if $(filter 1,$(IDET_VERBOSE)),,@)
_idet_src_args := $(strip --top $(IDET_TOP) $(addprefix -I ,$(IDET_INCLUDE_DIRS)) $(addprefix -D ,$(IDET_DEFINES)))
_idet_tool_args := $(strip $(addprefix -I,$(IDET_INCLUDE_DIRS)) $(addprefix -D,$(IDET_DEFINES)))

ifneq ($(filter-out $(IDET_RTL),$(IDET_TOP_FILE)),)
$(error idet.mk: IDET_TOP_FILE ($(IDET_TOP_FILE)) is not one of IDET_RTL)
endif

# _idet_record FILE,TEXT: rewrite FILE (at parse time) only when TEXT differs from its content
# (exact string comparison: each string must contain the other).
_idet_same = $(and $(findstring $(1),$(2)),$(findstring $(2),$(1)))
_idet_record = $(if $(call _idet_same,$(strip $(2)),$(file < $(1))),,\
  $(shell mkdir -p $(dir $(1)))$(file > $(1),$(strip $(2))))
$(call _idet_record,$(IDET_OUT_DIR)/plan.args,plan $(IDET_RTL) $(_idet_src_args) $(IDET_PLAN_ARGS))
$(call _idet_record,$(IDET_OUT_DIR)/insert.args,insert $(IDET_RTL) $(_idet_src_args) $(IDET_INSERT_ARGS))

.PHONY: idet-plan idet-insert idet-lint idet-synth idet-all idet-clean
idet-plan: $(IDET_PLAN)
idet-insert: $(IDET_AUGMENTED)
idet-lint: $(IDET_LINT_STAMP)
idet-synth: $(IDET_SYNTH_STAT)
idet-all: idet-lint idet-synth
idet-clean:
	rm -rf $(IDET_OUT_DIR)

$(IDET_PLAN): $(IDET_RTL) $(IDET_OUT_DIR)/plan.args $(_idet_bin)
	$(_idet_q)$(IDET) plan $(IDET_RTL) $(_idet_src_args) $(IDET_PLAN_ARGS) --json -o $@.tmp || { rm -f $@.tmp; exit 1; }
	@echo "idet plan:   $@ ($$(grep -c '"fsm":' $@.tmp) checkpoint states; $(or $(IDET_PLAN_ARGS),default options))"
	@mv $@.tmp $@

$(IDET_AUGMENTED): $(IDET_RTL) $(IDET_PLAN) $(IDET_OUT_DIR)/insert.args $(_idet_bin)
	$(_idet_q)$(IDET) insert $(IDET_RTL) $(_idet_src_args) --plan $(IDET_PLAN) $(IDET_INSERT_ARGS) \
	  --report $(IDET_OUT_DIR)/insert.json -o $@.tmp 2> $(IDET_OUT_DIR)/insert.log || \
	  { cat $(IDET_OUT_DIR)/insert.log >&2; rm -f $@.tmp; exit 1; }
	@echo "idet insert: $@ ($$(grep -c '// idet:begin' $@.tmp) idet regions; $(IDET_OUT_DIR)/insert.log, insert.json)"
	@mv $@.tmp $@

$(IDET_LINT_STAMP): $(IDET_COMPILE)
	$(_idet_q)$(VERILATOR) --lint-only $(IDET_LINT_FLAGS) $(_idet_tool_args) --top-module $(IDET_TOP) \
	  $(IDET_COMPILE) > $(IDET_OUT_DIR)/lint.log 2>&1 || { cat $(IDET_OUT_DIR)/lint.log >&2; exit 1; }
	@echo "verilator:   $(IDET_TOP) lint ok ($$(grep -c '^%Warning' $(IDET_OUT_DIR)/lint.log) warnings; $(IDET_OUT_DIR)/lint.log)"
	@touch $@

$(IDET_SYNTH_STAT): $(IDET_COMPILE)
	$(_idet_q)$(YOSYS) -q -l $(IDET_OUT_DIR)/synth.log \
	  -p "read_verilog -sv $(_idet_tool_args) $(IDET_COMPILE); $(IDET_SYNTH); tee -q -o $@.tmp stat" \
	  > /dev/null 2>&1 || { tail -20 $(IDET_OUT_DIR)/synth.log >&2; rm -f $@.tmp; exit 1; }
	@echo "yosys:       $(IDET_TOP) $$(awk '/Number of cells:/ { n = $$4 } END { print n }' $@.tmp) cells ($@, $(IDET_OUT_DIR)/synth.log)"
	@mv $@.tmp $@
