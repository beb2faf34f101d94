# CyberHealth Support Platform: `make run` starts the product, `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help
BIN := target/debug/cyberhealth
PG_URL ?= $(TEST_POSTGRES_URL)
INTEROP_VENV := .venv-interop

.PHONY: help run test lint interop-venv test-rust test-sqlite test-postgres test-http-audit frontend-deps frontend-build \
        test-frontend test-e2e schema schema-check bench test-interop

help:
	@echo "make run   build and start the product (SPA + API + SQLite + demo data) on http://127.0.0.1:8080"
	@echo "make test  run every test: lint, Rust on SQLite and PostgreSQL, frontend unit tests, browser tests"

## ---- run -------------------------------------------------------------------------------
run: frontend-build
	cargo build --bin cyberhealth
	$(BIN) seed-demo
	CYBERHEALTH_STATIC_DIR=frontend/dist $(BIN) serve

## ---- test ------------------------------------------------------------------------------
test: lint test-rust test-http-audit test-frontend test-e2e
	@echo "make test: all suites passed"

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	@# The domain stays framework-free (docs/architecture.md).
	@if cargo tree -p domain -e normal --prefix none | grep -E '^(axum|async-graphql|sea-orm|sqlx|tokio) '; then \
	  echo "domain depends on a framework crate (above): keep it pure"; exit 1; fi

test-rust: interop-venv test-sqlite test-postgres test-interop

# Python packages the tests check interoperable formats with, from the package index, in a venv
# of their own (tests/interop/requirements.txt): the OASIS stix2-validator and taxii2-client for
# the alert exports, pyld for the catalogue's DCAT-AP JSON-LD, aiosmtpd for the e-mail tests.
interop-venv: $(INTEROP_VENV)/ok

# The e-mail tests start a real SMTP server (aiosmtpd) from the same venv.
test-sqlite: interop-venv
	TEST_DATABASE=sqlite cargo test --workspace

# The black-box suite again, on PostgreSQL (a database per test, dropped afterwards).
# Every `cargo test` here selects the whole workspace (`--workspace`, then the test targets), so
# that features unify exactly as in `test-sqlite` and nothing is compiled twice: `-p tests`
# resolved features differently and rebuilt the service and every test binary (2.5 minutes).
# Four tests at a time: this suite waits on PostgreSQL (a flush per commit), not on the CPU
# (265 tests: 179 s with two at a time, 114 s with four, on this 2-core machine).
test-postgres: interop-venv
	@if [ -z "$(PG_URL)" ]; then \
	  if [ -n "$$CI" ]; then echo "ERROR: TEST_POSTGRES_URL is not set; CI must run the PostgreSQL suite"; exit 1; fi; \
	  echo ""; \
	  echo "SKIPPED: the PostgreSQL suite (TEST_POSTGRES_URL is not set)."; \
	  echo "         Run it with TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres make test"; \
	  echo ""; \
	else \
	  TEST_DATABASE=postgres TEST_POSTGRES_URL="$(PG_URL)" cargo test --workspace --test api --test invariants -- --test-threads 4; \
	fi

# Interoperability of the alert exports with the OASIS stix2-validator and taxii2-client
# (tests/interop/); the venv is also what the DCAT test uses.
$(INTEROP_VENV)/ok: tests/interop/requirements.txt
	python3 -m venv $(INTEROP_VENV)
	$(INTEROP_VENV)/bin/pip install -q -r tests/interop/requirements.txt
	touch $@

test-interop: $(INTEROP_VENV)/ok
	INTEROP_PYTHON=$(CURDIR)/$(INTEROP_VENV)/bin/python TEST_DATABASE=sqlite cargo test --workspace --test interop

# The official graphql-http audit (GraphQL over HTTP) against the real server: 0 warnings, 0 errors.
test-http-audit:
	cargo build -q --bin cyberhealth
	cd tests/http-audit && npm ci --no-audit --no-fund --silent && ./run.sh

frontend-deps:
	@if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
	  cd frontend && npm ci --no-audit --no-fund; \
	fi

frontend-build: frontend-deps
	cd frontend && npm run build

# The SPA's schema must be the server's: the test fails when they drift.
schema:
	cargo run -q --bin cyberhealth -- schema > frontend/schema.graphql
	cd frontend && npm run codegen

schema-check:
	cargo build -q --bin cyberhealth
	@$(BIN) schema | diff -u frontend/schema.graphql - \
	  || (echo "frontend/schema.graphql is out of date: run 'make schema' and commit"; exit 1)

test-frontend: frontend-deps schema-check
	cd frontend && npm test
	cd frontend && npm run build && npm run size

test-e2e: frontend-build interop-venv
	cargo build --bin cyberhealth
	cd frontend && CYBERHEALTH_BIN=../$(BIN) npm run e2e

bench:
	cargo bench -p domain --bench sme -- --measurement-time 3 --warm-up-time 1
	cargo run --release -q -p tests --bin ledger-bench -- sqlite 1500 16
	cargo run --release -q -p tests --bin api-load -- sqlite 600 8
	@# W0–W5 (tests/src/bin/bench.rs): HTTP load from wrk, Debian's package, installed when missing.
	@command -v wrk >/dev/null || apt-get install -y -q wrk || (apt-get update -q && apt-get install -y -q wrk)
	cargo run --release -q -p tests --bin bench -- --write-docs
